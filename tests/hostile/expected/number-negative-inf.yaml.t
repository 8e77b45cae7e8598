$ ragft -q score number-negative-inf.yaml
--- stdout
--- stderr
number-negative-inf.yaml:2:22: error: '-.inf' is not a number for 'latency_budget_ms'
 2 |   latency_budget_ms: -.inf
   |                      ^~~~~
  hint: expected a number > 0, such as 500
--- exit 2
$ ragft -q --rules number-negative-inf.yaml rules lint
--- stdout
--- stderr
number-negative-inf.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
number-negative-inf.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + number-negative-inf.yaml: 2 errors, 0 warnings
--- exit 2
