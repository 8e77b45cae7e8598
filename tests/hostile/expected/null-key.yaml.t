$ ragft -q score null-key.yaml
--- stdout
--- stderr
null-key.yaml:2:3: error: null map keys are not supported
 2 |   ~: knowledge
   |   ^
  hint: write a key before ':', or quote it ('null') if it is meant as text
--- exit 2
$ ragft -q --rules null-key.yaml rules lint
--- stdout
--- stderr
null-key.yaml:2:3: error: null map keys are not supported
 2 |   ~: knowledge
   |   ^
  hint: write a key before ':', or quote it ('null') if it is meant as text
rules/default.yaml + rules/cost.yaml + null-key.yaml: 1 error, 0 warnings
--- exit 2
