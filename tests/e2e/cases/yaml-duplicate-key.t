ragft score bad/duplicate.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
bad/duplicate.yaml:4:3: error: duplicate key 'problem' (first defined at line 2)
 4 |   problem: knowledge
   |   ^~~~~~~
  hint: remove or rename one of the two entries
--- exit 2
