$ ragft -q score alias-cycle.yaml
--- stdout
--- stderr
alias-cycle.yaml:2:12: error: alias '*a' refers to itself (cycle)
 2 |   problem: *a
   |            ^~
  hint: an alias cannot be used inside the node its anchor is on
--- exit 2
$ ragft -q --rules alias-cycle.yaml rules lint
--- stdout
--- stderr
alias-cycle.yaml:2:12: error: alias '*a' refers to itself (cycle)
 2 |   problem: *a
   |            ^~
  hint: an alias cannot be used inside the node its anchor is on
rules/default.yaml + rules/cost.yaml + alias-cycle.yaml: 1 error, 0 warnings
--- exit 2
