RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check adr/
--- stdout
PASS  adr/0001-retrieval.md — Policy answers: rag is the recommendation (confidence: high)
FAIL  adr/0002-crlf.md — Policy answers, trained: the rules recommend rag, not fine_tune (confidence: high, decided by moving-facts-need-retrieval)
adr/0002-crlf.md:6:13: error: this rule decides rag, not fine_tune: Facts that change monthly are retrieved, not trained.
 6 |   approach: fine_tune
   |             ^~~~~~~~~
  rule: moving-facts-need-retrieval — source: check fixture §1
adr/0002-crlf.md:8:14: error: Training does not store facts reliably.
 8 |     problem: knowledge
   |              ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2

FAIL  adr/0003-bom.md — Invoice extraction: the rules recommend fine_tune, not prompt (confidence: high)
adr/0003-bom.md:5:13: error: prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on.
 5 |   approach: prompt
   |             ^~~~~~
  rule: enough-data — source: check fixture §4

PASS  adr/0004-dots.md: rag is the recommendation (confidence: high)
SKIP  adr/0005-superseded.md: status: Superseded by ADR 1
SKIP  adr/0006-rejected.md: status: rejected
SKIP  adr/0007-deprecated.md: status: Deprecated
SKIP  adr/README.md: no front matter: an ADR holds its proposal in front matter under 'ragft:'
SKIP  adr/empty-front-matter.md: the front matter is empty
SKIP  adr/no-ragft-key.md: the front matter has no 'ragft' key

4 proposals checked: 2 passed, 2 failed; 6 files skipped; 6 files invalid (see the errors)
--- stderr
adr/bad-answer.md:5:13: error: unknown approach 'fine-tune'
 5 |   approach: fine-tune
   |             ^~~~~~~~~
  hint: did you mean 'fine_tune'? expected one of: prompt, rag, fine_tune, hybrid
adr/bad-answer.md:8:5: error: unknown answer 'labeled_exampels'
 8 |     labeled_exampels: 2000
   |     ^~~~~~~~~~~~~~~~
  hint: did you mean 'labeled_examples'?
adr/bad-lone-cr.md:2:35: error: lone carriage return (\r) used as a line end
 2 | title: Old Mac line ends (lone CR)
   |                                   ^
  hint: save the file with \n or \r\n line endings
adr/bad-no-approach.md:3:1: error: a proposal needs 'approach:', the option the team intends to build
 3 | ragft:
   | ^~~~~
  hint: add 'approach: <option>' with one of: prompt, rag, fine_tune, hybrid
adr/bad-not-a-map.md:2:1: error: the front matter must be a map of keys, not a list
 2 | - approach: rag
   | ^
  hint: put the proposal under 'ragft:' (see 'ragft init --proposal')
adr/bad-typo-key.md:3:1: error: unknown key 'ragtf'
 3 | ragtf:
   | ^~~~~
  hint: did you mean 'ragft'? the proposal lives under 'ragft:'
adr/bad-unclosed.md:1:1: error: the front matter opened here is never closed
 1 | ---
   | ^~~
  hint: end it with a line holding only '---'
--- exit 2
