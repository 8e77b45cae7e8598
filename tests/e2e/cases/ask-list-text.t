ragft --no-default-rules --rules layers/ask.yaml ask --list; ragft --no-default-rules --rules layers/ask.yaml ask --list --format csv
--- stdout
Questions of ask fixture, version 3 (layers: layers/ask.yaml)

  1. problem  (choice)
     Is the model missing facts, or behaving wrongly?
     allowed: one of: knowledge, behavior

  2. behavior  (choice)
     Which behavior must change?
     allowed: one of: format, tone, task
     asked only when: problem == 'behavior'

  3. labeled_examples  (integer)
     How many labeled pairs could you train on?
     allowed: a whole number >= 0, such as 2000 or 2k (examples)

  4. quality_target  (fraction)
     What score must the output reach to ship?
     allowed: a fraction from 0 to 1, such as 0.97 or 97%
     default: 0.9

  5. prompt_quality  (fraction, optional)
     What is the best score a careful prompt has reached?
     allowed: a fraction from 0 to 1, such as 0.97 or 97%

  6. eval_set  (yesno)
     Is there a held-out evaluation set, scored blind?
     allowed: yes or no

  7. hourly_rate  (number, cost: asked with --detailed)
     What does an hour of a reviewer's time cost?
     allowed: a number >= 0, such as 85 (USD/h)
     default: 85
--- stderr
ragft: error: 'ask --list' prints text or json
  hint: use --format json or --format text
--- exit 2
