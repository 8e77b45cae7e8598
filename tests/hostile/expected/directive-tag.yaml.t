$ ragft -q score directive-tag.yaml
--- stdout
--- stderr
directive-tag.yaml:3:10: error: custom tags ('!<tag:example.com,2000:x>') are not supported
 3 | answers: !e!x {}
   |          ^~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
--- exit 2
$ ragft -q --rules directive-tag.yaml rules lint
--- stdout
--- stderr
directive-tag.yaml:3:10: error: custom tags ('!<tag:example.com,2000:x>') are not supported
 3 | answers: !e!x {}
   |          ^~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
rules/default.yaml + rules/cost.yaml + directive-tag.yaml: 1 error, 0 warnings
--- exit 2
