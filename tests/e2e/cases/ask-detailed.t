printf 'knowledge\n2000\n\n\ny\n200 USD/h\n\n' | ragft --no-default-rules --rules layers/ask.yaml ask --detailed
--- stdout
profile
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  Why
    Missing facts are retrieved, not trained. [facts-need-retrieval]
  What would change the answer
    problem = 'behavior' → fine_tune  (--set problem=behavior)
  Not answered: prompt_quality
  Sources: --verbose; every rule and what-if: ragft explain PROFILE
--- stderr
Question 1 of 7: Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · ?: help
> knowledge

Question 2 of 6: How many labeled pairs could you train on?
  Only clean, consistent pairs count.
  a whole number >= 0, such as 2000 or 2k (examples) · ?: help · b: back
> 2000

Question 3 of 6: What score must the output reach to ship?
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: 0.9 · ?: help · b: back
> 
  quality_target = 0.9

Question 4 of 6: What is the best score a careful prompt has reached?
  Leave it empty if nobody has tried.
  a fraction from 0 to 1, such as 0.97 or 97% · Enter: not sure (skip) · ?: help · b: back
> 

Question 5 of 6: Is there a held-out evaluation set, scored blind?
  y or n · ?: help · b: back
> y
  eval_set = yes

Question 6 of 6: What does an hour of a reviewer's time cost?
  a number >= 0, such as 85 (USD/h) · Enter: 85 · ?: help · b: back
> 200 USD/h
  hourly_rate = 200

Your answers
  1  problem           knowledge
  2  labeled_examples  2000 examples
  3  quality_target    0.9
  4  prompt_quality    not sure
  5  eval_set          yes
  6  hourly_rate       200 USD/h
Type a number from 1 to 6 to change an answer, or press Enter for the verdict.
> 

--- exit 0
