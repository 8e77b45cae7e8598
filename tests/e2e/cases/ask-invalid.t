printf 'maybe\n3\nbehavior\nformat\nlots\n1.5\n-3\n2k\n97\n0.95\n\nperhaps\nn\n\n' | ragft --no-default-rules --rules layers/ask.yaml ask
--- stdout
profile
  Recommendation: fine_tune  Fine-tuning  (confidence: low)
  Confidence is low: a warning 'untried-prompt' concerns fine_tune; an error 'no-eval-set' concerns
    fine_tune
  Why
    2,000 pairs are enough to train on. [fine_tune +4, prompt -1]
    An exact format is a stable behavior that training rewards. [fine_tune +1]
  Traps
    error: Without a blind evaluation set nobody can tell whether training helped. [no-eval-set]
    warning: Try a careful prompt before training anything. [untried-prompt]
  What would change the answer
    labeled_examples < 1,000 → prompt  (--set labeled_examples=999)
    prompt_quality >= 0.95 → prompt  (--set prompt_quality=0.95)
    problem = 'knowledge' → rag  (--set problem=knowledge)
  Not answered: prompt_quality
  Sources: --verbose; every rule and what-if: ragft explain PROFILE
--- stderr
Question 1 of 6: Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · ?: help
> maybe
  error: 'maybe' is not a value of 'problem'
  hint: expected one of: knowledge, behavior, or a number from 1 to 2
> 3
  error: 3 is not one of the choices of 'problem'
  hint: type a number from 1 to 2, or one of: knowledge, behavior
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
> lots
  error: 'lots' is not a whole number for 'labeled_examples'
  hint: expected a whole number >= 0, such as 2000 or 2k
> 1.5
  error: '1.5' is not a whole number for 'labeled_examples'
  hint: expected a whole number >= 0, such as 2000 or 2k
> -3
  error: -3 is out of range for 'labeled_examples': it must be >= 0
  hint: expected a whole number >= 0, such as 2000 or 2k
> 2k
  labeled_examples = 2000

Question 4 of 6: What score must the output reach to ship?
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: 0.9 · ?: help · b: back
> 97
  error: 97 is outside 0..1 for 'quality_target'
  hint: did you mean 97%? expected a fraction from 0 to 1, such as 0.97 or 97%
> 0.95

Question 5 of 6: What is the best score a careful prompt has reached?
  Leave it empty if nobody has tried.
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: not sure (skip) · ?: help · b: back
> 

Question 6 of 6: Is there a held-out evaluation set, scored blind?
  y or n · ?: help · b: back
> perhaps
  error: 'perhaps' is not yes or no for 'eval_set'
  hint: expected yes or no (also true/false)
> n
  eval_set = no

Your answers
  1  problem           behavior
  2  behavior          format
  3  labeled_examples  2000 examples
  4  quality_target    0.95
  5  prompt_quality    not sure
  6  eval_set          no
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 

--- exit 0
