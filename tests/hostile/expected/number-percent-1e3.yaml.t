$ ragft -q score number-percent-1e3.yaml
--- stdout
--- stderr
number-percent-1e3.yaml:2:19: error: 1e3% is outside 0..1 for 'prompt_quality'
 2 |   prompt_quality: 1e3%
   |                   ^~~~
  hint: expected a fraction from 0 to 1, such as 0.97 or 97%
--- exit 2
$ ragft -q --rules number-percent-1e3.yaml rules lint
--- stdout
--- stderr
number-percent-1e3.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
number-percent-1e3.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + number-percent-1e3.yaml: 2 errors, 0 warnings
--- exit 2
