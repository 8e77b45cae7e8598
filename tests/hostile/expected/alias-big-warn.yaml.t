$ ragft -q score alias-big-warn.yaml
--- stdout
--- stderr
alias-big-warn.yaml: error: file is larger than 1048576 bytes
--- exit 2
$ ragft -q --rules alias-big-warn.yaml rules lint
--- stdout
--- stderr
alias-big-warn.yaml:2:1: error: unknown key 'x-big' in the rule file
 2 | x-big: &big "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   | ^~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
alias-big-warn.yaml:2:13: error: unknown severity 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (3500000 bytes)
 2 | x-big: &big "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   |             ^
  hint: one of: error, warning, info
alias-big-warn.yaml:2:13: error: unknown severity 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (3500000 bytes)
 2 | x-big: &big "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   |             ^
  hint: one of: error, warning, info
alias-big-warn.yaml:2:13: error: unknown severity 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (3500000 bytes)
 2 | x-big: &big "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   |             ^
  hint: one of: error, warning, info
alias-big-warn.yaml:2:13: error: unknown severity 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (3500000 bytes)
 2 | x-big: &big "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   |             ^
  hint: one of: error, warning, info
alias-big-warn.yaml:2:13: error: the texts of the rule files add up to more than 16777216 bytes
 2 | x-big: &big "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   |             ^
  hint: each use of an alias ('*name') counts as a copy of its text
rules/default.yaml + rules/cost.yaml + alias-big-warn.yaml: 6 errors, 0 warnings
--- exit 2
