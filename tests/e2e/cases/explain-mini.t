ragft --no-default-rules --rules layers/mini.yaml explain profiles/mini-b.yaml
--- stdout
profiles/mini-b.yaml  — Contracts, clauses and "quotes"
  Answers
    problem              behavior
    labeled_examples     300
    quality_target       0.9  (default)
    prompt_quality       not answered
  Rules, in order
      -  facts-need-retrieval  decide rag
           problem == 'knowledge'                       no  [problem = behavior]
      -  prompt-is-enough  decide prompt
           prompt_quality >= quality_target             no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  enough-data  fine_tune +4, prompt -1
           labeled_examples >= 1000                     no  [labeled_examples = 300]
    FIRE little-data  prompt +3; exclude fine_tune
           labeled_examples < 1000                      yes  [labeled_examples = 300]
    FIRE untried-prompt  warning
           not                                          yes
             answered(prompt_quality)                   no  [prompt_quality = not answered]
  Excluded
    fine_tune: 300 pairs are too few to train on. [little-data]
  Tally
    prompt                 │████████████   +3
    rag                    │               +0
    fine_tune              │               +0  excluded
  Recommendation: prompt (confidence: medium)
  What would change the answer
    problem = 'knowledge' → rag  (--set problem=knowledge)
    labeled_examples >= 1000 → fine_tune  (--set labeled_examples=1000)
--- stderr
--- exit 0
