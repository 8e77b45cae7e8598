$ ragft -q score long-line.yaml
--- stdout
--- stderr
long-line.yaml:3:3: error: unknown answer 'problme'
 3 |   problme: knowledge
   |   ^~~~~~~
  hint: did you mean 'problem'?
--- exit 2
$ ragft -q --rules long-line.yaml rules lint
--- stdout
--- stderr
long-line.yaml:1:1: error: unknown key 'project' in the rule file
 1 | project: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
long-line.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | project: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
long-line.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + long-line.yaml: 3 errors, 0 warnings
--- exit 2
