$ ragft -q score self-link.yaml
--- stdout
--- stderr
self-link.yaml: error: cannot read 'self-link.yaml': Too many levels of symbolic links
--- exit 2
$ ragft -q --rules self-link.yaml rules lint
--- stdout
--- stderr
self-link.yaml: error: cannot read 'self-link.yaml': Too many levels of symbolic links
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
