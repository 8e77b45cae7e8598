$ ragft -q score syntax-tab-indent.yaml
--- stdout
--- stderr
syntax-tab-indent.yaml:2:9: error: unexpected ':' here
 2 | 	problem: knowledge
   | 	       ^
  hint: quote the value if it contains ': ', or start a nested map on a new, more indented line
--- exit 2
$ ragft -q --rules syntax-tab-indent.yaml rules lint
--- stdout
--- stderr
syntax-tab-indent.yaml:2:9: error: unexpected ':' here
 2 | 	problem: knowledge
   | 	       ^
  hint: quote the value if it contains ': ', or start a nested map on a new, more indented line
rules/default.yaml + rules/cost.yaml + syntax-tab-indent.yaml: 1 error, 0 warnings
--- exit 2
