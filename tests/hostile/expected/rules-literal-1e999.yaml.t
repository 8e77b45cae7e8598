$ ragft -q score rules-literal-1e999.yaml
--- stdout
--- stderr
rules-literal-1e999.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-literal-1e999.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-literal-1e999.yaml rules lint
--- stdout
--- stderr
rules-literal-1e999.yaml:4:27: error: invalid number '1e999'
 4 |     when: calls_per_day > 1e999
   |                           ^~~~~
  hint: it is out of range
rules/default.yaml + rules/cost.yaml + rules-literal-1e999.yaml: 1 error, 0 warnings
--- exit 2
