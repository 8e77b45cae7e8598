$ ragft -q score rules-division-by-zero.yaml
--- stdout
--- stderr
rules-division-by-zero.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-division-by-zero.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-division-by-zero.yaml rules lint
--- stdout
--- stderr
--- exit 0
