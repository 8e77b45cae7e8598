RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check - < check/behind.yaml
--- stdout
FAIL  <stdin> — Contract clauses: the rules recommend fine_tune, not prompt (confidence: high)
<stdin>:2:11: error: prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on.
 2 | approach: prompt
   |           ^~~~~~
  rule: enough-data — source: check fixture §4

1 proposal checked: 0 passed, 1 failed
--- stderr
--- exit 1
