RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --format github check/behind.yaml check/close.yaml check/untried.yaml check/waivers/waived.yaml check/waivers/expired.yaml adr/0002-crlf.md adr/0005-superseded.md adr/bad-unclosed.md
--- stdout
::group::ragft: adr/bad-unclosed.md (invalid)
::error file=adr/bad-unclosed.md,line=1,col=1,endColumn=4,title=ragft%3A invalid proposal::the front matter opened here is never closed%0Ahint: end it with a line holding only '---'
::endgroup::
::group::ragft: check/behind.yaml
ragft: FAIL check/behind.yaml: the rules recommend fine_tune, not prompt (confidence: high)
::error file=check/behind.yaml,line=2,col=11,endColumn=17,title=ragft%3A enough-data::prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on.%0Arule: enough-data%0Asource: check fixture §4
::endgroup::
::group::ragft: check/close.yaml
ragft: PASS check/close.yaml: prompt is a close alternative to fine_tune: 1 point behind
::warning file=check/close.yaml,line=2,col=11,endColumn=17,title=ragft/low-confidence::the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers that decide it ('ragft explain' shows them)%0Arule: ragft/low-confidence
::endgroup::
::group::ragft: check/untried.yaml
ragft: PASS check/untried.yaml: fine_tune is the recommendation (confidence: medium)
::warning file=check/untried.yaml,line=4,col=12,endColumn=20,title=ragft%3A untried-prompt::Try a careful prompt before training anything.%0Arule: untried-prompt%0Asource: check fixture §5
::endgroup::
::group::ragft: check/waivers/waived.yaml
ragft: PASS check/waivers/waived.yaml: the rules recommend rag, not fine_tune (confidence: high); accepted by a waiver
::notice file=check/waivers/waived.yaml,line=2,col=11,endColumn=20,title=ragft%3A facts-in-weights (waived)::fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.%0Arule: facts-in-weights%0Asource: check fixture §2%0Awaived: The catalogue is frozen until the 2027 relaunch; a retrieval stack is out of budget. (owner: catalogue-team, until 2027-03-31)
::endgroup::
::group::ragft: check/waivers/expired.yaml
ragft: FAIL check/waivers/expired.yaml: the rules recommend rag, not fine_tune (confidence: high)
::error file=check/waivers/expired.yaml,line=2,col=11,endColumn=20,title=ragft%3A facts-in-weights::fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.%0Arule: facts-in-weights%0Asource: check fixture §2
::warning file=check/waivers/expired.yaml,line=7,col=11,endColumn=27,title=ragft/waiver-expired::the waiver of 'facts-in-weights' (owner: catalogue-team) expired on 2026-10-31; its findings count again%0Arule: ragft/waiver-expired
::endgroup::
::group::ragft: adr/0002-crlf.md
ragft: FAIL adr/0002-crlf.md: the rules recommend rag, not fine_tune (confidence: high, decided by moving-facts-need-retrieval)
::error file=adr/0002-crlf.md,line=6,col=13,endColumn=22,title=ragft%3A moving-facts-need-retrieval::this rule decides rag, not fine_tune: Facts that change monthly are retrieved, not trained.%0Arule: moving-facts-need-retrieval%0Asource: check fixture §1
::error file=adr/0002-crlf.md,line=8,col=14,endColumn=23,title=ragft%3A facts-in-weights::Training does not store facts reliably.%0Arule: facts-in-weights%0Asource: check fixture §2
::endgroup::
ragft: SKIP adr/0005-superseded.md: status: Superseded by ADR 1
ragft: 6 proposals checked: 3 passed, 3 failed; 1 file skipped; 1 file invalid
--- stderr
adr/bad-unclosed.md:1:1: error: the front matter opened here is never closed
 1 | ---
   | ^~~
  hint: end it with a line holding only '---'
--- exit 2
