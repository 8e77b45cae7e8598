$ ragft -q score type-fraction-out-of-range.yaml
--- stdout
--- stderr
type-fraction-out-of-range.yaml:2:19: error: 1.5 is outside 0..1 for 'prompt_quality'
 2 |   prompt_quality: 1.5
   |                   ^~~
  hint: did you mean 1.5%? expected a fraction from 0 to 1, such as 0.97 or 97%
--- exit 2
$ ragft -q --rules type-fraction-out-of-range.yaml rules lint
--- stdout
--- stderr
type-fraction-out-of-range.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-fraction-out-of-range.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + type-fraction-out-of-range.yaml: 2 errors, 0 warnings
--- exit 2
