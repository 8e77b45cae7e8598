ragft cost cost/sku.yaml --format json
--- stdout
[
  {
    "schema": "ragft/cost/v1",
    "file": "cost/sku.yaml",
    "document": 0,
    "project": "3M-SKU product taxonomy",
    "recommendation": "fine_tune",
    "cost": {
      "horizon_months": 12,
      "calls_per_day": 3000000,
      "currency": "USD",
      "options": {
        "prompt": {
          "one_off": 0,
          "monthly": 10919583.33,
          "per_1k_calls": 119.67,
          "total": 131035000,
          "model": "frontier",
          "per_day": 9000,
          "fixup_hours_per_day": 7000,
          "fixup_monthly": 10645833.33,
          "latency_ms": 1200,
          "model_hours_per_day": 1000
        },
        "rag": {
          "one_off": 5000,
          "monthly": 11563628.33,
          "per_1k_calls": 126.72,
          "total": 138768540,
          "model": "frontier",
          "per_day": 30156,
          "fixup_hours_per_day": 7000,
          "fixup_monthly": 10645833.33,
          "latency_ms": 1600,
          "model_hours_per_day": 1333.33
        },
        "fine_tune": {
          "one_off": 20000,
          "monthly": 10683169.17,
          "per_1k_calls": 117.07,
          "total": 128218030,
          "model": "fine_tuned_small",
          "per_day": 1200,
          "training_run": 2015,
          "fixup_hours_per_day": 7000,
          "fixup_monthly": 10645833.33,
          "latency_ms": 300,
          "model_hours_per_day": 250
        },
        "hybrid": {
          "one_off": 25000,
          "monthly": 10996341.67,
          "per_1k_calls": 120.49,
          "total": 131981100,
          "model": "fine_tuned_small",
          "per_day": 11478,
          "training_run": 2015,
          "fixup_hours_per_day": 7000,
          "fixup_monthly": 10645833.33,
          "latency_ms": 700,
          "model_hours_per_day": 583.33
        }
      },
      "cheapest": "fine_tune",
      "break_even": {
        "fine_tune": {
          "versus": "prompt",
          "calls_per_day": 31644,
          "payback_month": 1
        },
        "hybrid": {
          "versus": "rag",
          "calls_per_day": 13215,
          "payback_month": 1
        }
      },
      "notes": [
        "prompt uses the direct price of 0.003 per call (prompt_price_per_call)",
        "fine_tune uses the direct price of 0.0004 per call (fine_tune_price_per_call)"
      ]
    },
    "inputs": {
      "prompt_quality": 0.93,
      "quality_target": 0.9,
      "labeled_examples": 2000,
      "calls_per_day": 3000000,
      "input_tokens": 100,
      "output_tokens": 20,
      "prompt_tokens": 1000,
      "tuned_prompt_tokens": 100,
      "retrieved_tokens": 2000,
      "rag_rerank": true,
      "prompt_model": "frontier",
      "rag_model": "frontier",
      "fine_tune_model": "fine_tuned_small",
      "hybrid_model": "fine_tuned_small",
      "prompt_price_per_call": 0.003,
      "rag_price_per_call": null,
      "fine_tune_price_per_call": 0.0004,
      "hybrid_price_per_call": null,
      "training_example_tokens": 500,
      "training_epochs": 3,
      "fine_tune_method": "lora",
      "retrain_months": 6,
      "retrain_cost": 2000,
      "prompt_build_cost": 0,
      "rag_build_cost": 5000,
      "fine_tune_build_cost": 20000,
      "hybrid_build_cost": null,
      "prompt_maintenance": 0,
      "rag_maintenance": 500,
      "fine_tune_maintenance": 500,
      "hybrid_maintenance": 1000,
      "horizon_months": 12,
      "fix_minutes": 2,
      "hourly_rate": 50
    },
    "assumed": [
      "quality_target",
      "input_tokens",
      "output_tokens",
      "prompt_tokens",
      "tuned_prompt_tokens",
      "retrieved_tokens",
      "rag_rerank",
      "prompt_model",
      "rag_model",
      "fine_tune_model",
      "hybrid_model",
      "rag_price_per_call",
      "hybrid_price_per_call",
      "training_example_tokens",
      "training_epochs",
      "fine_tune_method",
      "retrain_months",
      "retrain_cost",
      "prompt_build_cost",
      "rag_build_cost",
      "fine_tune_build_cost",
      "hybrid_build_cost",
      "prompt_maintenance",
      "rag_maintenance",
      "fine_tune_maintenance",
      "hybrid_maintenance",
      "horizon_months",
      "fix_minutes",
      "hourly_rate"
    ]
  }
]
--- stderr
--- exit 0
