$ ragft -q score rules-ask-when-itself.yaml
--- stdout
--- stderr
rules-ask-when-itself.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-ask-when-itself.yaml:2:1: error: unknown key 'criteria'
 2 | criteria:
   | ^~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-ask-when-itself.yaml rules lint
--- stdout
--- stderr
--- exit 0
