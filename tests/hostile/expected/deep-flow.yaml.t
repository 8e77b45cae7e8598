$ ragft -q score deep-flow.yaml
--- stdout
--- stderr
deep-flow.yaml:1:73: error: nesting deeper than 64 levels
 1 | ...[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]...
   |                                                               ^
--- exit 2
$ ragft -q --rules deep-flow.yaml rules lint
--- stdout
--- stderr
deep-flow.yaml:1:73: error: nesting deeper than 64 levels
 1 | ...[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]...
   |                                                               ^
rules/default.yaml + rules/cost.yaml + deep-flow.yaml: 1 error, 0 warnings
--- exit 2
