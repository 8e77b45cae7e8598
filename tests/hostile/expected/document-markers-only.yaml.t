$ ragft -q score document-markers-only.yaml
--- stdout
--- stderr
document-markers-only.yaml:1:1: error: the file holds no profile
 1 | ---
   | ^
  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')
--- exit 2
$ ragft -q --rules document-markers-only.yaml rules lint
--- stdout
--- stderr
document-markers-only.yaml:2:1: error: a rule file must be a map, not null
 2 | ...
   | ^
rules/default.yaml + rules/cost.yaml + document-markers-only.yaml: 1 error, 0 warnings
--- exit 2
