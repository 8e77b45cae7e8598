$ ragft -q score type-answer-map.yaml
--- stdout
--- stderr
type-answer-map.yaml:2:21: error: 'labeled_examples' must be a whole number >= 0, such as 2000 or 2k, not a map
 2 |   labeled_examples: {count: 2000}
   |                     ^
--- exit 2
$ ragft -q --rules type-answer-map.yaml rules lint
--- stdout
--- stderr
type-answer-map.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-answer-map.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + type-answer-map.yaml: 2 errors, 0 warnings
--- exit 2
