$ ragft -q score number-huge-integer.yaml
--- stdout
--- stderr
number-huge-integer.yaml:2:21: error: '99999999999999999999999999999' is too large a count for 'labeled_examples'
 2 |   labeled_examples: 99999999999999999999999999999
   |                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: a whole number up to 9007199254740992 (2^53)
--- exit 2
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
