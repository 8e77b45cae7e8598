ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --format json
--- stdout
[
  {
    "schema": "ragft/result/v1",
    "file": "profiles/mini-a.yaml",
    "document": 0,
    "project": "Ticket triage",
    "recommendation": "fine_tune",
    "confidence": "high",
    "confidence_reason": "",
    "decided_by": null,
    "scores": {
      "prompt": -1,
      "rag": 0,
      "fine_tune": 4
    },
    "excluded": [],
    "reasons": [
      {
        "rule": "enough-data",
        "effect": "fine_tune +4, prompt -1",
        "text": "5,000 pairs are enough to train on.",
        "source": "mini §3"
      }
    ],
    "warnings": [],
    "assumed": [
      {
        "criterion": "quality_target",
        "value": 0.9
      }
    ],
    "would_change": [
      {
        "criterion": "problem",
        "condition": "= 'knowledge'",
        "value": "knowledge",
        "recommendation": "rag",
        "trap": null
      },
      {
        "criterion": "labeled_examples",
        "condition": "< 1000",
        "value": 999,
        "recommendation": "prompt",
        "trap": null
      },
      {
        "criterion": "quality_target",
        "condition": "<= 0.82",
        "value": 0.82,
        "recommendation": "prompt",
        "trap": null
      },
      {
        "criterion": "prompt_quality",
        "condition": ">= 0.9",
        "value": 0.9,
        "recommendation": "prompt",
        "trap": null
      }
    ],
    "next_steps": []
  }
]
--- stderr
--- exit 0
