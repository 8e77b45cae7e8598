awk 'BEGIN { print "cases:"; for (i = 0; i < 3000; i++) printf "  - {name: c%d, answers: {problem: knowledge}, expect: {recommendation: rag, nope: 1}}\n", i }' > t.yaml; ragft rules test t.yaml 2>&1 | tail -4; ragft rules test t.yaml 2>&1 | grep -c 'error:'; ragft rules test t.yaml >/dev/null 2>&1; echo "exit $?"
--- stdout
  hint: allowed keys: recommendation, confidence, decided_by, warnings, no_warnings, excluded, unlocks
t.yaml: error: too many errors; only the first 50 are shown
  hint: fix these and run again
0 passed, 0 failed
51
exit 2
--- stderr
--- exit 0
