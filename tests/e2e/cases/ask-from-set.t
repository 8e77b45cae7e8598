printf 'tone\n\n\ny\n\n' | ragft --no-default-rules --rules layers/ask.yaml ask --from profiles/mini-b.yaml --set labeled_examples=5k
--- stdout
Contracts, clauses and "quotes"
  Recommendation: fine_tune  Fine-tuning  (confidence: medium)
  Confidence is medium: a warning 'untried-prompt' concerns fine_tune
  Why
    5,000 pairs are enough to train on. [fine_tune +4, prompt -1]
  Traps
    warning: Try a careful prompt before training anything. [untried-prompt]
  What would change the answer
    labeled_examples < 1,000 → prompt  (--set labeled_examples=999)
    prompt_quality >= 0.9 → prompt  (--set prompt_quality=0.9)
    problem = 'knowledge' → rag  (--set problem=knowledge)
  Not answered: prompt_quality
  Sources: --verbose; every rule and what-if: ragft explain PROFILE
--- stderr
Question 1 of 4: Which behavior must change?
    1  format  An exact output format
    2  tone    Voice and style
    3  task    A narrow task such as classification
  type a number or a name · ?: help
> tone

Question 2 of 4: What score must the output reach to ship?
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: 0.9 · ?: help · b: back
> 
  quality_target = 0.9

Question 3 of 4: What is the best score a careful prompt has reached?
  Leave it empty if nobody has tried.
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: not sure (skip) · ?: help · b: back
> 

Question 4 of 4: Is there a held-out evaluation set, scored blind?
  y or n · ?: help · b: back
> y
  eval_set = yes

Your answers
  1  problem           behavior  (from profiles/mini-b.yaml)
  2  behavior          tone
  3  labeled_examples  5000 examples  (--set)
  4  quality_target    0.9
  5  prompt_quality    not sure
  6  eval_set          yes
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 

--- exit 0
