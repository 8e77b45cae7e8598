ragft rules lint layers/syntax-error.yaml
--- stdout
--- stderr
layers/syntax-error.yaml:4:11: error: this quoted string is not closed
 4 |     when: "unclosed
   |           ^
  hint: add the closing " where the string ends
rules/default.yaml + rules/cost.yaml + layers/syntax-error.yaml: 1 error, 0 warnings
--- exit 2
