mkdir empty && ragft --no-default-rules --rules layers/check.yaml check empty/
--- stdout
--- stderr
ragft: error: no proposals found (looked for *.yaml, *.yml and *.md in the given paths)
  hint: a proposal is a profile with 'approach:'; run 'ragft init --proposal' for a template
--- exit 2
