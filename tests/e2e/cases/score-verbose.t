ragft score --verbose examples/ticket-triage.yaml
--- stdout
examples/ticket-triage.yaml  — Support tickets into 12 categories
  Recommendation: fine_tune  Fine-tuning  (confidence: high, decided by prompt-falls-short)
  Why
    [decide fine_tune] The best prompt stops at 0.86 against a 0.95 target; with the data and an
      evaluation set in hand, training the behavior in is how the gap closes.
      source: seed 000 (Tech10), 'What a fine-tuning decision should actually look like', steps 1-4,
        'Win case one' and 'Win case three', and 'What the benchmarks hide'; seed 001 (KnowMBA), Pro
        Tip 03 · rule prompt-falls-short
  Excluded
    hybrid: The problem is behavior only. A hybrid pays for a retrieval pipeline and a training
      cycle, which only two separate problems, one of facts and one of behavior, justify.
      [hybrid-needs-two-problems]
  Next steps
    - Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to score
      10 to 20 points below its own benchmark on real data, and do not ship it before it beats the
      prompt on the blind set.
    - Budget a retraining for every new base model (every 3 to 12 months) and whenever the task's
      data changes: the cost model counts one every 6 months or sooner.
  Assumed (defaults): privacy = none
  Not answered: latency_budget_ms, citations_required
  Cost over 12 months at 5,000 calls/day: prompt $431,400 · rag $455,778 · fine_tune $182,537 ·
    hybrid $200,711; fine_tune is cheaper than prompt from ≈ 539 calls/day and pays back in month 1
    (details: ragft cost)
  What would change the answer
    problem = 'both' → hybrid  (--set problem=both)
    knowledge_change = 'realtime' → rag  (--set knowledge_change=realtime)
    task_scope = 'broad' → prompt  (--set task_scope=broad)
    prompt_quality >= 0.942 → prompt  (--set prompt_quality=0.942)
    quality_target <= 0.868 → prompt  (--set quality_target=0.868)
    labeled_examples < 500 → prompt  (--set labeled_examples=499)
    eval_set = no → prompt  (--set eval_set=no)
    calls_per_day <= 538 → prompt  (--set calls_per_day=538)
--- stderr
--- exit 0
