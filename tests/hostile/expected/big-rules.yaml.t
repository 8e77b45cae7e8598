$ ragft -q score big-rules.yaml
--- stdout
--- stderr
big-rules.yaml: error: file is larger than 1048576 bytes
--- exit 2
$ ragft -q --rules big-rules.yaml rules lint
--- stdout
--- stderr
big-rules.yaml: error: file is larger than 4194304 bytes
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
