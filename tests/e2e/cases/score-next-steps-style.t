ragft score --set behavior=tone --set labeled_examples=600 examples/too-few-examples.yaml
--- stdout
examples/too-few-examples.yaml  — Fewer than 1,000 training examples
  Recommendation: prompt  Prompt engineering  (confidence: medium)
  Confidence is medium: the prompt is still below the target, and training waits for its
    prerequisites
  Why
    The prompt is below the target (0.8 against 0.9), but training is held back until its
      prerequisites are met; keep improving the prompt meanwhile. [prompt-below-target-for-now]
    fine_tune is held back: 600 examples is below the 1,000 that a style or tone model needs.
      [too-few-examples-for-style]
  Next steps
    - Collect about 400 more approved examples: a style task needs about 1,000 (1,000 to 5,000), and
      you have 600. [unlocks fine_tune: labeled_examples >= 1,000]
  What would change the answer
    labeled_examples >= 1,000 → fine_tune  (--set labeled_examples=1000)
    problem = 'knowledge' → rag  (--set problem=knowledge)
    behavior = 'format' → fine_tune  (--set behavior=format)
  Also ruled out: hybrid [hybrid-needs-two-problems]
  Not answered: latency_budget_ms, citations_required
  Cost over 12 months at 5,000 calls/day: prompt $613,900; the cheapest is fine_tune at $334,584
    (details: ragft cost)
  Sources: --verbose; every rule and what-if: ragft explain examples/too-few-examples.yaml
--- stderr
--- exit 0
