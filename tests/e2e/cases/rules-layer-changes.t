ragft score profiles/two-docs.yml --format jsonl | jq -r '.recommendation'; ragft --rules layers/team.yaml score profiles/two-docs.yml --format jsonl | jq -r '[.recommendation, ([.excluded[].option] | join(","))] | @tsv'
--- stdout
prompt
rag
prompt	hybrid,fine_tune
rag	fine_tune,hybrid
--- stderr
--- exit 0
