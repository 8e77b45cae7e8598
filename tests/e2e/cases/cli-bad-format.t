ragft score profiles/manifests.yaml --format yaml
--- stdout
--- stderr
ragft: error: unknown format 'yaml'
  hint: one of: text, json, jsonl, csv, markdown
--- exit 2
