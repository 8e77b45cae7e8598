$ ragft -q score rules-choice-without-choices.yaml
--- stdout
--- stderr
rules-choice-without-choices.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-choice-without-choices.yaml:2:1: error: unknown key 'criteria'
 2 | criteria:
   | ^~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-choice-without-choices.yaml rules lint
--- stdout
--- stderr
rules-choice-without-choices.yaml:3:9: error: choice criterion 'region' needs 'choices'
 3 |   - id: region
   |         ^~~~~~
rules/default.yaml + rules/cost.yaml + rules-choice-without-choices.yaml: 1 error, 0 warnings
--- exit 2
