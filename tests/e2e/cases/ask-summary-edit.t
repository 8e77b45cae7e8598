printf 'behavior\ntone\n500\n\n\nn\n0\nexampels\n3\n2500\nlabeled_examples\nb\n1\nknowledge\n1\nbehavior\n6\ny\n\n' | ragft --no-default-rules --rules layers/ask.yaml ask
--- stdout
profile
  Recommendation: fine_tune  Fine-tuning  (confidence: medium)
  Confidence is medium: a warning 'untried-prompt' concerns fine_tune
  Why
    2,500 pairs are enough to train on. [fine_tune +4, prompt -1]
  Traps
    warning: Try a careful prompt before training anything. [untried-prompt]
  What would change the answer
    labeled_examples < 1,000 → prompt  (--set labeled_examples=999)
    prompt_quality >= 0.9 → prompt  (--set prompt_quality=0.9)
    problem = 'knowledge' → rag  (--set problem=knowledge)
  Not answered: prompt_quality
  Sources: --verbose; every rule and what-if: ragft explain PROFILE
--- stderr
Question 1 of 6: Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · ?: help
> behavior

Question 2 of 6: Which behavior must change?
    1  format  An exact output format
    2  tone    Voice and style
    3  task    A narrow task such as classification
  type a number or a name · ?: help · b: back
> tone

Question 3 of 6: How many labeled pairs could you train on?
  Only clean, consistent pairs count.
  a whole number >= 0, such as 2000 or 2k (examples) · ?: help · b: back
> 500

Question 4 of 6: What score must the output reach to ship?
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: 0.9 · ?: help · b: back
> 
  quality_target = 0.9

Question 5 of 6: What is the best score a careful prompt has reached?
  Leave it empty if nobody has tried.
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: not sure (skip) · ?: help · b: back
> 

Question 6 of 6: Is there a held-out evaluation set, scored blind?
  y or n · ?: help · b: back
> n
  eval_set = no

Your answers
  1  problem           behavior
  2  behavior          tone
  3  labeled_examples  500 examples
  4  quality_target    0.9
  5  prompt_quality    not sure
  6  eval_set          no
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 0
  error: there is no answer number 0
  hint: type a number from 1 to 6 to change that answer, or press Enter for the verdict
> exampels
  error: 'exampels' is not an answer number
  hint: type a number from 1 to 6 to change that answer, or press Enter for the verdict
> 3

Change 'labeled_examples': How many labeled pairs could you train on?
  Only clean, consistent pairs count.
  a whole number >= 0, such as 2000 or 2k (examples) · Enter: 500 · ?: help · b: keep the answer
> 2500

Your answers
  1  problem           behavior
  2  behavior          tone
  3  labeled_examples  2500 examples
  4  quality_target    0.9
  5  prompt_quality    not sure
  6  eval_set          no
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> labeled_examples

Change 'labeled_examples': How many labeled pairs could you train on?
  Only clean, consistent pairs count.
  a whole number >= 0, such as 2000 or 2k (examples) · Enter: 2500 · ?: help · b: keep the answer
> b
  kept the answer to 'labeled_examples'

Your answers
  1  problem           behavior
  2  behavior          tone
  3  labeled_examples  2500 examples
  4  quality_target    0.9
  5  prompt_quality    not sure
  6  eval_set          no
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 1

Change 'problem': Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · Enter: behavior · ?: help · b: keep the answer
> knowledge

Your answers
  1  problem           knowledge
  2  labeled_examples  2500 examples
  3  quality_target    0.9
  4  prompt_quality    not sure
  5  eval_set          no
  Left out, because the question does not apply: behavior = tone
Type a number from 1 to 5 to change an answer, or press Enter for the verdict.
> 1

Change 'problem': Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · Enter: knowledge · ?: help · b: keep the answer
> behavior

Your answers
  1  problem           behavior
  2  behavior          tone
  3  labeled_examples  2500 examples
  4  quality_target    0.9
  5  prompt_quality    not sure
  6  eval_set          no
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 6

Change 'eval_set': Is there a held-out evaluation set, scored blind?
  y or n · Enter: no · ?: help · b: keep the answer
> y
  eval_set = yes

Your answers
  1  problem           behavior
  2  behavior          tone
  3  labeled_examples  2500 examples
  4  quality_target    0.9
  5  prompt_quality    not sure
  6  eval_set          yes
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 

--- exit 0
