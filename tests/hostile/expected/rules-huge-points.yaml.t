$ ragft -q score rules-huge-points.yaml
--- stdout
--- stderr
rules-huge-points.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-huge-points.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-huge-points.yaml rules lint
--- stdout
--- stderr
rules-huge-points.yaml:5:18: error: the points for 'rag' must be a whole number between -1000000 and 1000000
 5 |     score: {rag: 99999999999}
   |                  ^~~~~~~~~~~
rules/default.yaml + rules/cost.yaml + rules-huge-points.yaml: 1 error, 0 warnings
--- exit 2
