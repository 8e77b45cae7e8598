RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --strict check/untried.yaml check/waivers/unused.yaml
--- stdout
FAIL  check/untried.yaml — House style: fine_tune is the recommendation (confidence: medium)
check/untried.yaml:4:12: warning: Try a careful prompt before training anything.
 4 |   problem: behavior
   |            ^~~~~~~~
  rule: untried-prompt — source: check fixture §5

FAIL  check/waivers/unused.yaml — Policy answers: rag is the recommendation (confidence: high)
check/waivers/unused.yaml:6:11: warning: the waiver of 'untried-prompt' matches no finding of this proposal; remove it
 6 |   - rule: untried-prompt
   |           ^~~~~~~~~~~~~~
  rule: ragft/waiver-unused

2 proposals checked: 0 passed, 2 failed (--strict: warnings fail)
--- stderr
--- exit 1
