$ ragft -q score json-valid.json
--- stdout
json-valid.json: rag (high)
--- stderr
--- exit 0
$ ragft -q --rules json-valid.json rules lint
--- stdout
--- stderr
json-valid.json:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | {"project": "JSON profile", "answers": {"problem": "knowledge", "knowledge_change": "daily", "eval_s...
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
json-valid.json:1:2: error: unknown key 'project' in the rule file
 1 | {"project": "JSON profile", "answers": {"problem": "knowledge", "knowledge_change": "daily", "eval_s...
   |  ^
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
json-valid.json:1:29: error: unknown key 'answers' in the rule file
 1 | {"project": "JSON profile", "answers": {"problem": "knowledge", "knowledge_change": "daily", "eval_s...
   |                             ^
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + json-valid.json: 3 errors, 0 warnings
--- exit 2
