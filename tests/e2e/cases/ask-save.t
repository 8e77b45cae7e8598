printf 'behavior\nformat\n2000\n\nskip\ny\n\n' | SOURCE_DATE_EPOCH=1767225600 ragft --no-default-rules --rules layers/ask.yaml ask --save saved.yaml >ask.txt 2>/dev/null; echo "ask: $?"; cat saved.yaml; ragft --no-default-rules --rules layers/ask.yaml score saved.yaml >score.txt; cmp ask.txt score.txt && echo 'the saved profile scores exactly as the answers'; cat ask.txt
--- stdout
ask: 0
# Project profile written by `ragft ask` on 2026-01-01.
# Rules: ask fixture, version 3 (layers: layers/ask.yaml).
# Score it with `ragft score saved.yaml` (and the same --rules files, if any).
answers:
  # Is the model missing facts, or behaving wrongly?
  problem: behavior
  # Which behavior must change?
  behavior: format
  # How many labeled pairs could you train on?
  labeled_examples: 2000
  # What score must the output reach to ship?
  quality_target: 0.9
  # What is the best score a careful prompt has reached?
  prompt_quality:  # not sure: left unanswered
  # Is there a held-out evaluation set, scored blind?
  eval_set: yes
the saved profile scores exactly as the answers
saved.yaml
  Recommendation: fine_tune  Fine-tuning  (confidence: medium)
  Confidence is medium: a warning 'untried-prompt' concerns fine_tune
  Why
    2,000 pairs are enough to train on. [fine_tune +4, prompt -1]
    An exact format is a stable behavior that training rewards. [fine_tune +1]
  Traps
    warning: Try a careful prompt before training anything. [untried-prompt]
  What would change the answer
    labeled_examples < 1,000 → prompt  (--set labeled_examples=999)
    prompt_quality >= 0.9 → prompt  (--set prompt_quality=0.9)
    problem = 'knowledge' → rag  (--set problem=knowledge)
  Not answered: prompt_quality
  Sources: --verbose; every rule and what-if: ragft explain saved.yaml
--- stderr
--- exit 0
