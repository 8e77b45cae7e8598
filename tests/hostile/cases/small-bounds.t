: >empty.yaml; printf 'cases: []\n' >no-cases.yaml; mkdir none; for t in empty.yaml no-cases.yaml none; do ragft rules test $t; echo "exit $?"; done; k=$(head -c 1100 /dev/zero | tr '\0' 'k'); printf 'answers:\n  %s: 1\n' "$k" >long-key.yaml; printf '{"answers": {"%s": 1}}\n' "$k" >long-key.json; ragft -q score long-key.yaml long-key.json 2>&1 | cut -c1-100; printf 'answers:\n  labeled_examples: 99999999999999999999999999\n' >count.yaml; ragft -q score count.yaml; printf 'answers:\n  labeled_examples: 9007199254740992\n  problem: knowledge\n  knowledge_change: daily\n' >count-ok.yaml; ragft -q score count-ok.yaml; printf 'answers:\n  problem: behavior\n  behavior: format\n  calls_per_day: 1e308\n' >huge.yaml; ragft cost huge.yaml --chart | grep -c -i inf; ragft cost huge.yaml --format svg | grep -c -i inf; ragft cost huge.yaml --format jsonl | grep -c -i inf; printf 'ragft-rules: 1\noptions:\n  - {id: rag, label: RAG}\n  - {id: prompt, label: Prompt}\ncriteria:\n  - {id: q, type: yesno, question: "q?"}\nrules:\n  - {id: r, when: "q", score: {rag: 1}, text: t, source: s}\n' >l.yaml; printf 'y\n\n' | SOURCE_DATE_EPOCH=6918894565593600 ragft --no-default-rules --rules l.yaml ask --save saved.yaml >/dev/null 2>&1; echo "ask: $?"; head -1 saved.yaml | grep -cE 'on [0-9]{4}-[0-9]{2}-[0-9]{2}\.$'
--- stdout
0 passed, 0 failed
exit 2
0 passed, 0 failed
exit 2
0 passed, 0 failed
exit 2
long-key.yaml:2:3: error: this key is 1100 bytes long; YAML allows at most 1024 in a key
 2 |   kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
   |   ^
  hint: use a shorter key
long-key.json:1:14: error: this key is 1102 bytes long; YAML allows at most 1024 in a key
 1 | {"answers": {"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
   |              ^
  hint: use a shorter key
count-ok.yaml: rag (high)
0
0
0
ask: 0
1
--- stderr
empty.yaml: error: the file has no test cases
  hint: add cases under 'cases:'; see docs/rules.md, 'Rule tests'
no-cases.yaml: error: the file has no test cases
  hint: add cases under 'cases:'; see docs/rules.md, 'Rule tests'
ragft: error: no rule test cases found (looked for *.yaml and *.yml in the given paths)
count.yaml:2:21: error: '99999999999999999999999999' is too large a count for 'labeled_examples'
 2 |   labeled_examples: 99999999999999999999999999
   |                     ^~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: a whole number up to 9007199254740992 (2^53)
--- exit 0
