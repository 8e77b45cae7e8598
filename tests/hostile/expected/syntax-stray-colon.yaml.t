$ ragft -q score syntax-stray-colon.yaml
--- stdout
--- stderr
syntax-stray-colon.yaml:1:17: error: unexpected ':' here
 1 | answers: problem: knowledge
   |                 ^
  hint: quote the value if it contains ': ', or start a nested map on a new, more indented line
--- exit 2
$ ragft -q --rules syntax-stray-colon.yaml rules lint
--- stdout
--- stderr
syntax-stray-colon.yaml:1:17: error: unexpected ':' here
 1 | answers: problem: knowledge
   |                 ^
  hint: quote the value if it contains ': ', or start a nested map on a new, more indented line
rules/default.yaml + rules/cost.yaml + syntax-stray-colon.yaml: 1 error, 0 warnings
--- exit 2
