printf 'answers:\n  quality_target: 1e3%%\n  prompt_quality: 97\n  calls_per_day: 1e999\n' > q.yaml; ragft score q.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
q.yaml:2:19: error: 1e3% is outside 0..1 for 'quality_target'
 2 |   quality_target: 1e3%
   |                   ^~~~
  hint: expected a fraction from 0 to 1, such as 0.97 or 97%
q.yaml:3:19: error: 97 is outside 0..1 for 'prompt_quality'
 3 |   prompt_quality: 97
   |                   ^~
  hint: did you mean 97%? expected a fraction from 0 to 1, such as 0.97 or 97%
q.yaml:4:18: error: '1e999' is too large a number for 'calls_per_day'
 4 |   calls_per_day: 1e999
   |                  ^~~~~
  hint: expected a number >= 0, such as 40000, 40k or 4e4
--- exit 2
