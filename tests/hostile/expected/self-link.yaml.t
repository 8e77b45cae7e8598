$ ragft -q score self-link.yaml
--- stdout
--- stderr
self-link.yaml: error: cannot read 'self-link.yaml': No such file or directory
  hint: give a profile file, a directory of profiles, a glob, or - for standard input
--- exit 2
$ ragft -q --rules self-link.yaml rules lint
--- stdout
--- stderr
self-link.yaml: error: cannot read 'self-link.yaml': Too many levels of symbolic links
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
