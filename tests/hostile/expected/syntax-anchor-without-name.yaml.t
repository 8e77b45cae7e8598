$ ragft -q score syntax-anchor-without-name.yaml
--- stdout
--- stderr
syntax-anchor-without-name.yaml:1:11: error: '&' must be followed by an anchor name
 1 | answers: & {}
   |           ^
  hint: quote the value if '&' is part of the text
--- exit 2
$ ragft -q --rules syntax-anchor-without-name.yaml rules lint
--- stdout
--- stderr
syntax-anchor-without-name.yaml:1:11: error: '&' must be followed by an anchor name
 1 | answers: & {}
   |           ^
  hint: quote the value if '&' is part of the text
rules/default.yaml + rules/cost.yaml + syntax-anchor-without-name.yaml: 1 error, 0 warnings
--- exit 2
