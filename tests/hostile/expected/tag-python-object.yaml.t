$ ragft -q score tag-python-object.yaml
--- stdout
--- stderr
tag-python-object.yaml:1:10: error: custom tags ('!!python/object/apply:os.system') are not supported
 1 | answers: !!python/object/apply:os.system ['true']
   |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
--- exit 2
$ ragft -q --rules tag-python-object.yaml rules lint
--- stdout
--- stderr
tag-python-object.yaml:1:10: error: custom tags ('!!python/object/apply:os.system') are not supported
 1 | answers: !!python/object/apply:os.system ['true']
   |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove the tag; ragft reads plain YAML values only
rules/default.yaml + rules/cost.yaml + tag-python-object.yaml: 1 error, 0 warnings
--- exit 2
