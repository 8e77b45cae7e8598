mkdir empty && ragft --no-default-rules --rules layers/mini.yaml score empty
--- stdout
--- stderr
ragft: error: no profiles found in the given paths (looked for *.md, *.markdown, *.yaml, *.yml and *.json, in any case)
  hint: profiles end in .yaml, .yml or .json, ADRs in .md; run 'ragft init' for a template
--- exit 2
