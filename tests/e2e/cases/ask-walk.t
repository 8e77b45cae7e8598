printf 'behavior\nformat\n2000\n\n0.8\ny\n\n' | ragft --no-default-rules --rules layers/ask.yaml ask
--- stdout
profile
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  Why
    2,000 pairs are enough to train on. [fine_tune +4, prompt -1]
    An exact format is a stable behavior that training rewards. [fine_tune +1]
  What would change the answer (3 of 4)
    labeled_examples < 1,000 → prompt  (--set labeled_examples=999)
    quality_target <= 0.8 → prompt  (--set quality_target=0.8)
    prompt_quality >= 0.9 → prompt  (--set prompt_quality=0.9)
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
> format

Question 3 of 6: How many labeled pairs could you train on?
  Only clean, consistent pairs count.
  a whole number >= 0, such as 2000 or 2k (examples) · ?: help · b: back
> 2000

Question 4 of 6: What score must the output reach to ship?
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: 0.9 · ?: help · b: back
> 
  quality_target = 0.9

Question 5 of 6: What is the best score a careful prompt has reached?
  Leave it empty if nobody has tried.
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: not sure (skip) · ?: help · b: back
> 0.8

Question 6 of 6: Is there a held-out evaluation set, scored blind?
  y or n · ?: help · b: back
> y
  eval_set = yes

Your answers
  1  problem           behavior
  2  behavior          format
  3  labeled_examples  2000 examples
  4  quality_target    0.9
  5  prompt_quality    0.8
  6  eval_set          yes
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 

--- exit 0
