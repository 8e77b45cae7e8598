$ ragft -q score syntax-bad-escape.yaml
--- stdout
--- stderr
syntax-bad-escape.yaml:1:13: error: unknown escape '\q' in a double-quoted string
 1 | project: "C:\q\files"
   |             ^~
  hint: write '\\' for a backslash, or use single quotes, where backslashes have no special meaning
--- exit 2
$ ragft -q --rules syntax-bad-escape.yaml rules lint
--- stdout
--- stderr
syntax-bad-escape.yaml:1:13: error: unknown escape '\q' in a double-quoted string
 1 | project: "C:\q\files"
   |             ^~
  hint: write '\\' for a backslash, or use single quotes, where backslashes have no special meaning
rules/default.yaml + rules/cost.yaml + syntax-bad-escape.yaml: 1 error, 0 warnings
--- exit 2
