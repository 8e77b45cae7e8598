RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/behind.yaml --set labeled_examples=500
--- stdout
PASS  check/behind.yaml — Contract clauses: prompt is a close alternative to fine_tune: 1 point behind, within the close margin of 2
check/behind.yaml:2:11: warning: the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers that decide it ('ragft explain' shows them)
 2 | approach: prompt
   |           ^~~~~~
  rule: ragft/low-confidence

1 proposal checked: 1 passed, 0 failed
--- stderr
--- exit 0
