mkdir empty && ragft --no-default-rules --rules layers/check.yaml check empty/
--- stdout

0 proposals checked: 0 passed, 0 failed
--- stderr
ragft: error: nothing checked: no proposal file in 'empty/' (looked for *.md, *.markdown, *.yaml, *.yml and *.json, in any case)
  hint: a proposal is a YAML file with 'approach:', or an ADR (Markdown) with the proposal under 'ragft:' in its front matter ('ragft init --proposal'); --allow-empty accepts a run with nothing to check
--- exit 2
