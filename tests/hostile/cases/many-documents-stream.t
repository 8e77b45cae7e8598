yes $'answers: {}\n---' | head -n 130000 >many.yaml; yes $'answers: {}\n---' | head -n 400 >some.yaml; timeout 10 sh -c 'ragft explain --format json many.yaml | head -c 30'; s=$?; echo; echo "explain, first bytes within 10 s: $s"; timeout 10 sh -c 'ragft score --format jsonl many.yaml | head -c 30'; s=$?; echo; echo "score, first bytes within 10 s: $s"; ragft explain --format json some.yaml >some.json; echo "exit $?"; grep -c '"schema"' some.json; tail -c 8 some.json | tr -d ' \n'; echo; ragft -q score some.yaml | tail -1
--- stdout
[
  {
    "schema": "ragft/res
explain, first bytes within 10 s: 0
{"schema":"ragft/result/v1","f
score, first bytes within 10 s: 0
exit 0
200
]}]
some.yaml#200: prompt (low)
--- stderr
--- exit 0
