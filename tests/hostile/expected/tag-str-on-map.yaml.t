$ ragft -q score tag-str-on-map.yaml
--- stdout
--- stderr
tag-str-on-map.yaml:1:10: error: tag '!!str' cannot be used on a map
 1 | answers: !!str
   |          ^~~~~
--- exit 2
$ ragft -q --rules tag-str-on-map.yaml rules lint
--- stdout
--- stderr
tag-str-on-map.yaml:1:10: error: tag '!!str' cannot be used on a map
 1 | answers: !!str
   |          ^~~~~
rules/default.yaml + rules/cost.yaml + tag-str-on-map.yaml: 1 error, 0 warnings
--- exit 2
