ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml profiles/mini-b.yaml --format markdown
--- stdout
| File | Project | Recommendation | Confidence | prompt | rag | fine_tune | Excluded | Warnings |
|---|---|---|---|---:|---:|---:|---|---|
| profiles/mini-a.yaml | Ticket triage | **fine_tune** | high | -1 | 0 | 4 |  |  |
| profiles/mini-b.yaml | Contracts, clauses and "quotes" | **prompt** | medium (prompt leads rag by 3 points) | 3 | 0 | 0 | fine_tune |  |
--- stderr
--- exit 0
