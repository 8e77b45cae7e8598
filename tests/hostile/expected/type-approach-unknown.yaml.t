$ ragft -q score type-approach-unknown.yaml
--- stdout
--- stderr
type-approach-unknown.yaml:1:11: error: unknown approach 'finetune'
 1 | approach: finetune
   |           ^~~~~~~~
  hint: did you mean 'fine_tune'? expected one of: prompt, rag, fine_tune, hybrid
--- exit 2
$ ragft -q --rules type-approach-unknown.yaml rules lint
--- stdout
--- stderr
type-approach-unknown.yaml:1:1: error: unknown key 'approach' in the rule file
 1 | approach: finetune
   | ^~~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
type-approach-unknown.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | approach: finetune
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
type-approach-unknown.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + type-approach-unknown.yaml: 3 errors, 0 warnings
--- exit 2
