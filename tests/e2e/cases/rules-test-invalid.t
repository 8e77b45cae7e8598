ragft rules test ruletests/invalid.yaml
--- stdout
0 passed, 0 failed
--- stderr
ruletests/invalid.yaml:5:7: error: unknown key 'recomendation' in 'expect'
 5 |       recomendation: rag
   |       ^~~~~~~~~~~~~
  hint: did you mean 'recommendation'?
ruletests/invalid.yaml:5:7: error: 'expect' needs a 'recommendation'
 5 |       recomendation: rag
   |       ^
ruletests/invalid.yaml:6:18: error: unknown rule 'teach-fact'
 6 |       warnings: [teach-fact]
   |                  ^~~~~~~~~~
  hint: did you mean 'teach-facts'?
--- exit 2
