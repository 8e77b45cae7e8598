ragft --no-default-rules --rules cost/mini-core.yaml --rules rules/cost.yaml --rules cost/breakeven-rule.yaml score cost/narrow-300.yaml
ragft --no-default-rules --rules cost/mini-core.yaml --rules rules/cost.yaml --rules cost/breakeven-rule.yaml score cost/narrow-300.yaml --set calls_per_day=29114 -q
--- stdout
cost/narrow-300.yaml  — Narrow task at 300 calls a day
  Recommendation: prompt  Prompt engineering  (confidence: medium)
  Confidence is medium: prompt leads rag by 2 points
  Why
    Try the prompt first. [prompt +2]
  What would change the answer
    calls_per_day >= 29,114 → fine_tune  (--set calls_per_day=29114)
  Not answered: prompt_quality
  Cost over 12 months at 300 calls/day: prompt $334, the cheapest (details: ragft cost)
  Sources: --verbose; every rule and what-if: ragft explain cost/narrow-300.yaml
cost/narrow-300.yaml: fine_tune (low)
--- stderr
--- exit 0
