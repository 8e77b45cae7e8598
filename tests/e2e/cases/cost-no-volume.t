ragft cost cost/no-volume.yaml
--- stdout
cost/no-volume.yaml  — Policy questions, volume unknown
  Recommendation: rag  (confidence: high)
  Cost in USD (calls_per_day is not answered: no monthly or total figures)
    option    model            one-off per day monthly per 1k calls 12-month total fix-up  latency
    prompt    frontier              $0       —       —        $3.05              —      — 1,200 ms
    rag       frontier          $5,000       —       —       $10.05              —      — 1,600 ms
    fine_tune fine_tuned_small $20,000       —       —        $0.22              —      —   300 ms
    hybrid    fine_tuned_small $25,000       —       —        $3.83              —      —   700 ms
  Break-even
    fine_tune is cheaper than prompt from ≈ 48,561 calls/day
    hybrid is cheaper than rag from ≈ 13,208 calls/day
  Notes
    - calls_per_day is not answered: monthly and total costs need a volume
    - fine_tune is retrained every month, as often as its data changes (knowledge_change), not every
      6 months (retrain_months)
    - labeled_examples is not answered: training runs are priced for 1,000 examples (seed 003's
      floor)
    - fix-up time is not counted: prompt_quality is not answered, so the prompt's failure rate is
      unknown
  Defaults: quality_target = 0.9, input_tokens = 100, output_tokens = 20, prompt_tokens = 1000,
    tuned_prompt_tokens = 100, retrieved_tokens = 2000, rag_rerank = yes, prompt_model = frontier,
    rag_model = frontier, fine_tune_model = fine_tuned_small, hybrid_model = fine_tuned_small,
    training_example_tokens = 500, training_epochs = 3, fine_tune_method = lora, retrain_months = 6,
    retrain_cost = 2000, prompt_build_cost = 0, rag_build_cost = 5000, fine_tune_build_cost = 20000,
    prompt_maintenance = 0, rag_maintenance = 500, fine_tune_maintenance = 500, hybrid_maintenance =
    1000, horizon_months = 12, fix_minutes = 2, hourly_rate = 50
  Not answered: prompt_quality, labeled_examples, calls_per_day, prompt_price_per_call,
    rag_price_per_call, fine_tune_price_per_call, hybrid_price_per_call, hybrid_build_cost
  Prices: frontier (gpt-5.4): $2.50 in, $15 out per 1M tokens; fine_tuned_small (gpt-4.1-mini
    (fine-tuned)): $0.80 in, $3.20 out, training $5 per 1M tokens; retrieval: embedding $0.02 per 1M
    tokens, rerank $0.002 per query, vector store $50 a month, +400 ms
  Checked 2026-11-21; every price's source: ragft rules dump rules/cost.yaml (or your --rules layer)
--- stderr
--- exit 0
