$ ragft -q score lone-cr.yaml
--- stdout
--- stderr
lone-cr.yaml:1:9: error: lone carriage return (\r) used as a line end
 1 | answers:
   |         ^
  hint: save the file with \n or \r\n line endings
--- exit 2
$ ragft -q --rules lone-cr.yaml rules lint
--- stdout
--- stderr
lone-cr.yaml:1:9: error: lone carriage return (\r) used as a line end
 1 | answers:
   |         ^
  hint: save the file with \n or \r\n line endings
rules/default.yaml + rules/cost.yaml + lone-cr.yaml: 1 error, 0 warnings
--- exit 2
