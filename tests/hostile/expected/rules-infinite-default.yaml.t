$ ragft -q score rules-infinite-default.yaml
--- stdout
--- stderr
rules-infinite-default.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-infinite-default.yaml:2:1: error: unknown key 'criteria'
 2 | criteria:
   | ^~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-infinite-default.yaml rules lint
--- stdout
--- stderr
rules-infinite-default.yaml:6:14: error: invalid default: '.inf' is not a number for 'budget'
 6 |     default: .inf
   |              ^~~~
  hint: expected a number, such as 40000, 40k or 4e4
rules/default.yaml + rules/cost.yaml + rules-infinite-default.yaml: 1 error, 0 warnings
--- exit 2
