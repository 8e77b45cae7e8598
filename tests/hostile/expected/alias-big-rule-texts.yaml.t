$ ragft -q score alias-big-rule-texts.yaml
--- stdout
--- stderr
alias-big-rule-texts.yaml: error: file is larger than 1048576 bytes
--- exit 2
$ ragft -q --rules alias-big-rule-texts.yaml rules lint
--- stdout
--- stderr
alias-big-rule-texts.yaml:3:56: error: the texts of the rule files add up to more than 16777216 bytes
 3 |   - {id: r0, when: "true", score: {rag: 1}, text: &big "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
   |                                                        ^
  hint: each use of an alias ('*name') counts as a copy of its text
rules/default.yaml + rules/cost.yaml + alias-big-rule-texts.yaml: 1 error, 0 warnings
--- exit 2
