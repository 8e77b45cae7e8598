$ ragft -q score empty.yaml
--- stdout
--- stderr
empty.yaml: error: the file holds no profile
  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')
--- exit 2
$ ragft -q --rules empty.yaml rules lint
--- stdout
--- stderr
empty.yaml: error: rule file is empty
  hint: start with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + empty.yaml: 1 error, 0 warnings
--- exit 2
