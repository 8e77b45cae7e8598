ragft rules lint
--- stdout
rules/default.yaml + rules/cost.yaml: ok: 4 options, 42 criteria, 43 rules
--- stderr
--- exit 0
