ragft --no-default-rules --rules layers/check.yaml check --format xml check/recommended.yaml
--- stdout
--- stderr
ragft: error: unknown format 'xml' for check
  hint: one of: text, json, github, sarif, junit
--- exit 2
