$ ragft -q score rules-wrong-types.yaml
--- stdout
--- stderr
rules-wrong-types.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-wrong-types.yaml:2:1: error: unknown key 'rules'
 2 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-wrong-types.yaml rules lint
--- stdout
--- stderr
rules-wrong-types.yaml:5:18: error: the points for 'rag' must be a number, not 'lots'
 5 |     score: {rag: lots}
   |                  ^~~~
rules-wrong-types.yaml:7:11: error: unknown severity 'severe'
 7 |     warn: severe
   |           ^~~~~~
  hint: one of: error, warning, info
rules-wrong-types.yaml:8:11: error: 'text' must be a text, not a list
 8 |     text: [a, b]
   |           ^
rules/default.yaml + rules/cost.yaml + rules-wrong-types.yaml: 3 errors, 0 warnings
--- exit 2
