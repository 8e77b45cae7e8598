$ ragft -q score rules-expression-too-long.yaml
--- stdout
--- stderr
rules-expression-too-long.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-expression-too-long.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-expression-too-long.yaml rules lint
--- stdout
--- stderr
rules-expression-too-long.yaml:4:4107: error: expression is longer than 4096 bytes
 4 | ... > 153 and labeled_examples > 154 and labeled_examples > 155 and labeled_examples > 156 and labeled_...
   |                                                               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: split it into several rules
rules/default.yaml + rules/cost.yaml + rules-expression-too-long.yaml: 1 error, 0 warnings
--- exit 2
