$ ragft -q score rules-valid-crlf-bom.yaml
--- stdout
--- stderr
rules-valid-crlf-bom.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-valid-crlf-bom.yaml:2:1: error: unknown key 'name'
 2 | name: hostile test layer
   | ^~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-valid-crlf-bom.yaml:3:1: error: unknown key 'criteria'
 3 | criteria:
   | ^~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
rules-valid-crlf-bom.yaml:8:1: error: unknown key 'rules'
 8 | rules:
   | ^~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules rules-valid-crlf-bom.yaml rules lint
--- stdout
--- stderr
--- exit 0
