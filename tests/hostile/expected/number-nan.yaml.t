$ ragft -q score number-nan.yaml
--- stdout
--- stderr
number-nan.yaml:2:19: error: '.nan' is not a fraction for 'quality_target'
 2 |   quality_target: .nan
   |                   ^~~~
  hint: expected a fraction from 0 to 1, such as 0.97 or 97%
--- exit 2
$ ragft -q --rules number-nan.yaml rules lint
--- stdout
--- stderr
number-nan.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
number-nan.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + number-nan.yaml: 2 errors, 0 warnings
--- exit 2
