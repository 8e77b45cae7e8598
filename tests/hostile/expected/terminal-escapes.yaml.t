$ ragft -q score terminal-escapes.yaml
--- stdout
--- stderr
terminal-escapes.yaml:1:1: error: unknown key 'projct'
 1 | projct: "?[1mbold?[0m"
   | ^~~~~~
  hint: did you mean 'project'?
terminal-escapes.yaml:3:3: error: unknown answer 'problme'
 3 |   problme: "?[31mred?]0;title?"
   |   ^~~~~~~
  hint: did you mean 'problem'?
--- exit 2
$ ragft -q --rules terminal-escapes.yaml rules lint
--- stdout
--- stderr
terminal-escapes.yaml:1:1: error: unknown key 'projct' in the rule file
 1 | projct: "?[1mbold?[0m"
   | ^~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
terminal-escapes.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | projct: "?[1mbold?[0m"
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
terminal-escapes.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + terminal-escapes.yaml: 3 errors, 0 warnings
--- exit 2
