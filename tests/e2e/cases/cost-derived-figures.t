ragft --no-default-rules --rules cost/mini-core.yaml --rules rules/cost.yaml --rules cost/breakeven-rule.yaml score cost/narrow-300.yaml
ragft --no-default-rules --rules cost/mini-core.yaml --rules rules/cost.yaml --rules cost/breakeven-rule.yaml score cost/narrow-300.yaml --set calls_per_day=29114 -q
--- stdout
cost/narrow-300.yaml  — Narrow task at 300 calls a day
  Recommendation: prompt  Prompt engineering  (confidence: medium)
  Confidence is medium: prompt leads rag by 2 points
    prompt                 │████████████   +2
    rag                    │               +0
    fine_tune              │               +0
    hybrid                 │               +0
  Why
    [prompt +2] Try the prompt first.
      source: fixture · rule prompt-first
  Traps if you choose otherwise
    fine_tune info: At this volume fine-tuning does not pay back within 12 months.
      [no-payback-in-a-year]
  Assumed (defaults): quality_target = 0.9
  Not answered: prompt_quality
  Cost over 12 months at 300 calls/day: prompt $334 · rag $12,701 · fine_tune $30,055 · hybrid
    $42,049; fine_tune is cheaper than prompt from ≈ 29,114 calls/day (details: ragft cost)
  What would change the answer
    calls_per_day > 29113.2 → fine_tune  (--set calls_per_day=29114)
cost/narrow-300.yaml: fine_tune (low)
--- stderr
--- exit 0
