$ ragft -q score deep-dir
--- stdout
deep-dir/top.yaml: rag (high)
--- stderr
--- exit 0
$ ragft -q --rules deep-dir rules lint
--- stdout
--- stderr
deep-dir: error: 'deep-dir' is a directory
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
