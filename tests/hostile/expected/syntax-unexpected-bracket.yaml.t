$ ragft -q score syntax-unexpected-bracket.yaml
--- stdout
--- stderr
syntax-unexpected-bracket.yaml:3:1: error: unexpected ']'
 3 | ]
   | ^
  hint: there is no '[' open here
--- exit 2
$ ragft -q --rules syntax-unexpected-bracket.yaml rules lint
--- stdout
--- stderr
syntax-unexpected-bracket.yaml:3:1: error: unexpected ']'
 3 | ]
   | ^
  hint: there is no '[' open here
rules/default.yaml + rules/cost.yaml + syntax-unexpected-bracket.yaml: 1 error, 0 warnings
--- exit 2
