ragft score profiles/two-docs.yml profiles/policies.json -q
--- stdout
profiles/two-docs.yml: prompt (medium)
profiles/two-docs.yml#2: rag (high)
profiles/policies.json: rag (high)
--- stderr
--- exit 0
