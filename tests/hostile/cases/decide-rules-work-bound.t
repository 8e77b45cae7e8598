gen() { awk -v R="$1" -v C="$2" 'BEGIN { print "ragft-rules: 1\ncriteria:\n  - id: big\n    type: choice\n    question: \"which?\"\n    choices:"; for (i = 0; i < C; i++) printf "      - c%d\n", i; print "rules:"; for (i = 0; i < R; i++) printf "  - {id: d%d, when: \"big == '"'"'c%d'"'"' or big == '"'"'c%d'"'"'\", decide: rag, text: t, source: s}\n", i, i, (i + 1) % C }'; }; gen 1000 1000 >at-limit.yaml; gen 0 1001 >over.yaml; gen 0 150000 >huge.yaml; gen 4000 5000 >product.yaml; for f in at-limit over huge product; do timeout 5 ragft -q --rules $f.yaml rules lint >out 2>&1; echo "exit $?"; head -4 out; done
--- stdout
exit 0
exit 2
over.yaml:1007:9: error: criterion 'big' has too many choices (the limit is 1000)
 1007 |       - c1000
      |         ^~~~~
  hint: group the values, or make the criterion a number
exit 2
huge.yaml:1007:9: error: criterion 'big' has too many choices (the limit is 1000)
 1007 |       - c1000
      |         ^~~~~
  hint: group the values, or make the criterion a number
exit 2
product.yaml:1007:9: error: criterion 'big' has too many choices (the limit is 1000)
 1007 |       - c1000
      |         ^~~~~
  hint: group the values, or make the criterion a number
--- stderr
--- exit 0
