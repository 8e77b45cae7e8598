$ ragft -q score complex-key-list.yaml
--- stdout
--- stderr
complex-key-list.yaml:2:5: error: complex (non-scalar) map keys are not supported
 2 |   ? [problem, behavior]
   |     ^
  hint: use a plain text as the key
--- exit 2
$ ragft -q --rules complex-key-list.yaml rules lint
--- stdout
--- stderr
complex-key-list.yaml:2:5: error: complex (non-scalar) map keys are not supported
 2 |   ? [problem, behavior]
   |     ^
  hint: use a plain text as the key
rules/default.yaml + rules/cost.yaml + complex-key-list.yaml: 1 error, 0 warnings
--- exit 2
