$ ragft -q score deep-unclosed-maps.yaml
--- stdout
--- stderr
deep-unclosed-maps.yaml:1:262: error: nesting deeper than 64 levels
 1 | ...a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {...
   |                                                               ^
--- exit 2
$ ragft -q --rules deep-unclosed-maps.yaml rules lint
--- stdout
--- stderr
deep-unclosed-maps.yaml:1:262: error: nesting deeper than 64 levels
 1 | ...a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {a: {...
   |                                                               ^
rules/default.yaml + rules/cost.yaml + deep-unclosed-maps.yaml: 1 error, 0 warnings
--- exit 2
