$ ragft -q score unknown-top-level-key.yaml
--- stdout
--- stderr
unknown-top-level-key.yaml:1:1: error: unknown key 'projet'
 1 | projet: Claims
   | ^~~~~~
  hint: did you mean 'project'?
--- exit 2
$ ragft -q --rules unknown-top-level-key.yaml rules lint
--- stdout
--- stderr
unknown-top-level-key.yaml:1:1: error: unknown key 'projet' in the rule file
 1 | projet: Claims
   | ^~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
unknown-top-level-key.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | projet: Claims
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
unknown-top-level-key.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers: {}
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + unknown-top-level-key.yaml: 3 errors, 0 warnings
--- exit 2
