$ ragft -q score rules-expression-too-deep.yaml
--- stdout
--- stderr
rules-expression-too-deep.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-expression-too-deep.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-expression-too-deep.yaml rules lint
--- stdout
--- stderr
rules-expression-too-deep.yaml:4:75: error: expression nests deeper than 64 levels
 4 | ...((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((eval_set))))))))))))))))))))))))))))))))...
   |                                                               ^
rules/default.yaml + rules/cost.yaml + rules-expression-too-deep.yaml: 1 error, 0 warnings
--- exit 2
