$ ragft -q score rules-disable-unknown.yaml
--- stdout
--- stderr
rules-disable-unknown.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-disable-unknown.yaml:2:1: error: unknown key 'disable'
 2 | disable: [no-such-rule]
   | ^~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-disable-unknown.yaml rules lint
--- stdout
--- stderr
rules-disable-unknown.yaml:2:11: error: cannot disable unknown rule 'no-such-rule'
 2 | disable: [no-such-rule]
   |           ^~~~~~~~~~~~
rules/default.yaml + rules/cost.yaml + rules-disable-unknown.yaml: 1 error, 0 warnings
--- exit 2
