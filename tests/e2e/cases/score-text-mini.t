ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml profiles/mini-b.yaml
--- stdout
profiles/mini-a.yaml  — Ticket triage
  Recommendation: fine_tune  Fine-tuning  (confidence: high)

profiles/mini-b.yaml  — Contracts, clauses and "quotes"
  Recommendation: prompt  Prompt engineering  (confidence: medium: prompt leads rag by 3 points)

2 profiles scored: prompt 1, fine_tune 1
--- stderr
--- exit 0
