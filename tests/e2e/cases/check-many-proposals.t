awk 'BEGIN { for (i = 0; i < 20000; i++) printf "approach: rag\nanswers:\n  problem: knowledge\n---\n" }' > many.yaml; ragft check many.yaml | tail -1; echo "exit ${PIPESTATUS[0]}"
--- stdout
20000 proposals checked: 20000 passed, 0 failed
exit 0
--- stderr
--- exit 0
