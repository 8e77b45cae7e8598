$ ragft -q score utf32le.yaml
--- stdout
utf32le.yaml: prompt (high)
--- stderr
--- exit 0
$ ragft -q --rules utf32le.yaml rules lint
--- stdout
--- stderr
utf32le.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
utf32le.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + utf32le.yaml: 2 errors, 0 warnings
--- exit 2
