ragft score bad/not-a-map.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
bad/not-a-map.yaml:1:1: error: a profile must be a map, not a list
 1 | - problem: behavior
   | ^
  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')
--- exit 2
