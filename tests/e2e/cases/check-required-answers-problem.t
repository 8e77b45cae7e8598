sed "/^    problem: knowledge/d" examples/adr/0002-retrieval-for-policy-answers.md > no-problem.md; RAGFT_TODAY=2026-11-21 ragft check no-problem.md; echo "exit $?"; RAGFT_TODAY=2026-11-21 ragft check no-problem.md --set problem=knowledge | head -1
--- stdout
FAIL  no-problem.md — Support bot: cannot be judged: it leaves out 1 answer the rules need (problem); the rules would recommend prompt
no-problem.md:10:3: error: 'problem' is not answered, and the rules need it to judge the approach: What is wrong with the model's answers today? (one of: knowledge, behavior, both)
 10 |   answers:
    |   ^~~~~~~
  rule: ragft/missing-answer
no-problem.md:9:13: error: this rule decides prompt, not rag: Without knowing whether facts or behavior are wrong, the cheapest reversible start is a careful prompt.
 9 |   approach: rag
   |             ^~~
  rule: problem-not-stated — source: seed 002 (practitioner's framework), 'My Fine-Tuning vs RAG Decision Framework', question 1 (most of the time the first question settles it); seed 001 (KnowMBA), 'In Practice' (prompting, then RAG, then fine-tuning)

1 proposal checked: 0 passed, 1 failed
exit 1
PASS  no-problem.md — Support bot: rag is the recommendation (confidence: high)
--- stderr
--- exit 0
