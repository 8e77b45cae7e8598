printf 'behavior\n' | ragft --no-default-rules --rules layers/ask.yaml ask; echo; ragft --no-default-rules --rules layers/ask.yaml ask </dev/null
--- stdout

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
ragft: error: the answers ended before every question that needs one was answered
  missing: behavior  (Which behavior must change?)
  missing: labeled_examples  (How many labeled pairs could you train on?)
  missing: eval_set  (Is there a held-out evaluation set, scored blind?)
  hint: give one answer per line on standard input, or pre-fill them with --set ID=VALUE or --from PROFILE
Question 1 of 6: Is the model missing facts, or behaving wrongly?
  Facts point to retrieval; behavior to prompting or training.
    1  knowledge  Missing facts
    2  behavior   Wrong behavior
  type a number or a name · ?: help
ragft: error: the answers ended before every question that needs one was answered
  missing: problem  (Is the model missing facts, or behaving wrongly?)
  missing: labeled_examples  (How many labeled pairs could you train on?)
  missing: eval_set  (Is there a held-out evaluation set, scored blind?)
  hint: give one answer per line on standard input, or pre-fill them with --set ID=VALUE or --from PROFILE
--- exit 2
