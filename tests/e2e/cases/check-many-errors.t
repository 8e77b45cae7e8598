awk 'BEGIN { print "approach: rag\nanswers:"; for (i = 0; i < 80000; i++) printf "  k%d: 1\n", i }' > p.yaml; ragft check p.yaml 2>&1 | tail -4; ragft check p.yaml 2>&1 | grep -c 'error:'; awk 'BEGIN { print "approach: rag\nanswers:\n  problem: knowledge\nwaivers:"; for (i = 0; i < 30000; i++) printf "  - {rule: r%d, reason: x}\n", i }' > w.yaml; ragft check w.yaml 2>&1 | tail -4; ragft check w.yaml 2>&1 | grep -c 'error:'; printf -- '---\nragft:\n  approach: rag\n  answers:\n' > a.md; awk 'BEGIN { for (i = 0; i < 40000; i++) printf "    k%d: 1\n", i; print "---" }' >> a.md; ragft check a.md 2>&1 | tail -4; ragft check a.md 2>&1 | grep -c "error:"
--- stdout
p.yaml: error: too many errors; only the first 50 are shown
  hint: fix these and run again

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
51
w.yaml: error: too many errors; only the first 50 are shown
  hint: fix these and run again

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
51
a.md: error: too many errors; only the first 50 are shown
  hint: fix these and run again

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
51
--- stderr
--- exit 0
