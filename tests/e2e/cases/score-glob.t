ragft --no-default-rules --rules layers/mini.yaml score 'profiles/mini-*.yaml' -q
--- stdout
profiles/mini-a.yaml: fine_tune (high)
profiles/mini-b.yaml: prompt (medium)
--- stderr
--- exit 0
