ragft cost cost/manifests.yaml --chart
--- stdout
cost/manifests.yaml  — Shipping manifests to JSON
  Recommendation: fine_tune  (confidence: high)
  Cost over 12 months at 40,000 calls/day, in USD
    option    model            one-off per day monthly per 1k calls 12-month total   fix-up  latency
    prompt    frontier              $0    $122 $64,544       $53.05       $774,530 40 h/day 1,200 ms
    rag       frontier          $5,000    $402 $73,613       $60.05       $888,359 40 h/day 1,600 ms
    fine_tune fine_tuned_small $20,000   $8.96  $7,192        $5.22       $106,300  4 h/day   300 ms
    hybrid    fine_tuned_small $25,000    $153 $12,124        $8.83       $170,490  4 h/day   700 ms
  Cheapest at 40,000 calls/day: fine_tune ($106,300 over 12 months)
  Break-even
    fine_tune is cheaper than prompt from ≈ 1,721 calls/day; at 40,000 calls/day it pays back in
      month 1
    hybrid is cheaper than rag from ≈ 1,607 calls/day; at 40,000 calls/day it pays back in month 1
  Given: prompt_quality = 0.97, quality_target = 0.997, labeled_examples = 2000, calls_per_day =
    40000, fix_minutes = 2
  Defaults: input_tokens = 100, output_tokens = 20, prompt_tokens = 1000, tuned_prompt_tokens = 100,
    retrieved_tokens = 2000, rag_rerank = yes, prompt_model = frontier, rag_model = frontier,
    fine_tune_model = fine_tuned_small, hybrid_model = fine_tuned_small, training_example_tokens =
    500, training_epochs = 3, fine_tune_method = lora, retrain_months = 6, retrain_cost = 2000,
    prompt_build_cost = 0, rag_build_cost = 5000, fine_tune_build_cost = 20000, prompt_maintenance =
    0, rag_maintenance = 500, fine_tune_maintenance = 500, hybrid_maintenance = 1000, horizon_months
    = 12, hourly_rate = 50
  Not answered: prompt_price_per_call, rag_price_per_call, fine_tune_price_per_call,
    hybrid_price_per_call, hybrid_build_cost
  Prices: frontier (gpt-5.4): $2.50 in, $15 out per 1M tokens; fine_tuned_small (gpt-4.1-mini
    (fine-tuned)): $0.80 in, $3.20 out, training $5 per 1M tokens; retrieval: embedding $0.02 per 1M
    tokens, rerank $0.002 per query, vector store $50 a month, +400 ms
  Checked 2026-11-21; every price's source: ragft rules dump rules/cost.yaml (or your --rules layer)

  Total cost over 12 months (USD) against calls per day, both on log scales
                                       3  12
    $1B ┤                              ┊  ┊             │
        │                              ┊  ┊             │
        │                              ┊  ┊             │                      ●●
  $100M ┤                              ┊  ┊             │                  ▲●●●
        │                              ┊  ┊             │               ▲●●●    ◆
        │                              ┊  ┊             │            ●●●●    ◆◆■■
   $10M ┤                              ┊  ┊             │        ▲●●●     ◆◆■■■
        │                              ┊  ┊             │     ●●●●    ◆◆◆■■■
        │                              ┊  ┊             │ ▲●●●     ◆◆■■■■
    $1M ┤                              ┊  ┊            ▲●●●    ◆◆◆■■■
        │                              ┊  ┊         ●●●●│   ◆◆■■■■
        │                              ┊  ┊     ▲●●●   ◆◆◆■■■■
  $100k ┤                              ┊  ┊ ▲●●●●◆◆◆◆■■■■■
        │◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆■■■■■■■■■■■■■■   │
        │■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■●●●┊             │
   $10k ┤▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲    ●●●●┊  ┊             │
        │                       ●●●    ┊  ┊             │
        │                    ●●●       ┊  ┊             │
    $1k ┤                ●●●●          ┊  ┊             │
        │             ●●●              ┊  ┊             │
        │         ●●●●                 ┊  ┊             │
   $100 ┤      ●●●                     ┊  ┊             │
        │   ●●●                        ┊  ┊             │
        │●●●                           ┊  ┊             │
    $10 ┤                              ┊  ┊             │
        └┬─────────┬─────────┬─────────┬──────────┬─────────┬─────────┬─────────┬
         1        10        100       1k         10k      100k       1M        10M
         calls per day
  ● prompt   ▲ rag   ■ fine_tune (recommended)   ◆ hybrid
  ┊1 fine_tune is cheaper than prompt from ≈ 1,721 calls/day
  ┊2 hybrid is cheaper than rag from ≈ 1,607 calls/day
  ┊3 fine_tune is cheaper than rag from ≈ 921 calls/day
  │  this profile: 40,000 calls/day
--- stderr
--- exit 0
