$ ragft -q score rules-min-above-max.yaml
--- stdout
--- stderr
rules-min-above-max.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-min-above-max.yaml:2:1: error: unknown key 'criteria'
 2 | criteria:
   | ^~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-min-above-max.yaml rules lint
--- stdout
--- stderr
rules-min-above-max.yaml:3:5: error: 'min' is greater than 'max'
 3 |   - id: budget
   |     ^
rules/default.yaml + rules/cost.yaml + rules-min-above-max.yaml: 1 error, 0 warnings
--- exit 2
