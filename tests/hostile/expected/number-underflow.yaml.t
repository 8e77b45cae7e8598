$ ragft -q score number-underflow.yaml
--- stdout
--- stderr
number-underflow.yaml:2:22: error: 1e-400 is out of range for 'latency_budget_ms': it must be > 0
 2 |   latency_budget_ms: 1e-400
   |                      ^~~~~~
  hint: expected a number > 0, such as 500
--- exit 2
$ ragft -q --rules number-underflow.yaml rules lint
--- stdout
--- stderr
number-underflow.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
number-underflow.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + number-underflow.yaml: 2 errors, 0 warnings
--- exit 2
