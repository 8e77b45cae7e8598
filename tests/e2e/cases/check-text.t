RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/*.yaml
--- stdout
FAIL  check/behind.yaml — Contract clauses: the rules recommend fine_tune, not prompt (confidence: high)
check/behind.yaml:2:11: error: prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on.
 2 | approach: prompt
   |           ^~~~~~
  rule: enough-data — source: check fixture §4

PASS  check/close.yaml — Ticket routing: prompt is a close alternative to fine_tune: 1 point behind, within the close margin of 2
check/close.yaml:2:11: warning: the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers that decide it ('ragft explain' shows them)
 2 | approach: prompt          # fine_tune scores 1 point more: a close alternative
   |           ^~~~~~
  rule: ragft/low-confidence

FAIL  check/excluded.yaml — Refusals: the rules recommend prompt, not fine_tune (confidence: medium)
check/excluded.yaml:2:11: error: fine_tune is ruled out: 120 pairs are too few to train on.
 2 | approach: fine_tune
   |           ^~~~~~~~~
  rule: little-data — source: check fixture §4

PASS  check/recommended.yaml — Invoice extraction: fine_tune is the recommendation (confidence: high)
PASS  check/two-docs.yaml — Support answers, first draft: rag is the recommendation (confidence: high)
FAIL  check/two-docs.yaml#2 — Support answers, second draft: the rules recommend rag, not hybrid (confidence: high)
check/two-docs.yaml:7:11: error: hybrid is ruled out: A hybrid needs a problem of facts and one of behavior.
 7 | approach: hybrid
   |           ^~~~~~
  rule: hybrid-needs-both — source: check fixture §6

PASS  check/untried.yaml — House style: fine_tune is the recommendation (confidence: medium)
check/untried.yaml:4:12: warning: Try a careful prompt before training anything.
 4 |   problem: behavior
   |            ^~~~~~~~
  rule: untried-prompt — source: check fixture §5

7 proposals checked: 4 passed, 3 failed
--- stderr
--- exit 1
