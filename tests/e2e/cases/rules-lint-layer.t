ragft rules lint layers/team.yaml
--- stdout
rules/default.yaml + rules/cost.yaml + layers/team.yaml: ok: 4 options, 42 criteria, 44 rules
--- stderr
--- exit 0
