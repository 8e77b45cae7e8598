RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/waivers/waived.yaml check/waivers/expires-today.yaml check/waivers/expired.yaml check/waivers/unused.yaml
--- stdout
PASS  check/waivers/waived.yaml — Product catalogue answers: the rules recommend rag, not fine_tune (confidence: high); accepted by a waiver
check/waivers/waived.yaml:2:11: info: waived error: fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.
 2 | approach: fine_tune
   |           ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2
  waived: The catalogue is frozen until the 2027 relaunch; a retrieval stack is out of budget. (owner: catalogue-team, until 2027-03-31)

PASS  check/waivers/expires-today.yaml — Product catalogue answers: the rules recommend rag, not fine_tune (confidence: high); accepted by a waiver
check/waivers/expires-today.yaml:2:11: info: waived error: fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.
 2 | approach: fine_tune
   |           ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2
  waived: The catalogue is frozen until the 2027 relaunch; a retrieval stack is out of budget. (owner: catalogue-team, until 2026-11-21)

FAIL  check/waivers/expired.yaml — Product catalogue answers: the rules recommend rag, not fine_tune (confidence: high)
check/waivers/expired.yaml:2:11: error: fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.
 2 | approach: fine_tune
   |           ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2
check/waivers/expired.yaml:7:11: warning: the waiver of 'facts-in-weights' (owner: catalogue-team) expired on 2026-10-31; its findings count again
 7 |   - rule: facts-in-weights
   |           ^~~~~~~~~~~~~~~~
  rule: ragft/waiver-expired

PASS  check/waivers/unused.yaml — Policy answers: rag is the recommendation (confidence: high)
check/waivers/unused.yaml:6:11: warning: the waiver of 'untried-prompt' matches no finding of this proposal; remove it
 6 |   - rule: untried-prompt
   |           ^~~~~~~~~~~~~~
  rule: ragft/waiver-unused

4 proposals checked: 3 passed, 1 failed
--- stderr
--- exit 1
