$ ragft -q score deep-dir
--- stdout
deep-dir/top.yaml: rag (high)
--- stderr
deep-dir/d1/d2/d3/d4/d5/d6/d7/d8/d9/d10/d11/d12/d13/d14/d15/d16/d17/d18/d19/d20/d21/d22/d23/d24/d25/d26/d27/d28/d29/d30/d31/d32/d33: error: directory not read: it is more than 32 levels below 'deep-dir'
  hint: give that directory as an argument of its own
--- exit 2
$ ragft -q --rules deep-dir rules lint
--- stdout
--- stderr
deep-dir: error: 'deep-dir' is a directory
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
--- exit 2
