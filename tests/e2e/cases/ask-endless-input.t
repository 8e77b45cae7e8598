yes maybe | ragft --no-default-rules --rules layers/ask.yaml ask
--- stdout
--- stderr
Question 1 of 6: Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · ?: help
> maybe
  error: 'maybe' is not a value of 'problem'
  hint: expected one of: knowledge, behavior, or a number from 1 to 2
> maybe
  error: 'maybe' is not a value of 'problem'
  hint: expected one of: knowledge, behavior, or a number from 1 to 2
> maybe
  error: 'maybe' is not a value of 'problem'
  hint: expected one of: knowledge, behavior, or a number from 1 to 2
> maybe
  error: 'maybe' is not a value of 'problem'
  hint: expected one of: knowledge, behavior, or a number from 1 to 2
> maybe
  error: 'maybe' is not a value of 'problem'
  hint: expected one of: knowledge, behavior, or a number from 1 to 2
ragft: error: 5 invalid answers in a row to 'problem'; giving up
--- exit 2
