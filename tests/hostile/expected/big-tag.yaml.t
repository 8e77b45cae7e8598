$ ragft -q score big-tag.yaml
--- stdout
--- stderr
big-tag.yaml:1:10: error: custom tags ('!yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...' (500001 bytes)) are not supported
 1 | project: !yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...
   |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
--- exit 2
$ ragft -q --rules big-tag.yaml rules lint
--- stdout
--- stderr
big-tag.yaml:1:10: error: custom tags ('!yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...' (500001 bytes)) are not supported
 1 | project: !yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy...
   |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
rules/default.yaml + rules/cost.yaml + big-tag.yaml: 1 error, 0 warnings
--- exit 2
