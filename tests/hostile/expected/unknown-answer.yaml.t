$ ragft -q score unknown-answer.yaml
--- stdout
--- stderr
unknown-answer.yaml:2:3: error: unknown answer 'labeled_exampels'
 2 |   labeled_exampels: 2000
   |   ^~~~~~~~~~~~~~~~
  hint: did you mean 'labeled_examples'?
unknown-answer.yaml:3:3: error: unknown answer 'problme'
 3 |   problme: knowledge
   |   ^~~~~~~
  hint: did you mean 'problem'?
--- exit 2
$ ragft -q --rules unknown-answer.yaml rules lint
--- stdout
--- stderr
unknown-answer.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
unknown-answer.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + unknown-answer.yaml: 2 errors, 0 warnings
--- exit 2
