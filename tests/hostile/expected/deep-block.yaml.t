$ ragft -q score deep-block.yaml
--- stdout
--- stderr
deep-block.yaml:65:129: error: nesting deeper than 64 levels
 65 | ...                                                           k64:
    |                                                               ^
--- exit 2
$ ragft -q --rules deep-block.yaml rules lint
--- stdout
--- stderr
deep-block.yaml:65:129: error: nesting deeper than 64 levels
 65 | ...                                                           k64:
    |                                                               ^
rules/default.yaml + rules/cost.yaml + deep-block.yaml: 1 error, 0 warnings
--- exit 2
