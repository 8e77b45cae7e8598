$ ragft -q score syntax-text-after-document.yaml
--- stdout
--- stderr
syntax-text-after-document.yaml:1:1: error: a profile must be a map, not a list
 1 | - a
   | ^
  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')
syntax-text-after-document.yaml:2:1: error: unexpected text after the end of the document
 2 | b: 1
   | ^
  hint: check the indentation of this line; a second document must start with '---'
--- exit 2
$ ragft -q --rules syntax-text-after-document.yaml rules lint
--- stdout
--- stderr
syntax-text-after-document.yaml:2:1: error: unexpected text after the end of the document
 2 | b: 1
   | ^
  hint: check the indentation of this line; a second document must start with '---'
rules/default.yaml + rules/cost.yaml + syntax-text-after-document.yaml: 1 error, 0 warnings
--- exit 2
