printf 'answers:\n  \033[2Jevil\302\233: 1\n' > e.yaml; ragft score e.yaml 2>&1 | cat -v
--- stdout
e.yaml:2:3: error: unknown answer '?[2Jevil?'
 2 |   ?[2Jevil?: 1
   |   ^~~~~~~~~~
  hint: run 'ragft rules show' for the criteria
0 profiles scored; 1 file invalid (see errors above)
--- stderr
--- exit 0
