RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --format sarif check/behind.yaml check/close.yaml check/untried.yaml check/waivers/waived.yaml check/waivers/expired.yaml adr/0002-crlf.md adr/0005-superseded.md adr/bad-unclosed.md
--- stdout
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "ragft",
          "version": "0.1.0",
          "rules": [
            {
              "id": "moving-facts-need-retrieval",
              "name": "MovingFactsNeedRetrieval",
              "shortDescription": {
                "text": "Facts that change <knowledge_change> are retrieved, not trained."
              },
              "fullDescription": {
                "text": "Facts that change <knowledge_change> are retrieved, not trained."
              },
              "help": {
                "text": "Facts that change <knowledge_change> are retrieved, not trained.\n\nApplies when: problem == 'knowledge' and knowledge_change == 'monthly'\nEffect: decide rag\nSource: check fixture §1",
                "markdown": "Facts that change `knowledge_change` are retrieved, not trained.\n\n**Applies when:** `problem == 'knowledge' and knowledge_change == 'monthly'`  \n**Effect:** decide rag  \n**Source:** check fixture §1"
              },
              "helpUri": "https://github.com/ragft/ragft/blob/main/docs/decision-model.md",
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "source": "check fixture §1"
              }
            },
            {
              "id": "facts-in-weights",
              "name": "FactsInWeights",
              "shortDescription": {
                "text": "Training does not store facts reliably."
              },
              "fullDescription": {
                "text": "Training does not store facts reliably."
              },
              "help": {
                "text": "Training does not store facts reliably.\n\nApplies when: problem == 'knowledge'\nEffect: fine_tune -4, rag +4; error\nSource: check fixture §2",
                "markdown": "Training does not store facts reliably.\n\n**Applies when:** `problem == 'knowledge'`  \n**Effect:** fine_tune -4, rag +4; error  \n**Source:** check fixture §2"
              },
              "helpUri": "https://github.com/ragft/ragft/blob/main/docs/decision-model.md",
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "source": "check fixture §2"
              }
            },
            {
              "id": "enough-data",
              "name": "EnoughData",
              "shortDescription": {
                "text": "<labeled_examples> pairs are enough to train on."
              },
              "fullDescription": {
                "text": "<labeled_examples> pairs are enough to train on."
              },
              "help": {
                "text": "<labeled_examples> pairs are enough to train on.\n\nApplies when: labeled_examples >= 1000\nEffect: fine_tune +3, hybrid +1\nSource: check fixture §4",
                "markdown": "`labeled_examples` pairs are enough to train on.\n\n**Applies when:** `labeled_examples >= 1000`  \n**Effect:** fine_tune +3, hybrid +1  \n**Source:** check fixture §4"
              },
              "helpUri": "https://github.com/ragft/ragft/blob/main/docs/decision-model.md",
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "source": "check fixture §4"
              }
            },
            {
              "id": "untried-prompt",
              "name": "UntriedPrompt",
              "shortDescription": {
                "text": "Try a careful prompt before training anything."
              },
              "fullDescription": {
                "text": "Try a careful prompt before training anything."
              },
              "help": {
                "text": "Try a careful prompt before training anything.\n\nApplies when: problem == 'behavior' and not answered(prompt_quality)\nEffect: warning\nSource: check fixture §5",
                "markdown": "Try a careful prompt before training anything.\n\n**Applies when:** `problem == 'behavior' and not answered(prompt_quality)`  \n**Effect:** warning  \n**Source:** check fixture §5"
              },
              "helpUri": "https://github.com/ragft/ragft/blob/main/docs/decision-model.md",
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "source": "check fixture §5"
              }
            },
            {
              "id": "ragft/low-confidence",
              "name": "LowConfidence",
              "shortDescription": {
                "text": "The verdict is at low confidence"
              },
              "fullDescription": {
                "text": "The rules reach their verdict at low confidence: the scores are close, or the answers that decide it are thin."
              },
              "help": {
                "text": "The rules reach their verdict at low confidence: the scores are close, or the answers that decide it are thin.\n\nAnswer the questions the finding names; with --strict a low-confidence verdict fails.",
                "markdown": "The rules reach their verdict at low confidence: the scores are close, or the answers that decide it are thin.\n\nAnswer the questions the finding names; with --strict a low-confidence verdict fails."
              },
              "helpUri": "https://github.com/ragft/ragft/blob/main/docs/ci.md#when-a-proposal-fails",
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "source": "ragft check"
              }
            },
            {
              "id": "ragft/waiver-expired",
              "name": "WaiverExpired",
              "shortDescription": {
                "text": "A waiver has expired"
              },
              "fullDescription": {
                "text": "A waiver in the proposal is past its 'expires' date, so it no longer suppresses the findings of its rule."
              },
              "help": {
                "text": "A waiver in the proposal is past its 'expires' date, so it no longer suppresses the findings of its rule.\n\nRenew the waiver with a new 'expires' date and a current reason, or fix what it waived.",
                "markdown": "A waiver in the proposal is past its 'expires' date, so it no longer suppresses the findings of its rule.\n\nRenew the waiver with a new 'expires' date and a current reason, or fix what it waived."
              },
              "helpUri": "https://github.com/ragft/ragft/blob/main/docs/ci.md#waivers",
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "source": "ragft check"
              }
            },
            {
              "id": "ragft/invalid-input",
              "name": "InvalidInput",
              "shortDescription": {
                "text": "The proposal cannot be read"
              },
              "fullDescription": {
                "text": "The file is not a valid proposal: bad YAML, an unknown key, a value of the wrong type or out of range, or a Markdown front matter that is not closed or not a map."
              },
              "help": {
                "text": "The file is not a valid proposal: bad YAML, an unknown key, a value of the wrong type or out of range, or a Markdown front matter that is not closed or not a map.\n\nFix the input at the position given; 'ragft schema' gives editors a schema that catches most of these.",
                "markdown": "The file is not a valid proposal: bad YAML, an unknown key, a value of the wrong type or out of range, or a Markdown front matter that is not closed or not a map.\n\nFix the input at the position given; 'ragft schema' gives editors a schema that catches most of these."
              },
              "helpUri": "https://github.com/ragft/ragft/blob/main/docs/ci.md#exit-codes",
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "source": "ragft check"
              }
            }
          ]
        }
      },
      "invocations": [
        {
          "executionSuccessful": false,
          "exitCode": 2,
          "toolExecutionNotifications": [
            {
              "level": "note",
              "message": {
                "text": "skipped: status: Superseded by ADR 1"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "adr/0005-superseded.md"
                    }
                  }
                }
              ]
            }
          ]
        }
      ],
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "ragft/invalid-input",
          "ruleIndex": 6,
          "level": "error",
          "message": {
            "text": "the front matter opened here is never closed (hint: end it with a line holding only '---')"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "adr/bad-unclosed.md"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endColumn": 4,
                  "snippet": {
                    "text": "---"
                  }
                },
                "contextRegion": {
                  "startLine": 1,
                  "snippet": {
                    "text": "---"
                  }
                }
              }
            }
          ]
        },
        {
          "ruleId": "enough-data",
          "ruleIndex": 2,
          "level": "error",
          "message": {
            "text": "prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "check/behind.yaml"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 11,
                  "endColumn": 17,
                  "snippet": {
                    "text": "prompt"
                  }
                },
                "contextRegion": {
                  "startLine": 2,
                  "snippet": {
                    "text": "approach: prompt"
                  }
                }
              }
            }
          ],
          "properties": {
            "approach": "prompt",
            "recommendation": "fine_tune",
            "project": "Contract clauses",
            "document": 0
          }
        },
        {
          "ruleId": "ragft/low-confidence",
          "ruleIndex": 4,
          "level": "warning",
          "message": {
            "text": "the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers that decide it ('ragft explain' shows them)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "check/close.yaml"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 11,
                  "endColumn": 17,
                  "snippet": {
                    "text": "prompt"
                  }
                },
                "contextRegion": {
                  "startLine": 2,
                  "snippet": {
                    "text": "approach: prompt          # fine_tune scores 1 point more: a close alternative"
                  }
                }
              }
            }
          ],
          "properties": {
            "approach": "prompt",
            "recommendation": "fine_tune",
            "project": "Ticket routing",
            "document": 0
          }
        },
        {
          "ruleId": "untried-prompt",
          "ruleIndex": 3,
          "level": "warning",
          "message": {
            "text": "Try a careful prompt before training anything."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "check/untried.yaml"
                },
                "region": {
                  "startLine": 4,
                  "startColumn": 12,
                  "endColumn": 20,
                  "snippet": {
                    "text": "behavior"
                  }
                },
                "contextRegion": {
                  "startLine": 4,
                  "snippet": {
                    "text": "  problem: behavior"
                  }
                }
              }
            }
          ],
          "properties": {
            "approach": "fine_tune",
            "recommendation": "fine_tune",
            "project": "House style",
            "document": 0
          }
        },
        {
          "ruleId": "facts-in-weights",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "check/waivers/waived.yaml"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 11,
                  "endColumn": 20,
                  "snippet": {
                    "text": "fine_tune"
                  }
                },
                "contextRegion": {
                  "startLine": 2,
                  "snippet": {
                    "text": "approach: fine_tune"
                  }
                }
              }
            }
          ],
          "suppressions": [
            {
              "kind": "inSource",
              "status": "accepted",
              "justification": "The catalogue is frozen until the 2027 relaunch; a retrieval stack is out of budget.",
              "location": {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "check/waivers/waived.yaml"
                  },
                  "region": {
                    "startLine": 7,
                    "startColumn": 11,
                    "endColumn": 27,
                    "snippet": {
                      "text": "facts-in-weights"
                    }
                  },
                  "contextRegion": {
                    "startLine": 7,
                    "snippet": {
                      "text": "  - rule: facts-in-weights"
                    }
                  }
                }
              },
              "properties": {
                "owner": "catalogue-team",
                "expires": "2027-03-31"
              }
            }
          ],
          "properties": {
            "approach": "fine_tune",
            "recommendation": "rag",
            "project": "Product catalogue answers",
            "document": 0
          }
        },
        {
          "ruleId": "facts-in-weights",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "check/waivers/expired.yaml"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 11,
                  "endColumn": 20,
                  "snippet": {
                    "text": "fine_tune"
                  }
                },
                "contextRegion": {
                  "startLine": 2,
                  "snippet": {
                    "text": "approach: fine_tune"
                  }
                }
              }
            }
          ],
          "properties": {
            "approach": "fine_tune",
            "recommendation": "rag",
            "project": "Product catalogue answers",
            "document": 0
          }
        },
        {
          "ruleId": "ragft/waiver-expired",
          "ruleIndex": 5,
          "level": "warning",
          "message": {
            "text": "the waiver of 'facts-in-weights' (owner: catalogue-team) expired on 2026-10-31; its findings count again"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "check/waivers/expired.yaml"
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 11,
                  "endColumn": 27,
                  "snippet": {
                    "text": "facts-in-weights"
                  }
                },
                "contextRegion": {
                  "startLine": 7,
                  "snippet": {
                    "text": "  - rule: facts-in-weights"
                  }
                }
              }
            }
          ],
          "properties": {
            "approach": "fine_tune",
            "recommendation": "rag",
            "project": "Product catalogue answers",
            "document": 0
          }
        },
        {
          "ruleId": "moving-facts-need-retrieval",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "this rule decides rag, not fine_tune: Facts that change monthly are retrieved, not trained."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "adr/0002-crlf.md"
                },
                "region": {
                  "startLine": 6,
                  "startColumn": 13,
                  "endColumn": 22,
                  "snippet": {
                    "text": "fine_tune"
                  }
                },
                "contextRegion": {
                  "startLine": 6,
                  "snippet": {
                    "text": "  approach: fine_tune"
                  }
                }
              }
            }
          ],
          "properties": {
            "approach": "fine_tune",
            "recommendation": "rag",
            "project": "Policy answers, trained",
            "document": 0
          }
        },
        {
          "ruleId": "facts-in-weights",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "Training does not store facts reliably."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "adr/0002-crlf.md"
                },
                "region": {
                  "startLine": 8,
                  "startColumn": 14,
                  "endColumn": 23,
                  "snippet": {
                    "text": "knowledge"
                  }
                },
                "contextRegion": {
                  "startLine": 8,
                  "snippet": {
                    "text": "    problem: knowledge"
                  }
                }
              }
            }
          ],
          "properties": {
            "approach": "fine_tune",
            "recommendation": "rag",
            "project": "Policy answers, trained",
            "document": 0
          }
        }
      ],
      "properties": {
        "strict": false,
        "today": "2026-11-21",
        "ruleLayers": [
          "layers/check.yaml"
        ]
      }
    }
  ]
}
--- stderr
adr/bad-unclosed.md:1:1: error: the front matter opened here is never closed
 1 | ---
   | ^~~
  hint: end it with a line holding only '---'
--- exit 2
