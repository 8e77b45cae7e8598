$ ragft -q score rules-decide-unknown-option.yaml
--- stdout
--- stderr
rules-decide-unknown-option.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-decide-unknown-option.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-decide-unknown-option.yaml rules lint
--- stdout
--- stderr
rules-decide-unknown-option.yaml:5:13: error: unknown option 'finetune'
 5 |     decide: finetune
   |             ^~~~~~~~
  hint: did you mean 'fine_tune'?
rules/default.yaml + rules/cost.yaml + rules-decide-unknown-option.yaml: 1 error, 0 warnings
--- exit 2
