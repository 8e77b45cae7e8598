$ ragft -q score loop-only
--- stdout
--- stderr
ragft: error: no profiles found (looked for *.yaml, *.yml, *.json in the given paths)
  hint: profiles end in .yaml, .yml or .json; run 'ragft init' for a template
--- exit 2
$ ragft -q --rules loop-only rules lint
--- stdout
--- stderr
loop-only: error: 'loop-only' is a directory
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
