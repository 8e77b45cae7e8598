$ ragft -q score syntax-bad-indent.yaml
--- stdout
--- stderr
syntax-bad-indent.yaml:3:13: error: unexpected ':' here
 3 |     eval_set: true
   |             ^
  hint: quote the value if it contains ': ', or start a nested map on a new, more indented line
--- exit 2
$ ragft -q --rules syntax-bad-indent.yaml rules lint
--- stdout
--- stderr
syntax-bad-indent.yaml:3:13: error: unexpected ':' here
 3 |     eval_set: true
   |             ^
  hint: quote the value if it contains ': ', or start a nested map on a new, more indented line
rules/default.yaml + rules/cost.yaml + syntax-bad-indent.yaml: 1 error, 0 warnings
--- exit 2
