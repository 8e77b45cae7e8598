$ ragft -q score long-key.yaml
--- stdout
--- stderr
long-key.yaml:2:3: error: this key is 5000 bytes long; YAML allows at most 1024 in a key
 2 |   kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...
   |   ^
  hint: use a shorter key
--- exit 2
$ ragft -q --rules long-key.yaml rules lint
--- stdout
--- stderr
long-key.yaml:2:3: error: this key is 5000 bytes long; YAML allows at most 1024 in a key
 2 |   kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...
   |   ^
  hint: use a shorter key
rules/default.yaml + rules/cost.yaml + long-key.yaml: 1 error, 0 warnings
--- exit 2
