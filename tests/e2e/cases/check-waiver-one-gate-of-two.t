printf 'approach: fine_tune\nanswers:\n  problem: knowledge\n  knowledge_change: monthly\n  task_scope: broad\n  labeled_examples: 3000\n  eval_set: yes\n  calls_per_day: 5000\n  citations_required: yes\nwaivers:\n  - rule: facts-move-too-fast-to-train\n    reason: retrained monthly\n  - rule: teach-facts\n    reason: accepted\n' >two-gates.yaml && RAGFT_TODAY=2026-11-21 ragft check two-gates.yaml; echo "exit $?"
--- stdout
FAIL  two-gates.yaml: the rules recommend rag, not fine_tune (confidence: high, decided by knowledge-needs-retrieval)
two-gates.yaml:1:11: info: waived error: fine_tune is ruled out: The facts change monthly. Weights trained on them keep the old answer until the next training run, so they must come from retrieval at answer time.
 1 | approach: fine_tune
   |           ^~~~~~~~~
  rule: facts-move-too-fast-to-train — source: seed 001 (KnowMBA), 'The Trap' (an updated policy keeps its old answer until you retrain); seed 002 (practitioner's framework), 'My Fine-Tuning vs RAG Decision Framework', question 2 (monthly or more often: RAG)
  waived: retrained monthly
two-gates.yaml:9:23: error: fine_tune is ruled out: Every answer must be traced to its source document. Retrieval can show the passage it used; a fine-tuned model can only point at its weights, which no auditor accepts as a source.
 9 |   citations_required: yes
   |                       ^~~
  rule: answers-must-cite-sources — source: seed 000 (Tech10), 'Waste case two: "we need fine-tuning for our industry"' (provenance of a fine-tuned answer is the weights)
two-gates.yaml:3:12: info: waived error: Training on documents does not store their facts: the tuned model learns how your answers sound and then states wrong facts more confidently.
 3 |   problem: knowledge
   |            ^~~~~~~~~
  rule: teach-facts — source: seed 000 (Tech10), 'Waste case one: teaching the model new facts'; seed 001 (KnowMBA), 'The Trap' and tier 'Avoid'
  waived: accepted

1 proposal checked: 0 passed, 1 failed
exit 1
--- stderr
--- exit 0
