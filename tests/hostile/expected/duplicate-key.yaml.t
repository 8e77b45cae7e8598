$ ragft -q score duplicate-key.yaml
--- stdout
--- stderr
duplicate-key.yaml:3:3: error: duplicate key 'problem' (first defined at line 2)
 3 |   problem: behavior
   |   ^~~~~~~
  hint: remove or rename one of the two entries
--- exit 2
$ ragft -q --rules duplicate-key.yaml rules lint
--- stdout
--- stderr
duplicate-key.yaml:3:3: error: duplicate key 'problem' (first defined at line 2)
 3 |   problem: behavior
   |   ^~~~~~~
  hint: remove or rename one of the two entries
rules/default.yaml + rules/cost.yaml + duplicate-key.yaml: 1 error, 0 warnings
--- exit 2
