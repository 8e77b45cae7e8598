$ ragft -q score invalid-utf8.yaml
--- stdout
--- stderr
invalid-utf8.yaml:1:13: error: text is not valid UTF-8 (byte 0xE9)
 1 | project: caf�
   |             ^
  hint: save the file as UTF-8
--- exit 2
$ ragft -q --rules invalid-utf8.yaml rules lint
--- stdout
--- stderr
invalid-utf8.yaml:1:13: error: text is not valid UTF-8 (byte 0xE9)
 1 | project: caf�
   |             ^
  hint: save the file as UTF-8
rules/default.yaml + rules/cost.yaml + invalid-utf8.yaml: 1 error, 0 warnings
--- exit 2
