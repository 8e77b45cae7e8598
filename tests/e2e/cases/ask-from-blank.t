printf 'answers:\n  problem: behavior\n  behavior: tone\n  labeled_examples:\n  quality_target: 0.9\n  prompt_quality:\n  eval_set: yes\n' > p.yaml; printf '2000\n\n' | ragft --no-default-rules --rules layers/ask.yaml ask --from p.yaml >/dev/null; echo "exit $?"; printf 'behavior\ntone\n2000\n\nskip\ny\n\n' | SOURCE_DATE_EPOCH=1767225600 ragft -q --no-default-rules --rules layers/ask.yaml ask --save s.yaml >/dev/null 2>&1; cat s.yaml; ragft -q --no-default-rules --rules layers/ask.yaml ask --from s.yaml </dev/null; echo "exit $?"
--- stdout
exit 0
# Project profile written by `ragft ask` on 2026-01-01.
# Rules: ask fixture, version 3 (layers: layers/ask.yaml).
# Score it with `ragft score s.yaml` (and the same --rules files, if any).
answers:
  # Is the model missing facts, or behaving wrongly?
  problem: behavior
  # Which behavior must change?
  behavior: tone
  # How many labeled pairs could you train on?
  labeled_examples: 2000
  # What score must the output reach to ship?
  quality_target: 0.9
  # What is the best score a careful prompt has reached?
  prompt_quality:  # not sure: left unanswered
  # Is there a held-out evaluation set, scored blind?
  eval_set: yes
profile: fine_tune (medium)
exit 0
--- stderr
Question 1 of 1: How many labeled pairs could you train on?
  Only clean, consistent pairs count.
  a whole number >= 0, such as 2000 or 2k (examples) · ?: help
> 2000

Your answers
  1  problem           behavior  (from p.yaml)
  2  behavior          tone  (from p.yaml)
  3  labeled_examples  2000 examples
  4  quality_target    0.9  (from p.yaml)
  5  prompt_quality    not sure  (from p.yaml)
  6  eval_set          yes  (from p.yaml)
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 

--- exit 0
