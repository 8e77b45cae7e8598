layer() { printf 'ragft-rules: 1\noptions:\n  - {id: rag, label: RAG}\n  - {id: prompt, label: Prompt}\ncriteria:\n  - {id: n, type: number, question: "n?"}\nrules:\n'; for i in $(seq "$1"); do printf '  - {id: r%d, when: "true", score: {rag: %s}, text: t, source: s}\n' "$i" "$2"; done; }; layer 100 1000000 >at-limit.yaml; layer 101 1000000 >over.yaml; layer 2148 1000000 >wrap.yaml; layer 100 -1000000 >negative.yaml; layer 1 9.3e18 >huge.yaml; printf 'answers: {}\n' >p.yaml; ragft --no-default-rules --rules at-limit.yaml rules lint; ragft --no-default-rules --rules at-limit.yaml --format csv score p.yaml; ragft --no-default-rules --rules negative.yaml --format csv score p.yaml; for f in over wrap huge; do ragft --no-default-rules --rules $f.yaml rules lint; echo "exit $?"; done
--- stdout
at-limit.yaml: ok: 2 options, 1 criteria, 100 rules
file,document,project,recommendation,confidence,decided_by,score_rag,score_prompt,excluded,errors,warnings,confidence_reason
p.yaml,0,,rag,high,,100000000,0,,0,0,
file,document,project,recommendation,confidence,decided_by,score_rag,score_prompt,excluded,errors,warnings,confidence_reason
p.yaml,0,,prompt,high,,-100000000,0,,0,0,
exit 2
exit 2
exit 2
--- stderr
over.yaml:108:38: error: the points for 'rag' add up to more than 100000000 over all rules (rule 'r101' crosses it)
 108 |   - {id: r101, when: "true", score: {rag: 1000000}, text: t, source: s}
     |                                      ^~~
  hint: use smaller points: only their order and margins matter
over.yaml: 1 error, 0 warnings
wrap.yaml:108:38: error: the points for 'rag' add up to more than 100000000 over all rules (rule 'r101' crosses it)
 108 |   - {id: r101, when: "true", score: {rag: 1000000}, text: t, source: s}
     |                                      ^~~
  hint: use smaller points: only their order and margins matter
wrap.yaml: 1 error, 0 warnings
huge.yaml:8:41: error: the points for 'rag' must be a whole number between -1000000 and 1000000
 8 |   - {id: r1, when: "true", score: {rag: 9.3e18}, text: t, source: s}
   |                                         ^~~~~~
huge.yaml: 1 error, 0 warnings
--- exit 0
