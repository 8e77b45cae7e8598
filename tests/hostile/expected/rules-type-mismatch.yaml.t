$ ragft -q score rules-type-mismatch.yaml
--- stdout
--- stderr
rules-type-mismatch.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-type-mismatch.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-type-mismatch.yaml rules lint
--- stdout
--- stderr
rules-type-mismatch.yaml:4:11: error: '>' needs numbers, not a text
 4 |     when: problem > 3 or eval_set + 1
   |           ^~~~~~~
rules-type-mismatch.yaml:4:26: error: '+' needs numbers, not yes/no
 4 |     when: problem > 3 or eval_set + 1
   |                          ^~~~~~~~
rules-type-mismatch.yaml:4:26: error: 'or' needs yes/no operands, not a number
 4 |     when: problem > 3 or eval_set + 1
   |                          ^~~~~~~~~~~~
rules/default.yaml + rules/cost.yaml + rules-type-mismatch.yaml: 3 errors, 0 warnings
--- exit 2
