awk 'BEGIN { for (i = 0; i < 20000; i++) printf "approach: rag\nanswers: {problem: knowledge, knowledge_change: monthly, task_scope: broad, labeled_examples: 0, eval_set: no, calls_per_day: 1000, citations_required: yes}\n---\n" }' > many.yaml; ragft check many.yaml | tail -1; echo "exit ${PIPESTATUS[0]}"
--- stdout
0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
exit 2
--- stderr
many.yaml: error: file is larger than 1048576 bytes
--- exit 0
