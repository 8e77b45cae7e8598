ragft score bad/typos.yaml profiles/ -q
--- stdout
profiles/manifests.yaml: fine_tune (high)
profiles/mini-a.yaml: fine_tune (medium)
profiles/mini-b.yaml: prompt (medium)
profiles/policies.json: rag (high)
profiles/two-docs.yml: prompt (medium)
profiles/two-docs.yml#2: rag (high)
--- stderr
bad/typos.yaml:3:12: error: 'knowlege' is not a value of 'problem'
 3 |   problem: knowlege
   |            ^~~~~~~~
  hint: did you mean 'knowledge'? expected one of: knowledge, behavior, both
bad/typos.yaml:4:3: error: unknown answer 'labeled_exampels'
 4 |   labeled_exampels: 2000
   |   ^~~~~~~~~~~~~~~~
  hint: did you mean 'labeled_examples'?
bad/typos.yaml:5:19: error: 97 is outside 0..1 for 'prompt_quality'
 5 |   prompt_quality: 97
   |                   ^~
  hint: did you mean 97%? expected a fraction from 0 to 1, such as 0.97 or 97%
bad/typos.yaml:6:18: error: 'lots' is not a number for 'calls_per_day'
 6 |   calls_per_day: lots
   |                  ^~~~
  hint: expected a number >= 0, such as 40000, 40k or 4e4
bad/typos.yaml:7:1: error: unknown key 'aproach'
 7 | aproach: rag
   | ^~~~~~~
  hint: did you mean 'approach'?
--- exit 2
