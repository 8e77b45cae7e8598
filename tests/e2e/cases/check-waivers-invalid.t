RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/waivers/bad.yaml check/waivers/no-reason.yaml check/recommended.yaml
--- stdout
PASS  check/recommended.yaml — Invoice extraction: fine_tune is the recommendation (confidence: high)

1 proposal checked: 1 passed, 0 failed; 2 files invalid (see the errors)
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
