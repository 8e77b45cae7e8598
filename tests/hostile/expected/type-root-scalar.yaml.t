$ ragft -q score type-root-scalar.yaml
--- stdout
--- stderr
type-root-scalar.yaml:1:1: error: a profile must be a map, not a text
 1 | just some text
   | ^~~~~~~~~~~~~~
  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')
--- exit 2
$ ragft -q --rules type-root-scalar.yaml rules lint
--- stdout
--- stderr
type-root-scalar.yaml:1:1: error: a rule file must be a map, not a text
 1 | just some text
   | ^~~~~~~~~~~~~~
rules/default.yaml + rules/cost.yaml + type-root-scalar.yaml: 1 error, 0 warnings
--- exit 2
