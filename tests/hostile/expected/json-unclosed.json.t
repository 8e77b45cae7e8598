$ ragft -q score json-unclosed.json
--- stdout
--- stderr
json-unclosed.json:2:1: error: expected ',' or '}' in a {...} map
 2 | 
   | ^
  hint: the '{' at line 1, column 1 is not closed
--- exit 2
$ ragft -q --rules json-unclosed.json rules lint
--- stdout
--- stderr
json-unclosed.json:2:1: error: expected ',' or '}' in a {...} map
 2 | 
   | ^
  hint: the '{' at line 1, column 1 is not closed
rules/default.yaml + rules/cost.yaml + json-unclosed.json: 1 error, 0 warnings
--- exit 2
