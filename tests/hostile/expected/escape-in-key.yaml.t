$ ragft -q score escape-in-key.yaml
--- stdout
--- stderr
escape-in-key.yaml:1:1: error: unknown key '?[2J?[Hall clear'
 1 | "\e[2J\e[Hall clear": 1
   | ^
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules escape-in-key.yaml rules lint
--- stdout
--- stderr
escape-in-key.yaml:1:1: error: unknown key '?[2J?[Hall clear' in the rule file
 1 | "\e[2J\e[Hall clear": 1
   | ^
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
escape-in-key.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | "\e[2J\e[Hall clear": 1
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
escape-in-key.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + escape-in-key.yaml: 3 errors, 0 warnings
--- exit 2
