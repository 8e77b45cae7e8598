mkdir upper && cp check/behind.yaml upper/A.YAML && cp check/recommended.yaml upper/B.Yml && cp adr/0001-retrieval.md upper/C.MD && cp adr/0004-dots.md upper/D.markdown && printf "{\"approach\": \"rag\", \"answers\": {\"problem\": \"knowledge\"}}\n" > upper/E.JSON && touch upper/notes.TXT; RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check upper/ -q; echo "exit $?"
--- stdout
FAIL  upper/A.YAML — Contract clauses: the rules recommend fine_tune, not prompt (confidence: high)
upper/A.YAML:2:11: error: prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on.
 2 | approach: prompt
   |           ^~~~~~
  rule: enough-data — source: check fixture §4

PASS  upper/B.Yml — Invoice extraction: fine_tune is the recommendation (confidence: high)
PASS  upper/C.MD — Policy answers: rag is the recommendation (confidence: high)
PASS  upper/D.markdown: rag is the recommendation (confidence: high)
PASS  upper/E.JSON: rag is the recommendation (confidence: high)
exit 1
--- stderr
--- exit 0
