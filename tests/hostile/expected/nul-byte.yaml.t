$ ragft -q score nul-byte.yaml
--- stdout
--- stderr
nul-byte.yaml:2:21: error: text contains a NUL byte
 2 |   problem: knowledge?
   |                     ^
  hint: this looks like a binary file, not YAML text
--- exit 2
$ ragft -q --rules nul-byte.yaml rules lint
--- stdout
--- stderr
nul-byte.yaml:2:21: error: text contains a NUL byte
 2 |   problem: knowledge?
   |                     ^
  hint: this looks like a binary file, not YAML text
rules/default.yaml + rules/cost.yaml + nul-byte.yaml: 1 error, 0 warnings
--- exit 2
