ragft rules lint layers/broken.yaml
--- stdout
--- stderr
layers/broken.yaml:4:11: error: unknown criterion type 'integr'
 4 |     type: integr
   |           ^~~~~~
  hint: did you mean 'integer'?
layers/broken.yaml:8:11: error: unknown criterion 'labeled_exampels'
 8 |     when: labeled_exampels >= 1000 and problem == 'behaviour'
   |           ^~~~~~~~~~~~~~~~
  hint: did you mean 'labeled_examples'?
layers/broken.yaml:8:51: error: 'behaviour' is not a value of 'problem'
 8 |     when: labeled_exampels >= 1000 and problem == 'behaviour'
   |                                                   ^~~~~~~~~~~
  hint: did you mean 'behavior'?
layers/broken.yaml:12:13: error: unknown option 'finetune'
 12 |     score: {finetune: 1}
    |             ^~~~~~~~
  hint: did you mean 'fine_tune'?
layers/broken.yaml:14:39: error: expected an expression after 'and'
 14 |     when: problem > 3 or (eval_set and
    |                                       ^
layers/broken.yaml:15:11: error: unknown severity 'severe'
 15 |     warn: severe
    |           ^~~~~~
  hint: one of: error, warning, info
layers/broken.yaml:16:17: error: unknown criterion '{nobody}' in text
 16 |     text: Hello {nobody}.
    |                 ^~~~~~~~
rules/default.yaml + rules/cost.yaml + layers/broken.yaml: 7 errors, 0 warnings
--- exit 2
