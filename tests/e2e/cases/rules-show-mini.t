ragft --no-default-rules --rules layers/mini.yaml rules show
--- stdout
Rules: mini 1  (layers/mini.yaml)

Options (ties go to the first)
  prompt       Prompt engineering
  rag          Retrieval-augmented generation
  fine_tune    Fine-tuning

Criteria
  problem              knowledge, behavior
                       Is the model missing facts, or behaving wrongly?
  labeled_examples     integer
                       How many labeled pairs?
  quality_target       fraction  (default 0.9)
                       The score needed to ship?
  prompt_quality       fraction
                       Best prompt score so far?

Rules, in order
  facts-need-retrieval  [decide rag]
      when: problem == 'knowledge'
      source: mini §1
  prompt-is-enough  [decide prompt]
      when: prompt_quality >= quality_target
      source: mini §2
  enough-data  [fine_tune +4, prompt -1]
      when: labeled_examples >= 1000
      source: mini §3
  little-data  [prompt +3; exclude fine_tune]
      when: labeled_examples < 1000
      source: mini §3
  untried-prompt  [warning]
      when: not answered(prompt_quality)
      source: mini §4

Confidence: high when the top score leads by 4 or more, medium by 2 or more, else low.
--- stderr
--- exit 0
