$ ragft -q score syntax-unclosed-quote.yaml
--- stdout
--- stderr
syntax-unclosed-quote.yaml:1:10: error: this quoted string is not closed
 1 | project: "Claims assistant
   |          ^
  hint: add the closing " where the string ends
--- exit 2
$ ragft -q --rules syntax-unclosed-quote.yaml rules lint
--- stdout
--- stderr
syntax-unclosed-quote.yaml:1:10: error: this quoted string is not closed
 1 | project: "Claims assistant
   |          ^
  hint: add the closing " where the string ends
rules/default.yaml + rules/cost.yaml + syntax-unclosed-quote.yaml: 1 error, 0 warnings
--- exit 2
