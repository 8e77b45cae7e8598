$ ragft -q score rules-unknown-key.yaml
--- stdout
--- stderr
rules-unknown-key.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-unknown-key.yaml:2:1: error: unknown key 'rulez'
 2 | rulez: []
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-unknown-key.yaml rules lint
--- stdout
--- stderr
rules-unknown-key.yaml:2:1: error: unknown key 'rulez' in the rule file
 2 | rulez: []
   | ^~~~~
  hint: did you mean 'rules'?
rules/default.yaml + rules/cost.yaml + rules-unknown-key.yaml: 1 error, 0 warnings
--- exit 2
