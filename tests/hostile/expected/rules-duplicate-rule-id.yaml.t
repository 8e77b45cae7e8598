$ ragft -q score rules-duplicate-rule-id.yaml
--- stdout
--- stderr
rules-duplicate-rule-id.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-duplicate-rule-id.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-duplicate-rule-id.yaml rules lint
--- stdout
--- stderr
rules-duplicate-rule-id.yaml:8:9: error: duplicate rule id 'r1'
 8 |   - id: r1
   |         ^~
  hint: first defined at line 3
rules/default.yaml + rules/cost.yaml + rules-duplicate-rule-id.yaml: 1 error, 0 warnings
--- exit 2
