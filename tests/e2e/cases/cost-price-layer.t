ragft --rules cost/prices.yaml cost cost/manifests.yaml --format csv
ragft --rules cost/prices.yaml cost cost/manifests.yaml | tail -n 5
--- stdout
file,document,project,option,model,one_off,per_day,monthly,per_1k_calls,total,fixup_hours_per_day,latency_ms,break_even_calls_per_day,payback_month
cost/manifests.yaml,0,Shipping manifests to JSON,prompt,frontier,0,96,39420,32.4,473040,40,1200,,
cost/manifests.yaml,0,Shipping manifests to JSON,rag,frontier,5000,256.08,44839.1,36.4,543069.2,40,1600,,
cost/manifests.yaml,0,Shipping manifests to JSON,fine_tune,fine_tuned_small,20000,8.96,4758.37,3.22,77100.4,4,300,2820,1
cost/manifests.yaml,0,Shipping manifests to JSON,hybrid,fine_tuned_small,25000,73.04,7257.47,4.83,112089.6,4,700,2606,1
  Prices: frontier (gpt-5.4): $2 in, $10 out per 1M tokens; fine_tuned_small (gpt-4.1-mini
    (fine-tuned)): $0.80 in, $3.20 out, training $5 per 1M tokens; retrieval: embedding $0.02 per 1M
    tokens, rerank $0 per query, vector store $50 a month, +400 ms
  Checked 2026-11-20, 2026-11-21; every price's source: ragft rules dump rules/cost.yaml (or your
    --rules layer)
--- stderr
--- exit 0
