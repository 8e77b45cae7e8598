$ ragft -q score complex-key-flow-map.yaml
--- stdout
--- stderr
complex-key-flow-map.yaml:1:1: error: complex (non-scalar) map keys are not supported
 1 | {answers: 1}: x
   | ^
  hint: use a plain text as the key
--- exit 2
$ ragft -q --rules complex-key-flow-map.yaml rules lint
--- stdout
--- stderr
complex-key-flow-map.yaml:1:1: error: complex (non-scalar) map keys are not supported
 1 | {answers: 1}: x
   | ^
  hint: use a plain text as the key
rules/default.yaml + rules/cost.yaml + complex-key-flow-map.yaml: 1 error, 0 warnings
--- exit 2
