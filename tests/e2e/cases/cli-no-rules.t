ragft --no-default-rules score profiles/manifests.yaml
--- stdout
--- stderr
ragft: error: no rules to load: --no-default-rules needs at least one --rules FILE
ragft: the rules have errors; nothing was evaluated (run 'ragft rules lint' for the full list)
--- exit 2
