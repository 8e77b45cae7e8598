$ ragft -q score json-surrogate-pair.json
--- stdout
json-surrogate-pair.json: rag (high)
--- stderr
--- exit 0
$ ragft -q --rules json-surrogate-pair.json rules lint
--- stdout
--- stderr
json-surrogate-pair.json:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | {"project": "Support bot \ud83e\udd16 for \ud83d\ude80 launches", "answers": {"problem": "knowledge"...
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
json-surrogate-pair.json:1:2: error: unknown key 'project' in the rule file
 1 | {"project": "Support bot \ud83e\udd16 for \ud83d\ude80 launches", "answers": {"problem": "knowledge"...
   |  ^
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
json-surrogate-pair.json:1:67: error: unknown key 'answers' in the rule file
 1 | ...ct": "Support bot \ud83e\udd16 for \ud83d\ude80 launches", "answers": {"problem": "knowledge", "know...
   |                                                               ^
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + json-surrogate-pair.json: 3 errors, 0 warnings
--- exit 2
