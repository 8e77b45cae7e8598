$ ragft -q score big-value-in-error.yaml
--- stdout
--- stderr
big-value-in-error.yaml:2:12: error: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...' (500000 bytes) is not a value of 'problem'
 2 |   problem: "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...
   |            ^
  hint: expected one of: knowledge, behavior, both
--- exit 2
$ ragft -q --rules big-value-in-error.yaml rules lint
--- stdout
--- stderr
big-value-in-error.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
big-value-in-error.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + big-value-in-error.yaml: 2 errors, 0 warnings
--- exit 2
