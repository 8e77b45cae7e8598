awk 'BEGIN { print "answers:"; for (i = 0; i < 80000; i++) printf "  k%d: 1\n", i }' > m.yaml; ragft score m.yaml 2>&1 | tail -5; ragft score m.yaml 2>&1 | grep -c 'error:'
--- stdout
    |   ^~~
  hint: run 'ragft rules show' for the criteria
m.yaml: error: too many errors; only the first 50 are shown
  hint: fix these and run again
0 profiles scored; 1 file invalid (see errors above)
51
--- stderr
--- exit 0
