ragft score examples/shipping-manifests.yaml
--- stdout
examples/shipping-manifests.yaml  — Shipping manifests to JSON
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
    prompt                 │█              +1
    rag                 ▒▒▒│               -3
    fine_tune              │████████████  +11
    hybrid                 │████████       +7  excluded
  Why
    [prompt +2, fine_tune +2, rag -3] The facts are not the issue, so retrieval adds nothing; the
      choice is between a better prompt and training the behavior in.
      source: seed 002 (practitioner's framework), 'My Fine-Tuning vs RAG Decision Framework',
        question 1; seed 004 ('six patterns'), 'What RAG and Fine-Tuning Actually Solve' · rule
        behavior-problem
    [exclude hybrid] The problem is behavior only; a hybrid pays for a retrieval pipeline and a
      training cycle and is justified only by two distinct problems.
      source: seed 002 (practitioner's framework), 'The Hybrid Case' · rule
        hybrid-needs-two-problems
    [fine_tune +3, hybrid +3, prompt -1] The best prompt stalls at 0.97 against a target of 0.997:
      that measured gap is what training the behavior in is for.
      source: seed 000 (Tech10), 'What a fine-tuning decision should actually look like', step 2;
        seed 003 ('RAG wins 9 times out of 10'), Q2 · rule prompt-falls-short
    [fine_tune +2, hybrid +1] A bounded, stable input-output pattern (fixed categories, fields or
      schema) is where a small trained model matches a large prompted one.
      source: seed 002 (practitioner's framework), 'When Fine-Tuning vs RAG Tips Toward
        Fine-Tuning', narrow stable task, and question 4; seed 004 ('six patterns'), 'Narrow
        High-Frequency Domain' · rule narrow-stable-task
    [fine_tune +2, hybrid +1] Each point of format failure at 40000 calls a day is records a person
      must repair (at 40,000 a day, 97% compliance leaves 1,200, about 40 hours of work); training
      can cut failures by an order of magnitude.
      source: seed 000 (Tech10), 'Win case one: structured output that has to be exact' · rule
        exact-format-at-volume
    [fine_tune +1, hybrid +1] A fixed output convention (schema adherence, a house voice) is a
      stable behavior that training rewards.
      source: seed 001 (KnowMBA), 'What to Do', question 2, and Pro Tip 01 · rule
        stable-output-convention
    [fine_tune +1, hybrid +1] 40000 calls a day is over a million a year: enough repetitions for a
      shorter prompt and trained behavior to pay back.
      source: seed 001 (KnowMBA), fit tier 'Strong Fit' (> 1M queries/year); seed 004 ('six
        patterns'), 'Consistency at High Scale' · rule volume-pays-back
  Warnings
    info: Start with a parameter-efficient method (LoRA or QLoRA): most of the benefit at a fraction
      of the cost; keep full fine-tunes for teams with research staff and a clear return.
      [lora-first]
    info: Budget for retraining: base models are replaced every 3-12 months and a tuned model must
      be rebuilt and re-evaluated on each; a real model typically scores 10-20 points below its
      benchmark at first. [retraining-cycle]
  Traps if you choose otherwise
    hybrid error: The problem is behavior only; a hybrid pays for a retrieval pipeline and a
      training cycle and is justified only by two distinct problems. [hybrid-needs-two-problems]
  Excluded
    hybrid: The problem is behavior only; a hybrid pays for a retrieval pipeline and a training
      cycle and is justified only by two distinct problems. [hybrid-needs-two-problems]
  Assumed (defaults): privacy = none
  Not answered: latency_budget_ms, citations_required
  Cost over 12 months at 40,000 calls/day: prompt $44,530 · rag $158,359 · fine_tune $33,300 ·
    hybrid $97,490; fine_tune is cheaper than prompt from ≈ 29,114 calls/day and pays back in month
    8 (details: ragft cost)
  What would change the answer
    problem = 'both' → hybrid  (--set problem=both)
    prompt_quality >= 0.997 → prompt  (--set prompt_quality=0.997)
    quality_target <= 0.97 → prompt  (--set quality_target=0.97)
    labeled_examples < 500 → prompt  (--set labeled_examples=499)
    calls_per_day < 1000 → prompt  (--set calls_per_day=999)
--- stderr
--- exit 0
