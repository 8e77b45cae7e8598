ragft rules dump nope.yaml
--- stdout
--- stderr
ragft: error: no built-in rule file 'nope.yaml'
  hint: the built-in files are: rules/default.yaml, rules/cost.yaml
--- exit 2
