RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --quiet check/ check/waivers/
--- stdout
FAIL  check/behind.yaml — Contract clauses: the rules recommend fine_tune, not prompt (confidence: high)
check/behind.yaml:2:11: error: prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on.
 2 | approach: prompt
   |           ^~~~~~
  rule: enough-data — source: check fixture §4

PASS  check/close.yaml — Ticket routing: prompt is a close alternative to fine_tune: 1 point behind, within the close margin of 2
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
FAIL  check/waivers/expired.yaml — Product catalogue answers: the rules recommend rag, not fine_tune (confidence: high)
check/waivers/expired.yaml:2:11: error: fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.
 2 | approach: fine_tune
   |           ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2

PASS  check/waivers/expires-today.yaml — Product catalogue answers: the rules recommend rag, not fine_tune (confidence: high); accepted by a waiver
PASS  check/waivers/unused.yaml — Policy answers: rag is the recommendation (confidence: high)
PASS  check/waivers/waived.yaml — Product catalogue answers: the rules recommend rag, not fine_tune (confidence: high); accepted by a waiver
--- stderr
check/waivers/bad.yaml:8:11: error: the waiver names unknown rule 'facts-in-weight'
 8 |   - rule: facts-in-weight
   |           ^~~~~~~~~~~~~~~
  hint: did you mean 'facts-in-weights'?
check/waivers/bad.yaml:12:14: error: '2027-02-30' is not a date
 12 |     expires: 2027-02-30
    |              ^~~~~~~~~~
  hint: write the date as YYYY-MM-DD, e.g. 2027-03-31
check/waivers/bad.yaml:15:5: error: unknown key 'expiry' in a waiver
 15 |     expiry: 2027-01-01
    |     ^~~~~~
  hint: did you mean 'expires'?
check/waivers/bad.yaml:16:11: error: a second waiver of 'little-data' (the first is at line 6)
 16 |   - rule: little-data
    |           ^~~~~~~~~~~
  hint: keep one waiver per rule
check/waivers/bad.yaml:18:11: error: the waiver of 'hybrid-needs-both' has no reason
 18 |   - rule: hybrid-needs-both
    |           ^~~~~~~~~~~~~~~~~
  hint: add 'reason:' saying why the team accepts this finding
check/waivers/bad.yaml:20:5: error: a waiver must be a map, not a text
 20 |   - facts-in-weights
    |     ^~~~~~~~~~~~~~~~
  hint: write 'rule:' and 'reason:' (and optionally 'owner:' and 'expires:')
check/waivers/no-reason.yaml:6:11: error: the waiver of 'facts-in-weights' has no reason
 6 |   - rule: facts-in-weights
   |           ^~~~~~~~~~~~~~~~
  hint: add 'reason:' saying why the team accepts this finding
--- exit 2
