ragft score bad/cycle.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
bad/cycle.yaml:3:11: error: alias '*a' refers to itself (cycle)
 3 |   nested: *a
   |           ^~
  hint: an alias cannot be used inside the node its anchor is on
--- exit 2
