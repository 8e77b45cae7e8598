printf 'behavior\ntask\ny\n' | ragft --no-default-rules --rules layers/ask.yaml ask --defaults --set labeled_examples=800
--- stdout
profile
  Recommendation: prompt  Prompt engineering  (confidence: medium)
  Confidence is medium: prompt leads rag by 3 points
  Why
    800 pairs are too few to train on. [prompt +3; exclude fine_tune]
  What would change the answer
    labeled_examples >= 1,000 → fine_tune  (--set labeled_examples=1000)
    problem = 'knowledge' → rag  (--set problem=knowledge)
  Also ruled out: fine_tune [little-data]
  Not answered: prompt_quality
  Sources: --verbose; every rule and what-if: ragft explain PROFILE
--- stderr
Question 1 of 3: Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · ?: help
> behavior

Question 2 of 3: Which behavior must change?
    1  format  An exact output format
    2  tone    Voice and style
    3  task    A narrow task such as classification
  type a number or a name · ?: help · b: back
> task

Question 3 of 3: Is there a held-out evaluation set, scored blind?
  y or n · ?: help · b: back
> y
  eval_set = yes

Your answers
  1  problem           behavior
  2  behavior          task
  3  labeled_examples  800 examples  (--set)
  4  quality_target    0.9  (default)
  5  prompt_quality    not sure  (default)
  6  eval_set          yes
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.

--- exit 0
