$ ragft -q score utf16le-bom.yaml
--- stdout
utf16le-bom.yaml: prompt (high)
--- stderr
--- exit 0
$ ragft -q --rules utf16le-bom.yaml rules lint
--- stdout
--- stderr
utf16le-bom.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
utf16le-bom.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + utf16le-bom.yaml: 2 errors, 0 warnings
--- exit 2
