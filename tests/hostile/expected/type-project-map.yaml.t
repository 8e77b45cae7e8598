$ ragft -q score type-project-map.yaml
--- stdout
--- stderr
type-project-map.yaml:1:10: error: 'project' must be a text, not a map
 1 | project: {name: x}
   |          ^
--- exit 2
$ ragft -q --rules type-project-map.yaml rules lint
--- stdout
--- stderr
type-project-map.yaml:1:1: error: unknown key 'project' in the rule file
 1 | project: {name: x}
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-project-map.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | project: {name: x}
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
type-project-map.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers: {}
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + type-project-map.yaml: 3 errors, 0 warnings
--- exit 2
