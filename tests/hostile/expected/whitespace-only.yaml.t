$ ragft -q score whitespace-only.yaml
--- stdout
--- stderr
whitespace-only.yaml: error: the file holds no profile
  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')
--- exit 2
$ ragft -q --rules whitespace-only.yaml rules lint
--- stdout
--- stderr
whitespace-only.yaml: error: rule file is empty
  hint: start with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + whitespace-only.yaml: 1 error, 0 warnings
--- exit 2
