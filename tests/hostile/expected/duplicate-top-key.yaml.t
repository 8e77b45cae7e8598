$ ragft -q score duplicate-top-key.yaml
--- stdout
--- stderr
duplicate-top-key.yaml:3:1: error: duplicate key 'project' (first defined at line 2)
 3 | project: b
   | ^~~~~~~
  hint: remove or rename one of the two entries
--- exit 2
$ ragft -q --rules duplicate-top-key.yaml rules lint
--- stdout
--- stderr
duplicate-top-key.yaml:3:1: error: duplicate key 'project' (first defined at line 2)
 3 | project: b
   | ^~~~~~~
  hint: remove or rename one of the two entries
rules/default.yaml + rules/cost.yaml + duplicate-top-key.yaml: 1 error, 0 warnings
--- exit 2
