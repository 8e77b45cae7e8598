$ ragft -q score unicode-valid.yaml
--- stdout
unicode-valid.yaml: prompt (high)
--- stderr
--- exit 0
$ ragft -q --rules unicode-valid.yaml rules lint
--- stdout
--- stderr
unicode-valid.yaml:1:1: error: unknown key 'project' in the rule file
 1 | project: "Übersetzung 翻訳 ✓"
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
unicode-valid.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | project: "Übersetzung 翻訳 ✓"
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
unicode-valid.yaml:3:1: error: unknown key 'answers' in the rule file
 3 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + unicode-valid.yaml: 3 errors, 0 warnings
--- exit 2
