ragft --no-default-rules --rules layers/ask.yaml ask --list --format json
--- stdout
{
  "schema": "ragft/questions/v1",
  "rules": {
    "name": "ask fixture",
    "version": "3",
    "layers": [
      "layers/ask.yaml"
    ]
  },
  "questions": [
    {
      "id": "problem",
      "type": "choice",
      "group": "core",
      "question": "Is the model missing facts, or behaving wrongly?",
      "hint": "Facts point to retrieval; behavior to prompting or training.",
      "help": "knowledge  the model lacks your facts or documents\nbehavior   it has the facts but answers in the wrong shape\n",
      "choices": [
        {
          "id": "knowledge",
          "label": "Missing facts"
        },
        {
          "id": "behavior",
          "label": "Wrong behavior"
        }
      ],
      "default": null,
      "optional": false,
      "unit": "",
      "min": null,
      "max": null,
      "above": null,
      "ask_when": null,
      "allowed": "one of: knowledge, behavior"
    },
    {
      "id": "behavior",
      "type": "choice",
      "group": "core",
      "question": "Which behavior must change?",
      "hint": "",
      "help": "",
      "choices": [
        {
          "id": "format",
          "label": "An exact output format"
        },
        {
          "id": "tone",
          "label": "Voice and style"
        },
        {
          "id": "task",
          "label": "A narrow task such as classification"
        }
      ],
      "default": null,
      "optional": false,
      "unit": "",
      "min": null,
      "max": null,
      "above": null,
      "ask_when": "problem == 'behavior'",
      "allowed": "one of: format, tone, task"
    },
    {
      "id": "labeled_examples",
      "type": "integer",
      "group": "core",
      "question": "How many labeled pairs could you train on?",
      "hint": "Only clean, consistent pairs count.",
      "help": "",
      "choices": [],
      "default": null,
      "optional": false,
      "unit": "examples",
      "min": 0.0,
      "max": null,
      "above": null,
      "ask_when": null,
      "allowed": "a whole number >= 0, such as 2000 or 2k"
    },
    {
      "id": "quality_target",
      "type": "fraction",
      "group": "core",
      "question": "What score must the output reach to ship?",
      "hint": "",
      "help": "",
      "choices": [],
      "default": 0.9,
      "optional": false,
      "unit": "",
      "min": 0.0,
      "max": 1.0,
      "above": null,
      "ask_when": null,
      "allowed": "a fraction from 0 to 1, such as 0.97 or 97%"
    },
    {
      "id": "prompt_quality",
      "type": "fraction",
      "group": "core",
      "question": "What is the best score a careful prompt has reached?",
      "hint": "Leave it empty if nobody has tried.",
      "help": "",
      "choices": [],
      "default": null,
      "optional": true,
      "unit": "",
      "min": 0.0,
      "max": 1.0,
      "above": null,
      "ask_when": null,
      "allowed": "a fraction from 0 to 1, such as 0.97 or 97%"
    },
    {
      "id": "eval_set",
      "type": "yesno",
      "group": "core",
      "question": "Is there a held-out evaluation set, scored blind?",
      "hint": "",
      "help": "",
      "choices": [],
      "default": null,
      "optional": false,
      "unit": "",
      "min": null,
      "max": null,
      "above": null,
      "ask_when": null,
      "allowed": "yes or no"
    },
    {
      "id": "hourly_rate",
      "type": "number",
      "group": "cost",
      "question": "What does an hour of a reviewer's time cost?",
      "hint": "",
      "help": "",
      "choices": [],
      "default": 85,
      "optional": false,
      "unit": "USD/h",
      "min": 0.0,
      "max": null,
      "above": null,
      "ask_when": null,
      "allowed": "a number >= 0, such as 85"
    }
  ]
}
--- stderr
--- exit 0
