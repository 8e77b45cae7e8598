ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --set labeled_examples=999 -q
--- stdout
profiles/mini-a.yaml: prompt (medium)
--- stderr
--- exit 0
