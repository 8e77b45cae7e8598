ragft rules lint
--- stdout
rules/default.yaml: ok: 4 options, 12 criteria, 46 rules
--- stderr
--- exit 0
