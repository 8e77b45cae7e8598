ragft score examples/tone-without-prompt.yaml examples/too-few-examples.yaml --verbose | grep -c "source: "; ragft score examples/tone-without-prompt.yaml
--- stdout
2
examples/tone-without-prompt.yaml  — Tone project without a prompt experiment
  Recommendation: prompt  Prompt engineering  (confidence: high)
  Why
    The facts are not the problem, so retrieval adds nothing, and training is not yet justified: a
      careful prompt comes first. [behavior-prompt-first]
    fine_tune is held back: Nobody has measured what a careful prompt reaches, and most requests for
      fine-tuning end once someone does. [prompt-not-measured]
  Next steps
    - Write the strongest prompt you can (a few hundred words on the behavior, the patterns to
      avoid, two or three worked examples), score it blind on 20 or more cases, and compare it with
      the 0.9 target. [unlocks fine_tune: prompt_quality < 0.9 (measured)]
    - Build a blind evaluation set of at least 50 varied scenarios, held out from training and
      scored by people who do not know which system wrote each answer. [unlocks fine_tune: eval_set
      = yes]
  What would change the answer
    problem = 'knowledge' → rag  (--set problem=knowledge)
  Also ruled out: hybrid [hybrid-needs-two-problems]
  Not answered: task_scope, prompt_quality, latency_budget_ms, citations_required
  Cost over 12 months at 3,000 calls/day: prompt $3,340, the cheapest (details: ragft cost)
  Sources: --verbose; every rule and what-if: ragft explain examples/tone-without-prompt.yaml
--- stderr
--- exit 0
