printf 'knowledge\n2000\n\n\ny\n\n' | ragft --no-default-rules --rules layers/ask.yaml ask -q --format json
--- stdout
[
  {
    "schema": "ragft/result/v1",
    "file": "",
    "document": 0,
    "project": "",
    "recommendation": "rag",
    "confidence": "high",
    "confidence_reason": "",
    "decided_by": "facts-need-retrieval",
    "scores": {
      "prompt": -1,
      "rag": 0,
      "fine_tune": 4
    },
    "excluded": [],
    "reasons": [
      {
        "rule": "facts-need-retrieval",
        "effect": "decide rag",
        "text": "Missing facts are retrieved, not trained.",
        "source": "fixture §1"
      },
      {
        "rule": "enough-data",
        "effect": "fine_tune +4, prompt -1",
        "text": "2,000 pairs are enough to train on.",
        "source": "fixture §3"
      }
    ],
    "warnings": [
      {
        "rule": "untried-prompt",
        "severity": "warning",
        "text": "Try a careful prompt before training anything.",
        "source": "fixture §5",
        "about": [
          "fine_tune"
        ]
      }
    ],
    "assumed": [
      {
        "criterion": "prompt_quality",
        "value": null
      },
      {
        "criterion": "hourly_rate",
        "value": 85
      }
    ],
    "would_change": [
      {
        "criterion": "problem",
        "condition": "= 'behavior'",
        "value": "behavior",
        "recommendation": "fine_tune",
        "trap": null
      }
    ],
    "next_steps": []
  }
]
--- stderr
--- exit 0
