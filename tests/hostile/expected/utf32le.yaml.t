$ ragft -q score utf32le.yaml
--- stdout
--- stderr
utf32le.yaml: error: text is UTF-16 (or UTF-32); save it as UTF-8
--- exit 2
$ ragft -q --rules utf32le.yaml rules lint
--- stdout
--- stderr
utf32le.yaml: error: text is UTF-16 (or UTF-32); save it as UTF-8
rules/default.yaml + rules/cost.yaml + utf32le.yaml: 1 error, 0 warnings
--- exit 2
