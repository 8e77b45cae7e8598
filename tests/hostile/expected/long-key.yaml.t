$ ragft -q score long-key.yaml
--- stdout
--- stderr
long-key.yaml:2:5003: error: unexpected ':' here
 2 | ...kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: 1
   |                                                               ^
  hint: quote the value if it contains ': ', or start a nested map on a new, more indented line
--- exit 2
$ ragft -q --rules long-key.yaml rules lint
--- stdout
--- stderr
long-key.yaml:2:5003: error: unexpected ':' here
 2 | ...kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: 1
   |                                                               ^
  hint: quote the value if it contains ': ', or start a nested map on a new, more indented line
rules/default.yaml + rules/cost.yaml + long-key.yaml: 1 error, 0 warnings
--- exit 2
