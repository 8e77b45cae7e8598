RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/behind.yaml --set labeled_examples=500
--- stdout
PASS  check/behind.yaml — Contract clauses: prompt is a close alternative to fine_tune: 1 point behind, within the close margin of 2

1 proposal checked: 1 passed, 0 failed
--- stderr
--- exit 0
