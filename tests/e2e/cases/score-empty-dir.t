mkdir empty && ragft --no-default-rules --rules layers/mini.yaml score empty
--- stdout
--- stderr
ragft: error: no profiles found (looked for *.yaml, *.yml, *.json in the given paths)
  hint: profiles end in .yaml, .yml or .json; run 'ragft init' for a template
--- exit 2
