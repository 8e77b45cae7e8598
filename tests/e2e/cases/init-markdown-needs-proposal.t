ragft --no-default-rules --rules layers/check.yaml init -o adr.md
--- stdout
--- stderr
ragft: error: 'adr.md' is a Markdown file: an ADR holds a proposal
  hint: add --proposal for an ADR template, or write the profile to a .yaml file
--- exit 2
