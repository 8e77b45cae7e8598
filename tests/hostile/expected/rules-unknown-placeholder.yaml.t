$ ragft -q score rules-unknown-placeholder.yaml
--- stdout
--- stderr
rules-unknown-placeholder.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-unknown-placeholder.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-unknown-placeholder.yaml rules lint
--- stdout
--- stderr
rules-unknown-placeholder.yaml:6:19: error: unknown criterion '{nobody}' in text
 6 |     text: We have {nobody} here.
   |                   ^~~~~~~~
rules/default.yaml + rules/cost.yaml + rules-unknown-placeholder.yaml: 1 error, 0 warnings
--- exit 2
