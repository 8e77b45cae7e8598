$ ragft -q score dev-zero.yaml
--- stdout
--- stderr
dev-zero.yaml: error: file is larger than 1048576 bytes
--- exit 2
$ ragft -q --rules dev-zero.yaml rules lint
--- stdout
--- stderr
dev-zero.yaml: error: file is larger than 4194304 bytes
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
