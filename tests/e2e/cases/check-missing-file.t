RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check nope.yaml check/recommended.yaml
--- stdout
PASS  check/recommended.yaml — Invoice extraction: fine_tune is the recommendation (confidence: high)

1 proposal checked: 1 passed, 0 failed; 1 file invalid (see the errors)
--- stderr
nope.yaml: error: cannot read 'nope.yaml': No such file or directory
  hint: give a profile file, a directory of profiles, a glob, or - for standard input
--- exit 2
