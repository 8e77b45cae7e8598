printf '?\nknowledge\n?\n300\n\n\nhelp\ny\n?\n\n' | ragft --no-default-rules --rules layers/ask.yaml ask
--- stdout
profile
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  Why
    Missing facts are retrieved, not trained. [facts-need-retrieval]
  What would change the answer
    problem = 'behavior' → prompt  (--set problem=behavior)
  Also ruled out: fine_tune [little-data]
  Not answered: prompt_quality
  Sources: --verbose; every rule and what-if: ragft explain PROFILE
--- stderr
Question 1 of 6: Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · ?: help
> ?
  knowledge  the model lacks your facts or documents
  behavior   it has the facts but answers in the wrong shape

  Allowed: one of: knowledge, behavior, or a number from 1 to 2
> knowledge

Question 2 of 5: How many labeled pairs could you train on?
  Only clean, consistent pairs count.
  a whole number >= 0, such as 2000 or 2k (examples) · ?: help · b: back
> ?
  Only clean, consistent pairs count.

  Allowed: a whole number >= 0, such as 2000 or 2k (examples)
> 300

Question 3 of 5: What score must the output reach to ship?
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: 0.9 · ?: help · b: back
> 
  quality_target = 0.9

Question 4 of 5: What is the best score a careful prompt has reached?
  Leave it empty if nobody has tried.
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: not sure (skip) · ?: help · b: back
> 

Question 5 of 5: Is there a held-out evaluation set, scored blind?
  y or n · ?: help · b: back
> help
  Allowed: yes or no
> y
  eval_set = yes

Your answers
  1  problem           knowledge
  2  labeled_examples  300 examples
  3  quality_target    0.9
  4  prompt_quality    not sure
  5  eval_set          yes
Type a number from 1 to 5 to change an answer, or press Enter for the verdict.
> ?
  Type the number of an answer (1 to 5) or its name to change it.
  'back' reopens the last question you answered.
  Press Enter to see the verdict.
> 

--- exit 0
