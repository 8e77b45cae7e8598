$ ragft -q score utf8-surrogate.yaml
--- stdout
--- stderr
utf8-surrogate.yaml:1:10: error: text is not valid UTF-8 (byte 0xED)
 1 | project: ���
   |          ^
  hint: save the file as UTF-8
--- exit 2
$ ragft -q --rules utf8-surrogate.yaml rules lint
--- stdout
--- stderr
utf8-surrogate.yaml:1:10: error: text is not valid UTF-8 (byte 0xED)
 1 | project: ���
   |          ^
  hint: save the file as UTF-8
rules/default.yaml + rules/cost.yaml + utf8-surrogate.yaml: 1 error, 0 warnings
--- exit 2
