$ ragft -q score type-negative-count.yaml
--- stdout
--- stderr
type-negative-count.yaml:2:21: error: -5 is out of range for 'labeled_examples': it must be >= 0
 2 |   labeled_examples: -5
   |                     ^~
  hint: expected a whole number >= 0, such as 2000 or 2k
--- exit 2
$ ragft -q --rules type-negative-count.yaml rules lint
--- stdout
--- stderr
type-negative-count.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-negative-count.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + type-negative-count.yaml: 2 errors, 0 warnings
--- exit 2
