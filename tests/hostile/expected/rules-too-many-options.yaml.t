$ ragft -q score rules-too-many-options.yaml
--- stdout
--- stderr
rules-too-many-options.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-too-many-options.yaml:2:1: error: unknown key 'options'
 2 | options:
   | ^~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-too-many-options.yaml rules lint
--- stdout
--- stderr
rules-too-many-options.yaml:63:10: error: too many options (the limit is 64)
 63 |   - {id: option_60, label: Option 60}
    |          ^~~~~~~~~
rules-too-many-options.yaml:64:10: error: too many options (the limit is 64)
 64 |   - {id: option_61, label: Option 61}
    |          ^~~~~~~~~
rules-too-many-options.yaml:65:10: error: too many options (the limit is 64)
 65 |   - {id: option_62, label: Option 62}
    |          ^~~~~~~~~
rules-too-many-options.yaml:66:10: error: too many options (the limit is 64)
 66 |   - {id: option_63, label: Option 63}
    |          ^~~~~~~~~
rules/default.yaml + rules/cost.yaml + rules-too-many-options.yaml: 4 errors, 0 warnings
--- exit 2
