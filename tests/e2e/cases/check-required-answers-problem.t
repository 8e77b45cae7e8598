sed "/^    problem: knowledge/d" examples/adr/0002-retrieval-for-policy-answers.md > no-problem.md; RAGFT_TODAY=2026-11-21 ragft check no-problem.md; echo "exit $?"; RAGFT_TODAY=2026-11-21 ragft check no-problem.md --set problem=knowledge | head -1
--- stdout
FAIL  no-problem.md — Support bot: cannot be judged: it leaves out 1 answer the rules need (problem); the rules would recommend rag
no-problem.md:10:3: error: 'problem' is not answered, and the rules need it to judge the approach: What is wrong with the model's answers today? (one of: knowledge, behavior, both)
 10 |   answers:
    |   ^~~~~~~
  rule: ragft/missing-answer

1 proposal checked: 0 passed, 1 failed
exit 1
PASS  no-problem.md — Support bot: rag is the recommendation (confidence: high)
--- stderr
--- exit 0
