RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/close.yaml; echo "exit $?"; RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --strict check/close.yaml -q; echo "--strict: $?"
--- stdout
PASS  check/close.yaml — Ticket routing: prompt is a close alternative to fine_tune: 1 point behind, within the close margin of 2
check/close.yaml:2:11: warning: the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers that decide it ('ragft explain' shows them)
 2 | approach: prompt          # fine_tune scores 1 point more: a close alternative
   |           ^~~~~~
  rule: ragft/low-confidence

1 proposal checked: 1 passed, 0 failed
exit 0
FAIL  check/close.yaml — Ticket routing: prompt is a close alternative to fine_tune: 1 point behind, within the close margin of 2
check/close.yaml:2:11: warning: the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers that decide it ('ragft explain' shows them)
 2 | approach: prompt          # fine_tune scores 1 point more: a close alternative
   |           ^~~~~~
  rule: ragft/low-confidence
--strict: 1
--- stderr
--- exit 0
