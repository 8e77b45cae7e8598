$ ragft -q score alias-bomb.yaml
--- stdout
--- stderr
alias-bomb.yaml:6:12: error: alias expansion exceeds 200000 nodes
 6 | f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
   |            ^~
  hint: each alias counts as a full copy of the node it refers to
--- exit 2
$ ragft -q --rules alias-bomb.yaml rules lint
--- stdout
--- stderr
alias-bomb.yaml:6:12: error: alias expansion exceeds 200000 nodes
 6 | f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
   |            ^~
  hint: each alias counts as a full copy of the node it refers to
rules/default.yaml + rules/cost.yaml + alias-bomb.yaml: 1 error, 0 warnings
--- exit 2
