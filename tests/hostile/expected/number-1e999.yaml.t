$ ragft -q score number-1e999.yaml
--- stdout
--- stderr
number-1e999.yaml:2:18: error: '1e999' is too large a number for 'calls_per_day'
 2 |   calls_per_day: 1e999
   |                  ^~~~~
  hint: expected a number >= 0, such as 40000, 40k or 4e4
--- exit 2
$ ragft -q --rules number-1e999.yaml rules lint
--- stdout
--- stderr
number-1e999.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
number-1e999.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + number-1e999.yaml: 2 errors, 0 warnings
--- exit 2
