$ ragft -q score rules-wrong-version.yaml
--- stdout
--- stderr
rules-wrong-version.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 2
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-wrong-version.yaml:2:1: error: unknown key 'rules'
 2 | rules: []
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-wrong-version.yaml rules lint
--- stdout
--- stderr
rules-wrong-version.yaml:1:14: error: unsupported rule-file format '2'
 1 | ragft-rules: 2
   |              ^
  hint: this ragft reads 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + rules-wrong-version.yaml: 1 error, 0 warnings
--- exit 2
