$ ragft -q score tag-str-valid.yaml
--- stdout
tag-str-valid.yaml: rag (medium)
--- stderr
--- exit 0
$ ragft -q --rules tag-str-valid.yaml rules lint
--- stdout
--- stderr
tag-str-valid.yaml:1:1: error: unknown key 'project' in the rule file
 1 | project: !!str 2026
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
tag-str-valid.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | project: !!str 2026
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
tag-str-valid.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + tag-str-valid.yaml: 3 errors, 0 warnings
--- exit 2
