$ ragft -q score binary-png.yaml
--- stdout
--- stderr
binary-png.yaml:3:1: error: text contains a NUL byte
 3 | ???
   | ^
  hint: this looks like a binary file, not YAML text
--- exit 2
$ ragft -q --rules binary-png.yaml rules lint
--- stdout
--- stderr
binary-png.yaml:3:1: error: text contains a NUL byte
 3 | ???
   | ^
  hint: this looks like a binary file, not YAML text
rules/default.yaml + rules/cost.yaml + binary-png.yaml: 1 error, 0 warnings
--- exit 2
