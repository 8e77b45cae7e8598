$ ragft -q score type-integer-with-fraction.yaml
--- stdout
--- stderr
type-integer-with-fraction.yaml:2:21: error: '2.5' is not a whole number for 'labeled_examples'
 2 |   labeled_examples: 2.5
   |                     ^~~
  hint: expected a whole number >= 0, such as 2000 or 2k
--- exit 2
$ ragft -q --rules type-integer-with-fraction.yaml rules lint
--- stdout
--- stderr
type-integer-with-fraction.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-integer-with-fraction.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + type-integer-with-fraction.yaml: 2 errors, 0 warnings
--- exit 2
