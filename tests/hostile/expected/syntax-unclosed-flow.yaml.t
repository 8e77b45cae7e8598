$ ragft -q score syntax-unclosed-flow.yaml
--- stdout
--- stderr
syntax-unclosed-flow.yaml:2:1: error: expected ',' or '}' in a {...} map
 2 | 
   | ^
  hint: the '{' at line 1, column 10 is not closed
--- exit 2
$ ragft -q --rules syntax-unclosed-flow.yaml rules lint
--- stdout
--- stderr
syntax-unclosed-flow.yaml:2:1: error: expected ',' or '}' in a {...} map
 2 | 
   | ^
  hint: the '{' at line 1, column 10 is not closed
rules/default.yaml + rules/cost.yaml + syntax-unclosed-flow.yaml: 1 error, 0 warnings
--- exit 2
