$ ragft -q score alias-valid.yaml
--- stdout
alias-valid.yaml: prompt (medium)
--- stderr
--- exit 0
$ ragft -q --rules alias-valid.yaml rules lint
--- stdout
--- stderr
alias-valid.yaml:1:1: error: unknown key 'x-defaults' in the rule file
 1 | x-defaults: &target 0.95
   | ^~~~~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
alias-valid.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | x-defaults: &target 0.95
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
alias-valid.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + alias-valid.yaml: 3 errors, 0 warnings
--- exit 2
