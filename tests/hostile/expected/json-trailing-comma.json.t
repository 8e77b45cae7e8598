$ ragft -q score json-trailing-comma.json
--- stdout
json-trailing-comma.json: rag (medium)
--- stderr
--- exit 0
$ ragft -q --rules json-trailing-comma.json rules lint
--- stdout
--- stderr
json-trailing-comma.json:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | {"answers": {"problem": "knowledge",}}
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
json-trailing-comma.json:1:2: error: unknown key 'answers' in the rule file
 1 | {"answers": {"problem": "knowledge",}}
   |  ^
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + json-trailing-comma.json: 2 errors, 0 warnings
--- exit 2
