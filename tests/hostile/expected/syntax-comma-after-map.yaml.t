$ ragft -q score syntax-comma-after-map.yaml
--- stdout
--- stderr
syntax-comma-after-map.yaml:3:1: error: expected 'key: value' here
 3 | ,
   | ^
  hint: check the indentation: the keys of one map must start in the same column
--- exit 2
$ ragft -q --rules syntax-comma-after-map.yaml rules lint
--- stdout
--- stderr
syntax-comma-after-map.yaml:3:1: error: expected 'key: value' here
 3 | ,
   | ^
  hint: check the indentation: the keys of one map must start in the same column
rules/default.yaml + rules/cost.yaml + syntax-comma-after-map.yaml: 1 error, 0 warnings
--- exit 2
