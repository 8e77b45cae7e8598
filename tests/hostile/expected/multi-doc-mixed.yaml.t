$ ragft -q score multi-doc-mixed.yaml
--- stdout
multi-doc-mixed.yaml: prompt (high)
multi-doc-mixed.yaml#3: prompt (high)
--- stderr
multi-doc-mixed.yaml:9:12: error: 'nonsense' is not a value of 'problem'
 9 |   problem: nonsense
   |            ^~~~~~~~
  hint: expected one of: knowledge, behavior, both
--- exit 2
$ ragft -q --rules multi-doc-mixed.yaml rules lint
--- stdout
--- stderr
multi-doc-mixed.yaml:8:1: error: a rule file holds one YAML document
 8 | answers:
   | ^
  hint: remove the '---' separator
rules/default.yaml + rules/cost.yaml + multi-doc-mixed.yaml: 1 error, 0 warnings
--- exit 2
