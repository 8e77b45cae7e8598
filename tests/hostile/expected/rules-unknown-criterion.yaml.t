$ ragft -q score rules-unknown-criterion.yaml
--- stdout
--- stderr
rules-unknown-criterion.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-unknown-criterion.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-unknown-criterion.yaml rules lint
--- stdout
--- stderr
rules-unknown-criterion.yaml:4:11: error: unknown criterion 'labeled_exampels'
 4 |     when: labeled_exampels >= 1000
   |           ^~~~~~~~~~~~~~~~
  hint: did you mean 'labeled_examples'?
rules/default.yaml + rules/cost.yaml + rules-unknown-criterion.yaml: 1 error, 0 warnings
--- exit 2
