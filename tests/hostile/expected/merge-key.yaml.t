$ ragft -q score merge-key.yaml
--- stdout
--- stderr
merge-key.yaml:4:3: error: merge keys ('<<') are not supported
 4 |   <<: *base
   |   ^~
  hint: write the keys out in this map instead of merging them from an anchor
--- exit 2
$ ragft -q --rules merge-key.yaml rules lint
--- stdout
--- stderr
merge-key.yaml:4:3: error: merge keys ('<<') are not supported
 4 |   <<: *base
   |   ^~
  hint: write the keys out in this map instead of merging them from an anchor
rules/default.yaml + rules/cost.yaml + merge-key.yaml: 1 error, 0 warnings
--- exit 2
