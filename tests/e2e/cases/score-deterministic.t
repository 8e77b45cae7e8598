ragft score profiles/ --format json > a.json; ragft score profiles/ --format json > b.json; cmp a.json b.json && echo identical
--- stdout
identical
--- stderr
--- exit 0
