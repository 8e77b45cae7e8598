$ ragft -q score tag-verbatim.yaml
--- stdout
--- stderr
tag-verbatim.yaml:2:12: error: custom tags ('!<tag:example.com,2000:x>') are not supported
 2 |   problem: !<tag:example.com,2000:x> knowledge
   |            ^~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
--- exit 2
$ ragft -q --rules tag-verbatim.yaml rules lint
--- stdout
--- stderr
tag-verbatim.yaml:2:12: error: custom tags ('!<tag:example.com,2000:x>') are not supported
 2 |   problem: !<tag:example.com,2000:x> knowledge
   |            ^~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
rules/default.yaml + rules/cost.yaml + tag-verbatim.yaml: 1 error, 0 warnings
--- exit 2
