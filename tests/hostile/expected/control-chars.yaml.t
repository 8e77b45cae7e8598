$ ragft -q score control-chars.yaml
--- stdout
control-chars.yaml: rag (medium)
--- stderr
--- exit 0
$ ragft -q --rules control-chars.yaml rules lint
--- stdout
--- stderr
control-chars.yaml:1:1: error: unknown key 'project' in the rule file
 1 | project: "bell\a esc\e"
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
control-chars.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | project: "bell\a esc\e"
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
control-chars.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + control-chars.yaml: 3 errors, 0 warnings
--- exit 2
