$ ragft -q score overlong-utf8.yaml
--- stdout
--- stderr
overlong-utf8.yaml:1:10: error: text is not valid UTF-8 (byte 0xC0)
 1 | project: ��etc
   |          ^
  hint: save the file as UTF-8
--- exit 2
$ ragft -q --rules overlong-utf8.yaml rules lint
--- stdout
--- stderr
overlong-utf8.yaml:1:10: error: text is not valid UTF-8 (byte 0xC0)
 1 | project: ��etc
   |          ^
  hint: save the file as UTF-8
rules/default.yaml + rules/cost.yaml + overlong-utf8.yaml: 1 error, 0 warnings
--- exit 2
