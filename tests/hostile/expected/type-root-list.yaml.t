$ ragft -q score type-root-list.yaml
--- stdout
--- stderr
type-root-list.yaml:1:1: error: a profile must be a map, not a list
 1 | - answers:
   | ^
  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')
--- exit 2
$ ragft -q --rules type-root-list.yaml rules lint
--- stdout
--- stderr
type-root-list.yaml:1:1: error: a rule file must be a map, not a list
 1 | - answers:
   | ^
rules/default.yaml + rules/cost.yaml + type-root-list.yaml: 1 error, 0 warnings
--- exit 2
