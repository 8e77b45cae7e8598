ragft score profiles/two-docs.yml && ragft score -q profiles/two-docs.yml && ragft score --format markdown profiles/two-docs.yml && ragft explain profiles/two-docs.yml | grep "^profiles"
--- stdout
profiles/two-docs.yml  — Support tone
  Recommendation: prompt  Prompt engineering  (confidence: medium)
  Confidence is medium: not answered: knowledge_change, task_scope, labeled_examples, calls_per_day
  Why
    The facts are not the problem, so retrieval adds nothing, and training is not yet justified: a
      careful prompt comes first. [behavior-prompt-first]
    fine_tune is held back: Nobody has measured what a careful prompt reaches, and most requests for
      fine-tuning end once someone does. [prompt-not-measured]
  Next steps
    - Write the strongest prompt you can (a few hundred words on the behavior, the patterns to
      avoid, two or three worked examples), score it blind on 20 or more cases, and compare it with
      the 0.9 target. [unlocks fine_tune: prompt_quality < 0.9 (measured)]
    - Build a blind evaluation set of at least 50 varied scenarios, held out from training and
      scored by people who do not know which system wrote each answer. [unlocks fine_tune: eval_set
      = yes]
    - Count the clean, consistent input-output pairs you could train on today: about 300 for
      refusals, 500 for a format, a narrow task or domain terms, 1,000 for tone or style or for
      facts, 5,000 for an open-ended procedure. [unlocks fine_tune: labeled_examples >= 300-5,000 by
      kind]
  What would change the answer
    problem = 'knowledge' → rag  (--set problem=knowledge)
  Also ruled out: hybrid [hybrid-needs-two-problems]
  Not answered: knowledge_change, task_scope, prompt_quality, labeled_examples, calls_per_day,
    latency_budget_ms, citations_required
  Cost per 1,000 calls: prompt $3.05; the cheapest is fine_tune at $0.22 (details: ragft cost)
  Sources: --verbose; every rule and what-if: ragft explain profiles/two-docs.yml

profiles/two-docs.yml#2  — Product docs bot
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  Why
    The model lacks facts. Retrieval hands it the right document at answer time, picks up every
      update as soon as the document changes, and can show where each answer came from.
      [knowledge-needs-retrieval]
  Next steps
    - Index the documents and measure retrieval on real user questions before tuning anything else:
      chunking and query-document mismatch cause more failures than the model.
  What would change the answer
    problem = 'behavior' → prompt  (--set problem=behavior)
    privacy = 'no_persistent_index' → none  (--set privacy=no_persistent_index)
  Also ruled out: fine_tune [facts-move-too-fast-to-train]; hybrid [hybrid-needs-two-problems]
  Not answered: task_scope, prompt_quality, labeled_examples, eval_set, calls_per_day,
    latency_budget_ms, citations_required
  Cost per 1,000 calls: rag $10.05; the cheapest is fine_tune at $0.22 (details: ragft cost)
  Sources: --verbose; every rule and what-if: ragft explain profiles/two-docs.yml

2 profiles scored: prompt 1, rag 1
profiles/two-docs.yml: prompt (medium)
profiles/two-docs.yml#2: rag (high)
| File | Project | Recommendation | Confidence | prompt | rag | fine_tune | hybrid | Excluded | Warnings |
|---|---|---|---|---:|---:|---:|---:|---|---|
| profiles/two-docs.yml | Support tone | **prompt** | medium (not answered: knowledge_change, task_scope, labeled_examples, calls_per_day) | 0 | 0 | 0 | 0 | hybrid, fine_tune |  |
| profiles/two-docs.yml#2 | Product docs bot | **rag** | high | 0 | 0 | 0 | 0 | fine_tune, hybrid |  |
profiles/two-docs.yml  — Support tone
profiles/two-docs.yml#2  — Product docs bot
--- stderr
--- exit 0
