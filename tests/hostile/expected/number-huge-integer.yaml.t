$ ragft -q score number-huge-integer.yaml
--- stdout
number-huge-integer.yaml: prompt (low)
--- stderr
--- exit 0
$ ragft -q --rules number-huge-integer.yaml rules lint
--- stdout
--- stderr
number-huge-integer.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
number-huge-integer.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + number-huge-integer.yaml: 2 errors, 0 warnings
--- exit 2
