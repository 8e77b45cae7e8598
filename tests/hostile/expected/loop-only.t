$ ragft -q score loop-only
--- stdout
--- stderr
ragft: error: no profiles found in the given paths (looked for *.md, *.markdown, *.yaml, *.yml and *.json, in any case)
  hint: profiles end in .yaml, .yml or .json, ADRs in .md; run 'ragft init' for a template
--- exit 2
$ ragft -q --rules loop-only rules lint
--- stdout
--- stderr
loop-only: error: 'loop-only' is a directory
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
