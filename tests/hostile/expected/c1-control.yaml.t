$ ragft -q score c1-control.yaml
--- stdout
--- stderr
c1-control.yaml:1:1: error: unknown key 'projct'
 1 | projct: "?2J C1 control"
   | ^~~~~~
  hint: did you mean 'project'?
--- exit 2
$ ragft -q --rules c1-control.yaml rules lint
--- stdout
--- stderr
c1-control.yaml:1:1: error: unknown key 'projct' in the rule file
 1 | projct: "?2J C1 control"
   | ^~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
c1-control.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | projct: "?2J C1 control"
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
c1-control.yaml:2:1: error: unknown key 'answers' in the rule file
 2 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
rules/default.yaml + rules/cost.yaml + c1-control.yaml: 3 errors, 0 warnings
--- exit 2
