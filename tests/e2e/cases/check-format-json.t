RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --format json check/behind.yaml check/close.yaml check/untried.yaml check/waivers/waived.yaml check/waivers/expired.yaml adr/0002-crlf.md adr/0005-superseded.md adr/bad-unclosed.md
--- stdout
{
  "schema": "ragft/check/v1",
  "passed": false,
  "strict": false,
  "nothing_checked": null,
  "today": "2026-11-21",
  "close_margin": 2,
  "summary": {
    "proposals": 6,
    "passed": 3,
    "failed": 3,
    "skipped": 1,
    "invalid": 1
  },
  "proposals": [
    {
      "file": "check/behind.yaml",
      "document": 0,
      "project": "Contract clauses",
      "approach": "prompt",
      "line": 2,
      "passed": false,
      "verdict": "rejected",
      "recommendation": "fine_tune",
      "confidence": "high",
      "decided_by": null,
      "scores": {
        "prompt": 2,
        "rag": 0,
        "fine_tune": 6,
        "hybrid": 1
      },
      "behind": 4,
      "missing": [],
      "findings": [
        {
          "kind": "not_recommended",
          "rule": "enough-data",
          "severity": "error",
          "fails": true,
          "message": "prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on.",
          "source": "check fixture §4",
          "line": 2,
          "column": 11,
          "waived": null
        }
      ]
    },
    {
      "file": "check/close.yaml",
      "document": 0,
      "project": "Ticket routing",
      "approach": "prompt",
      "line": 2,
      "passed": true,
      "verdict": "close",
      "recommendation": "fine_tune",
      "confidence": "low",
      "decided_by": null,
      "scores": {
        "prompt": 2,
        "rag": 0,
        "fine_tune": 3,
        "hybrid": 0
      },
      "behind": 1,
      "missing": [],
      "findings": [
        {
          "kind": "low_confidence",
          "rule": "ragft/low-confidence",
          "severity": "warning",
          "fails": false,
          "message": "the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers that decide it ('ragft explain' shows them)",
          "source": "",
          "line": 2,
          "column": 11,
          "waived": null
        }
      ]
    },
    {
      "file": "check/untried.yaml",
      "document": 0,
      "project": "House style",
      "approach": "fine_tune",
      "line": 2,
      "passed": true,
      "verdict": "recommended",
      "recommendation": "fine_tune",
      "confidence": "medium",
      "decided_by": null,
      "scores": {
        "prompt": 2,
        "rag": 0,
        "fine_tune": 6,
        "hybrid": 1
      },
      "behind": 0,
      "missing": [],
      "findings": [
        {
          "kind": "warning",
          "rule": "untried-prompt",
          "severity": "warning",
          "fails": false,
          "message": "Try a careful prompt before training anything.",
          "source": "check fixture §5",
          "line": 4,
          "column": 12,
          "waived": null
        }
      ]
    },
    {
      "file": "check/waivers/waived.yaml",
      "document": 0,
      "project": "Product catalogue answers",
      "approach": "fine_tune",
      "line": 2,
      "passed": true,
      "verdict": "rejected",
      "recommendation": "rag",
      "confidence": "high",
      "decided_by": null,
      "scores": {
        "prompt": 0,
        "rag": 4,
        "fine_tune": -1,
        "hybrid": 1
      },
      "behind": 5,
      "missing": [],
      "findings": [
        {
          "kind": "not_recommended",
          "rule": "facts-in-weights",
          "severity": "error",
          "fails": false,
          "message": "fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.",
          "source": "check fixture §2",
          "line": 2,
          "column": 11,
          "waived": {
            "reason": "The catalogue is frozen until the 2027 relaunch; a retrieval stack is out of budget.",
            "owner": "catalogue-team",
            "expires": "2027-03-31",
            "line": 7
          }
        }
      ]
    },
    {
      "file": "check/waivers/expired.yaml",
      "document": 0,
      "project": "Product catalogue answers",
      "approach": "fine_tune",
      "line": 2,
      "passed": false,
      "verdict": "rejected",
      "recommendation": "rag",
      "confidence": "high",
      "decided_by": null,
      "scores": {
        "prompt": 0,
        "rag": 4,
        "fine_tune": -1,
        "hybrid": 1
      },
      "behind": 5,
      "missing": [],
      "findings": [
        {
          "kind": "not_recommended",
          "rule": "facts-in-weights",
          "severity": "error",
          "fails": true,
          "message": "fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.",
          "source": "check fixture §2",
          "line": 2,
          "column": 11,
          "waived": null
        },
        {
          "kind": "waiver_expired",
          "rule": "ragft/waiver-expired",
          "severity": "warning",
          "fails": false,
          "message": "the waiver of 'facts-in-weights' (owner: catalogue-team) expired on 2026-10-31; its findings count again",
          "source": "",
          "line": 7,
          "column": 11,
          "waived": null
        }
      ]
    },
    {
      "file": "adr/0002-crlf.md",
      "document": 0,
      "project": "Policy answers, trained",
      "approach": "fine_tune",
      "line": 6,
      "passed": false,
      "verdict": "rejected",
      "recommendation": "rag",
      "confidence": "high",
      "decided_by": "moving-facts-need-retrieval",
      "scores": {
        "prompt": 0,
        "rag": 4,
        "fine_tune": -4,
        "hybrid": 0
      },
      "behind": 8,
      "missing": [],
      "findings": [
        {
          "kind": "not_recommended",
          "rule": "moving-facts-need-retrieval",
          "severity": "error",
          "fails": true,
          "message": "this rule decides rag, not fine_tune: Facts that change monthly are retrieved, not trained.",
          "source": "check fixture §1",
          "line": 6,
          "column": 13,
          "waived": null
        },
        {
          "kind": "warning",
          "rule": "facts-in-weights",
          "severity": "error",
          "fails": true,
          "message": "Training does not store facts reliably.",
          "source": "check fixture §2",
          "line": 8,
          "column": 14,
          "waived": null
        }
      ]
    }
  ],
  "skipped": [
    {
      "file": "adr/0005-superseded.md",
      "reason": "status: Superseded by ADR 1"
    }
  ],
  "invalid": [
    {
      "file": "adr/bad-unclosed.md",
      "line": 1,
      "column": 1,
      "message": "the front matter opened here is never closed",
      "hint": "end it with a line holding only '---'"
    }
  ]
}
--- stderr
adr/bad-unclosed.md:1:1: error: the front matter opened here is never closed
 1 | ---
   | ^~~
  hint: end it with a line holding only '---'
--- exit 2
