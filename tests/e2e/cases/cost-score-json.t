ragft score cost/manifests.yaml --format json | jq ".[0].cost"
--- stdout
{
  "horizon_months": 12,
  "calls_per_day": 40000,
  "currency": "USD",
  "options": {
    "prompt": {
      "one_off": 0,
      "monthly": 64544.17,
      "per_1k_calls": 53.05,
      "total": 774530,
      "model": "frontier",
      "per_day": 122,
      "fixup_hours_per_day": 40,
      "fixup_monthly": 60833.33,
      "latency_ms": 1200,
      "model_hours_per_day": 13.33
    },
    "rag": {
      "one_off": 5000,
      "monthly": 73613.27,
      "per_1k_calls": 60.05,
      "total": 888359.2,
      "model": "frontier",
      "per_day": 402.08,
      "fixup_hours_per_day": 40,
      "fixup_monthly": 60833.33,
      "latency_ms": 1600,
      "model_hours_per_day": 17.78
    },
    "fine_tune": {
      "one_off": 20000,
      "monthly": 7191.7,
      "per_1k_calls": 5.22,
      "total": 106300.4,
      "model": "fine_tuned_small",
      "per_day": 8.96,
      "training_run": 2015,
      "fixup_hours_per_day": 4,
      "fixup_monthly": 6083.33,
      "latency_ms": 300,
      "model_hours_per_day": 3.33
    },
    "hybrid": {
      "one_off": 25000,
      "monthly": 12124.13,
      "per_1k_calls": 8.83,
      "total": 170489.6,
      "model": "fine_tuned_small",
      "per_day": 153.04,
      "training_run": 2015,
      "fixup_hours_per_day": 4,
      "fixup_monthly": 6083.33,
      "latency_ms": 700,
      "model_hours_per_day": 7.78
    }
  },
  "cheapest": "fine_tune",
  "break_even": {
    "fine_tune": {
      "versus": "prompt",
      "calls_per_day": 1721,
      "payback_month": 1
    },
    "hybrid": {
      "versus": "rag",
      "calls_per_day": 1607,
      "payback_month": 1
    }
  },
  "notes": []
}
--- stderr
--- exit 0
