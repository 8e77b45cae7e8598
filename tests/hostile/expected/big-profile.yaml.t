$ ragft -q score big-profile.yaml
--- stdout
--- stderr
big-profile.yaml: error: file is larger than 1048576 bytes
--- exit 2
$ ragft -q --rules big-profile.yaml rules lint
--- stdout
--- stderr
big-profile.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
big-profile.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + big-profile.yaml: 2 errors, 0 warnings
--- exit 2
