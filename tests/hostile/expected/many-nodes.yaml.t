$ ragft -q score many-nodes.yaml
--- stdout
--- stderr
many-nodes.yaml:1:400005: error: document has more than 200000 nodes
 1 | ...,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]
   |                                                               ^
  hint: split it into smaller files
--- exit 2
$ ragft -q --rules many-nodes.yaml rules lint
--- stdout
--- stderr
many-nodes.yaml:1:400005: error: document has more than 200000 nodes
 1 | ...,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]
   |                                                               ^
  hint: split it into smaller files
rules/default.yaml + rules/cost.yaml + many-nodes.yaml: 1 error, 0 warnings
--- exit 2
