$ ragft -q score syntax-tab-indent.yaml
--- stdout
--- stderr
syntax-tab-indent.yaml:2:1: error: tab character in indentation
 2 | 	problem: knowledge
   | ^
  hint: indent with spaces; YAML does not allow tabs there
--- exit 2
$ ragft -q --rules syntax-tab-indent.yaml rules lint
--- stdout
--- stderr
syntax-tab-indent.yaml:2:1: error: tab character in indentation
 2 | 	problem: knowledge
   | ^
  hint: indent with spaces; YAML does not allow tabs there
rules/default.yaml + rules/cost.yaml + syntax-tab-indent.yaml: 1 error, 0 warnings
--- exit 2
