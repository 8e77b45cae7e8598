ragft rules lint layers/team.yaml
--- stdout
rules/default.yaml + layers/team.yaml: ok: 4 options, 12 criteria, 47 rules
--- stderr
--- exit 0
