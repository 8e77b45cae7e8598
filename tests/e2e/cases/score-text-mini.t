ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml profiles/mini-b.yaml
--- stdout
profiles/mini-a.yaml  — Ticket triage
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
    prompt              ▒▒▒│               -1
    rag                    │               +0
    fine_tune              │████████████   +4
  Why
    [fine_tune +4, prompt -1] 5000 pairs are enough to train on.
      source: mini §3 · rule enough-data
  Assumed (defaults): quality_target = 0.9
  What would change the answer
    problem = 'knowledge' → rag  (--set problem=knowledge)
    labeled_examples < 1000 → prompt  (--set labeled_examples=999)
    quality_target <= 0.82 → prompt  (--set quality_target=0.82)
    prompt_quality >= 0.9 → prompt  (--set prompt_quality=0.9)

profiles/mini-b.yaml  — Contracts, clauses and "quotes"
  Recommendation: prompt  Prompt engineering  (confidence: medium)
  Confidence is medium: prompt leads rag by 3 points
    prompt                 │████████████   +3
    rag                    │               +0
    fine_tune              │               +0  excluded
  Why
    [prompt +3; exclude fine_tune] 300 pairs are too few to train on.
      source: mini §3 · rule little-data
  Traps if you choose otherwise
    fine_tune warning: Try a careful prompt before training anything. [untried-prompt]
  Excluded
    fine_tune: 300 pairs are too few to train on. [little-data]
  Assumed (defaults): quality_target = 0.9
  Not answered: prompt_quality
  What would change the answer
    problem = 'knowledge' → rag  (--set problem=knowledge)
    labeled_examples >= 1000 → fine_tune  (--set labeled_examples=1000)

2 profiles scored: prompt 1, fine_tune 1
--- stderr
--- exit 0
