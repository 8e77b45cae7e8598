echo 'answers: {}' >taken.yaml; printf 'knowledge\n' | ragft --no-default-rules --rules layers/ask.yaml ask --save taken.yaml; echo "ask: $?"; cat taken.yaml; printf 'knowledge\n9\n\n\nn\n' | SOURCE_DATE_EPOCH=1767225600 ragft --no-default-rules --rules layers/ask.yaml ask -q --save taken.yaml --force; echo "ask --force: $?"; cat taken.yaml; ls -A | grep -e taken -e tmp
--- stdout
ask: 2
answers: {}
taken.yaml: rag (high)
ask --force: 0
# Project profile written by `ragft ask` on 2026-01-01.
# Rules: ask fixture, version 3 (layers: layers/ask.yaml).
# Score it with `ragft score taken.yaml` (and the same --rules files, if any).
answers:
  # Is the model missing facts, or behaving wrongly?
  problem: knowledge
  # How many labeled pairs could you train on?
  labeled_examples: 9
  # What score must the output reach to ship?
  quality_target: 0.9
  # What is the best score a careful prompt has reached?
  prompt_quality:  # not sure: left unanswered
  # Is there a held-out evaluation set, scored blind?
  eval_set: no
taken.yaml
--- stderr
ragft: error: 'taken.yaml' already exists
  hint: use --force to replace it, or --save another file
--- exit 0
