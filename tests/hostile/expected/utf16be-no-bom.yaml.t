$ ragft -q score utf16be-no-bom.yaml
--- stdout
--- stderr
utf16be-no-bom.yaml: error: text is UTF-16 (or UTF-32); save it as UTF-8
--- exit 2
$ ragft -q --rules utf16be-no-bom.yaml rules lint
--- stdout
--- stderr
utf16be-no-bom.yaml: error: text is UTF-16 (or UTF-32); save it as UTF-8
rules/default.yaml + rules/cost.yaml + utf16be-no-bom.yaml: 1 error, 0 warnings
--- exit 2
