mkdir -p tree/locked && cp adr/0001-retrieval.md tree/ && cp check/behind.yaml tree/locked/ && chmod 000 tree/locked && cp check/recommended.yaml secret.yaml && chmod 000 secret.yaml; as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env RAGFT_TODAY=2026-11-21 "$@"; }; as_nobody ragft --no-default-rules --rules layers/check.yaml check tree/; echo "exit $?"; as_nobody ragft --no-default-rules --rules layers/check.yaml check secret.yaml; echo "exit $?"; as_nobody ragft --no-default-rules --rules layers/check.yaml score tree/ -q; echo "score exit $?"
--- stdout
PASS  tree/0001-retrieval.md — Policy answers: rag is the recommendation (confidence: high)

1 proposal checked: 1 passed, 0 failed; 1 file invalid (see the errors)
exit 2

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
exit 2
tree/0001-retrieval.md: rag (high)
score exit 2
--- stderr
tree/locked: error: cannot read directory 'tree/locked': Permission denied
  hint: a proposal or profile in it would go unchecked; make it readable, or leave it out of 'tree/'
secret.yaml: error: cannot read 'secret.yaml': Permission denied
  hint: make it readable by the user ragft runs as, or leave it out
tree/locked: error: cannot read directory 'tree/locked': Permission denied
  hint: a proposal or profile in it would go unchecked; make it readable, or leave it out of 'tree/'
--- exit 0
