for f in adr/0001-retrieval.md adr/0002-crlf.md adr/0003-bom.md adr/0004-dots.md; do RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check "$f" > file.txt; a=$?; RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check - < "$f" | sed "s|<stdin>|$f|g" > stdin.txt; b=${PIPESTATUS[0]}; cmp -s file.txt stdin.txt && echo "$f: same verdict and positions, exit $a $b"; done; RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check - < adr/0002-crlf.md
--- stdout
adr/0001-retrieval.md: same verdict and positions, exit 0 0
adr/0002-crlf.md: same verdict and positions, exit 1 1
adr/0003-bom.md: same verdict and positions, exit 1 1
adr/0004-dots.md: same verdict and positions, exit 0 0
FAIL  <stdin> — Policy answers, trained: the rules recommend rag, not fine_tune (confidence: high, decided by moving-facts-need-retrieval)
<stdin>:6:13: error: this rule decides rag, not fine_tune: Facts that change monthly are retrieved, not trained.
 6 |   approach: fine_tune
   |             ^~~~~~~~~
  rule: moving-facts-need-retrieval — source: check fixture §1
<stdin>:8:14: error: Training does not store facts reliably.
 8 |     problem: knowledge
   |              ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2

1 proposal checked: 0 passed, 1 failed
--- stderr
--- exit 1
