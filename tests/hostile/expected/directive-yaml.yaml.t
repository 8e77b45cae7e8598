$ ragft -q score directive-yaml.yaml
--- stdout
directive-yaml.yaml: prompt (high)
--- stderr
--- exit 0
$ ragft -q --rules directive-yaml.yaml rules lint
--- stdout
--- stderr
directive-yaml.yaml:3:1: error: unknown key 'answers' in the rule file
 3 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
directive-yaml.yaml:3:1: error: missing 'ragft-rules: 1' at the top of the rule file
 3 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + directive-yaml.yaml: 2 errors, 0 warnings
--- exit 2
