$ ragft -q score type-choice-unknown.yaml
--- stdout
--- stderr
type-choice-unknown.yaml:2:12: error: 'facts' is not a value of 'problem'
 2 |   problem: facts
   |            ^~~~~
  hint: expected one of: knowledge, behavior, both
--- exit 2
$ ragft -q --rules type-choice-unknown.yaml rules lint
--- stdout
--- stderr
type-choice-unknown.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-choice-unknown.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + type-choice-unknown.yaml: 2 errors, 0 warnings
--- exit 2
