ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --set labeled_exampels=5; echo "exit $?"; ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --set quality_target=95; echo "exit $?"; ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --set problem
--- stdout
exit 2
exit 2
--- stderr
--set: error: unknown criterion 'labeled_exampels'
  hint: did you mean 'labeled_examples'?
--set: error: 95 is outside 0..1 for 'quality_target'
  hint: did you mean 95%? expected a fraction from 0 to 1, such as 0.97 or 97%
--set: error: 'problem' is not of the form criterion=value
  hint: for example --set labeled_examples=2000
--- exit 2
