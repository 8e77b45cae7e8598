$ ragft -q score alias-undefined.yaml
--- stdout
--- stderr
alias-undefined.yaml:2:12: error: alias '*nowhere' refers to an anchor that is not defined
 2 |   problem: *nowhere
   |            ^~~~~~~~
  hint: define the anchor with '&nowhere' before the alias; anchors do not carry over between documents
--- exit 2
$ ragft -q --rules alias-undefined.yaml rules lint
--- stdout
--- stderr
alias-undefined.yaml:2:12: error: alias '*nowhere' refers to an anchor that is not defined
 2 |   problem: *nowhere
   |            ^~~~~~~~
  hint: define the anchor with '&nowhere' before the alias; anchors do not carry over between documents
rules/default.yaml + rules/cost.yaml + alias-undefined.yaml: 1 error, 0 warnings
--- exit 2
