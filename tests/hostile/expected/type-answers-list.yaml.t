$ ragft -q score type-answers-list.yaml
--- stdout
--- stderr
type-answers-list.yaml:1:10: error: 'answers' must be a map of criterion: value, not a list
 1 | answers: [problem, knowledge]
   |          ^
--- exit 2
$ ragft -q --rules type-answers-list.yaml rules lint
--- stdout
--- stderr
type-answers-list.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers: [problem, knowledge]
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-answers-list.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers: [problem, knowledge]
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + type-answers-list.yaml: 2 errors, 0 warnings
--- exit 2
