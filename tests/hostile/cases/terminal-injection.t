f=$'esc\e]0;pwned\a\e[2J.yaml' && printf 'project: "title \\e]0;pwned\\a and clear \\e[2J\\e[H and \\x9b31m c1"\nanswers:\n  problem: knowledge\n  knowledge_change: daily\n' >"$f" && printf 'ragft-rules: 1\noptions:\n  - {id: rag, label: "Retrieval \\e]0;x\\a\\e[2J"}\n' >label.yaml && for fmt in text csv markdown jsonl; do ragft --format $fmt score "$f"; done; ragft -q score "$f"; ragft --rules label.yaml score "$f" | head -3; ragft --rules label.yaml rules show | grep '^  rag '; ragft check "$f" | head -2; ragft cost "$f" | head -1; printf 'cases:\n  - name: "test \\e]0;t\\a\\e[2J name"\n    answers: {problem: knowledge, knowledge_change: daily}\n    expect: {recommendation: rag}\n' >t.yaml && ragft rules test t.yaml
--- stdout
esc?]0;pwned??[2J.yaml  — title ?]0;pwned? and clear ?[2J?[H and ?31m c1
  Recommendation: rag  Retrieval-augmented generation  (confidence: high, decided by
    knowledge-needs-retrieval)
  Why
    [decide rag] The model lacks facts. Retrieval hands it the right document at answer time, picks
      up every update as soon as the document changes, and can show where each answer came from.
      source: seed 001 (KnowMBA), decision rule 'Knowledge -> RAG'; seed 003 ('RAG wins 9 times out
        of 10'), Q1; seed 000 (Tech10), step 1 and 'Waste case one'; seed 002 (practitioner's
        framework), 'When RAG Fails' · rule knowledge-needs-retrieval
  Traps if you choose otherwise
    fine_tune error: Training on documents does not store their facts: the tuned model learns how
      your answers sound and then states wrong facts more confidently. [teach-facts]
  Excluded
    fine_tune: The facts change daily. Weights trained on them keep the old answer until the next
      training run, so they must come from retrieval at answer time. [facts-move-too-fast-to-train]
    hybrid: The problem is knowledge only. A hybrid pays for a retrieval pipeline and a training
      cycle, which only two separate problems, one of facts and one of behavior, justify.
      [hybrid-needs-two-problems]
  Next steps
    - Index the documents and measure retrieval on real user questions before tuning anything else:
      chunking and query-document mismatch cause more failures than the model.
  Assumed (defaults): quality_target = 0.9, privacy = none
  Not answered: task_scope, prompt_quality, labeled_examples, eval_set, calls_per_day,
    latency_budget_ms, citations_required
  Cost per 1,000 calls: prompt $3.05 · rag $10.05 · fine_tune $0.22 · hybrid $3.83 (answer
    calls_per_day for totals); fine_tune is cheaper than prompt from ≈ 735,575 calls/day (details:
    ragft cost)
  What would change the answer
    problem = 'behavior' → prompt  (--set problem=behavior)
    privacy = 'no_persistent_index' → none  (--set privacy=no_persistent_index)
file,document,project,recommendation,confidence,decided_by,score_prompt,score_rag,score_fine_tune,score_hybrid,excluded,errors,warnings,confidence_reason
esc?]0;pwned??[2J.yaml,0,title ?]0;pwned? and clear ?[2J?[H and ?31m c1,rag,high,knowledge-needs-retrieval,0,0,0,0,fine_tune;hybrid,0,0,
| File | Project | Recommendation | Confidence | prompt | rag | fine_tune | hybrid | Warnings |
|---|---|---|---|---:|---:|---:|---:|---|
| esc?]0;pwned??[2J.yaml | title ?]0;pwned? and clear ?[2J?[H and ?31m c1 | **rag** | high | 0 | 0 | 0 | 0 |  |
{"schema":"ragft/result/v1","file":"esc\u001b]0;pwned\u0007\u001b[2J.yaml","document":0,"project":"title \u001b]0;pwned\u0007 and clear \u001b[2J\u001b[H and 31m c1","recommendation":"rag","confidence":"high","confidence_reason":"","decided_by":"knowledge-needs-retrieval","scores":{"prompt":0,"rag":0,"fine_tune":0,"hybrid":0},"excluded":[{"option":"fine_tune","rule":"facts-move-too-fast-to-train","reason":"The facts change daily. Weights trained on them keep the old answer until the next training run, so they must come from retrieval at answer time."},{"option":"hybrid","rule":"hybrid-needs-two-problems","reason":"The problem is knowledge only. A hybrid pays for a retrieval pipeline and a training cycle, which only two separate problems, one of facts and one of behavior, justify."}],"reasons":[{"rule":"facts-move-too-fast-to-train","effect":"exclude fine_tune","text":"The facts change daily. Weights trained on them keep the old answer until the next training run, so they must come from retrieval at answer time.","source":"seed 001 (KnowMBA), 'The Trap' (an updated policy keeps its old answer until you retrain); seed 002 (practitioner's framework), 'My Fine-Tuning vs RAG Decision Framework', question 2 (monthly or more often: RAG)"},{"rule":"hybrid-needs-two-problems","effect":"exclude hybrid","text":"The problem is knowledge only. A hybrid pays for a retrieval pipeline and a training cycle, which only two separate problems, one of facts and one of behavior, justify.","source":"seed 002 (practitioner's framework), 'The Hybrid Case' (two distinct problems, or cost without payoff)"},{"rule":"knowledge-needs-retrieval","effect":"decide rag","text":"The model lacks facts. Retrieval hands it the right document at answer time, picks up every update as soon as the document changes, and can show where each answer came from.","source":"seed 001 (KnowMBA), decision rule 'Knowledge -> RAG'; seed 003 ('RAG wins 9 times out of 10'), Q1; seed 000 (Tech10), step 1 and 'Waste case one'; seed 002 (practitioner's framework), 'When RAG Fails'"}],"warnings":[{"rule":"teach-facts","severity":"error","text":"Training on documents does not store their facts: the tuned model learns how your answers sound and then states wrong facts more confidently.","source":"seed 000 (Tech10), 'Waste case one: teaching the model new facts'; seed 001 (KnowMBA), 'The Trap' and tier 'Avoid'","about":["fine_tune"]}],"assumed":[{"criterion":"task_scope","value":null},{"criterion":"prompt_quality","value":null},{"criterion":"quality_target","value":0.9},{"criterion":"labeled_examples","value":null},{"criterion":"eval_set","value":null},{"criterion":"calls_per_day","value":null},{"criterion":"latency_budget_ms","value":null},{"criterion":"privacy","value":"none"},{"criterion":"citations_required","value":null},{"criterion":"input_tokens","value":100},{"criterion":"output_tokens","value":20},{"criterion":"prompt_tokens","value":1000},{"criterion":"tuned_prompt_tokens","value":100},{"criterion":"retrieved_tokens","value":2000},{"criterion":"rag_rerank","value":true},{"criterion":"prompt_model","value":"frontier"},{"criterion":"rag_model","value":"frontier"},{"criterion":"fine_tune_model","value":"fine_tuned_small"},{"criterion":"hybrid_model","value":"fine_tuned_small"},{"criterion":"prompt_price_per_call","value":null},{"criterion":"rag_price_per_call","value":null},{"criterion":"fine_tune_price_per_call","value":null},{"criterion":"hybrid_price_per_call","value":null},{"criterion":"training_example_tokens","value":500},{"criterion":"training_epochs","value":3},{"criterion":"fine_tune_method","value":"lora"},{"criterion":"retrain_months","value":6},{"criterion":"retrain_cost","value":2000},{"criterion":"prompt_build_cost","value":0},{"criterion":"rag_build_cost","value":5000},{"criterion":"fine_tune_build_cost","value":20000},{"criterion":"hybrid_build_cost","value":null},{"criterion":"prompt_maintenance","value":0},{"criterion":"rag_maintenance","value":500},{"criterion":"fine_tune_maintenance","value":500},{"criterion":"hybrid_maintenance","value":1000},{"criterion":"horizon_months","value":12},{"criterion":"fix_minutes","value":2},{"criterion":"hourly_rate","value":50}],"would_change":[{"criterion":"problem","condition":"= 'behavior'","value":"behavior","recommendation":"prompt"},{"criterion":"privacy","condition":"= 'no_persistent_index'","value":"no_persistent_index","recommendation":"none"}],"next_steps":[{"text":"Index the documents and measure retrieval on real user questions before tuning anything else: chunking and query-document mismatch cause more failures than the model.","criterion":null,"target":null,"unlocks":null,"rule":"knowledge-needs-retrieval","source":"seed 001 (KnowMBA), decision rule 'Knowledge -> RAG'; seed 003 ('RAG wins 9 times out of 10'), Q1; seed 000 (Tech10), step 1 and 'Waste case one'; seed 002 (practitioner's framework), 'When RAG Fails'"}],"cost":{"horizon_months":12,"calls_per_day":null,"currency":"USD","options":{"prompt":{"one_off":0,"monthly":null,"per_1k_calls":3.05,"total":null,"model":"frontier","per_day":null,"fixup_hours_per_day":null,"fixup_monthly":null,"latency_ms":1200,"model_hours_per_day":null},"rag":{"one_off":5000,"monthly":null,"per_1k_calls":10.05,"total":null,"model":"frontier","per_day":null,"fixup_hours_per_day":null,"fixup_monthly":null,"latency_ms":1600,"model_hours_per_day":null},"fine_tune":{"one_off":20000,"monthly":null,"per_1k_calls":0.22,"total":null,"model":"fine_tuned_small","per_day":null,"training_run":2007.5,"fixup_hours_per_day":null,"fixup_monthly":null,"latency_ms":300,"model_hours_per_day":null},"hybrid":{"one_off":25000,"monthly":null,"per_1k_calls":3.83,"total":null,"model":"fine_tuned_small","per_day":null,"training_run":2007.5,"fixup_hours_per_day":null,"fixup_monthly":null,"latency_ms":700,"model_hours_per_day":null}},"cheapest":null,"break_even":{"fine_tune":{"versus":"prompt","calls_per_day":735575,"payback_month":null},"hybrid":{"versus":"rag","calls_per_day":13208,"payback_month":null}},"notes":["calls_per_day is not answered: monthly and total costs need a volume","fine_tune is retrained every 1 day, as often as its data changes (knowledge_change), not every 6 months (retrain_months)","labeled_examples is not answered: training runs are priced for 1,000 examples (seed 003's floor)","fix-up time is not counted: prompt_quality is not answered, so the prompt's failure rate is unknown"]}}
esc?]0;pwned??[2J.yaml: rag (high)
esc?]0;pwned??[2J.yaml  — title ?]0;pwned? and clear ?[2J?[H and ?31m c1
  Recommendation: rag  Retrieval ?]0;x??[2J  (confidence: high, decided by
    knowledge-needs-retrieval)
  rag          Retrieval ?]0;x??[2J

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
esc?]0;pwned??[2J.yaml  — title ?]0;pwned? and clear ?[2J?[H and ?31m c1
PASS  test ?]0;t??[2J name
1 passed, 0 failed
--- stderr
esc?]0;pwned??[2J.yaml:1:1: error: a proposal needs 'approach:', the option the team intends to build
 1 | project: "title \e]0;pwned\a and clear \e[2J\e[H and \x9b31m c1"
   | ^
  hint: add 'approach: <option>' with one of: prompt, rag, fine_tune, hybrid
--- exit 0
