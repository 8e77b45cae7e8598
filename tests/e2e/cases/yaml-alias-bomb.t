ragft score bad/bomb.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
bad/bomb.yaml:6:8: error: alias expansion exceeds 200000 nodes
 6 | f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
   |        ^~
  hint: each alias counts as a full copy of the node it refers to
--- exit 2
