$ ragft -q score type-yesno-maybe.yaml
--- stdout
--- stderr
type-yesno-maybe.yaml:2:13: error: 'maybe' is not yes or no for 'eval_set'
 2 |   eval_set: maybe
   |             ^~~~~
  hint: expected yes or no (also true/false)
--- exit 2
$ ragft -q --rules type-yesno-maybe.yaml rules lint
--- stdout
--- stderr
type-yesno-maybe.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-yesno-maybe.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + type-yesno-maybe.yaml: 2 errors, 0 warnings
--- exit 2
