$ ragft -q score dev-zero.yaml
--- stdout
--- stderr
dev-zero.yaml: error: 'dev-zero.yaml' is a symbolic link to a file outside the current directory; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
--- exit 2
$ ragft -q --rules dev-zero.yaml rules lint
--- stdout
--- stderr
dev-zero.yaml: error: 'dev-zero.yaml' is a symbolic link to a file outside the current directory; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
