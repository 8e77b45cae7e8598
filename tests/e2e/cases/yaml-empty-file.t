ragft score bad/empty.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
bad/empty.yaml: error: the file holds no profile
  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')
--- exit 2
