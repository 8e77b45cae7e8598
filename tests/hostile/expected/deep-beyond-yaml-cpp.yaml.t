$ ragft -q score deep-beyond-yaml-cpp.yaml
--- stdout
--- stderr
deep-beyond-yaml-cpp.yaml:1:42: error: nesting deeper than 64 levels
 1 | answers: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[...
   |                                          ^
--- exit 2
$ ragft -q --rules deep-beyond-yaml-cpp.yaml rules lint
--- stdout
--- stderr
deep-beyond-yaml-cpp.yaml:1:42: error: nesting deeper than 64 levels
 1 | answers: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[...
   |                                          ^
rules/default.yaml + rules/cost.yaml + deep-beyond-yaml-cpp.yaml: 1 error, 0 warnings
--- exit 2
