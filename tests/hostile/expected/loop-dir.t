$ ragft -q score loop-dir
--- stdout
loop-dir/p.yaml: rag (high)
--- stderr
--- exit 0
$ ragft -q --rules loop-dir rules lint
--- stdout
--- stderr
loop-dir: error: 'loop-dir' is a directory
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
