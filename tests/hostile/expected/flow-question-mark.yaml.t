$ ragft -q score flow-question-mark.yaml
--- stdout
--- stderr
flow-question-mark.yaml:1:29: error: unexpected '?'
 1 | answers: {problem: knowledge?}
   |                             ^
  hint: quote the value if this character is part of the text
--- exit 2
$ ragft -q --rules flow-question-mark.yaml rules lint
--- stdout
--- stderr
flow-question-mark.yaml:1:29: error: unexpected '?'
 1 | answers: {problem: knowledge?}
   |                             ^
  hint: quote the value if this character is part of the text
rules/default.yaml + rules/cost.yaml + flow-question-mark.yaml: 1 error, 0 warnings
--- exit 2
