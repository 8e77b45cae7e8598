$ ragft -q score tag-custom.yaml
--- stdout
--- stderr
tag-custom.yaml:1:10: error: custom tags ('!secret') are not supported
 1 | answers: !secret
   |          ^~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
--- exit 2
$ ragft -q --rules tag-custom.yaml rules lint
--- stdout
--- stderr
tag-custom.yaml:1:10: error: custom tags ('!secret') are not supported
 1 | answers: !secret
   |          ^~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
rules/default.yaml + rules/cost.yaml + tag-custom.yaml: 1 error, 0 warnings
--- exit 2
