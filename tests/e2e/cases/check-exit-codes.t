RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/recommended.yaml check/close.yaml > /dev/null; echo "all pass: $?"
RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/recommended.yaml check/behind.yaml > /dev/null; echo "one fails: $?"
RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check check/behind.yaml adr/bad-not-a-map.md > /dev/null 2>&1; echo "fails and invalid: $?"
RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check adr/README.md adr/0005-superseded.md > /dev/null 2>&1; echo "only skipped: $?"
RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --allow-empty adr/README.md adr/0005-superseded.md > /dev/null; echo "only skipped, --allow-empty: $?"
RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --strict check/untried.yaml > /dev/null; echo "strict warning: $?"
--- stdout
all pass: 0
one fails: 1
fails and invalid: 2
only skipped: 2
only skipped, --allow-empty: 0
strict warning: 1
--- stderr
--- exit 0
