RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check --format junit check/behind.yaml check/close.yaml check/untried.yaml check/waivers/waived.yaml check/waivers/expired.yaml adr/0002-crlf.md adr/0005-superseded.md adr/bad-unclosed.md
--- stdout
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="ragft check" tests="8" failures="3" errors="1" skipped="1">
  <testsuite name="ragft check" tests="8" failures="3" errors="1" skipped="1">
    <testcase classname="ragft.check" name="check/behind.yaml" file="check/behind.yaml" line="2">
      <failure message="prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on." type="enough-data">check/behind.yaml:2:11: error: prompt is 4 points behind fine_tune (+2 against +6; the close margin is 2), most of all because: 2,000 pairs are enough to train on.
 2 | approach: prompt
   |           ^~~~~~
  rule: enough-data — source: check fixture §4
</failure>
      <system-out>the rules recommend fine_tune, not prompt (confidence: high)
</system-out>
    </testcase>
    <testcase classname="ragft.check" name="check/close.yaml" file="check/close.yaml" line="2">
      <system-out>prompt is a close alternative to fine_tune: 1 point behind
check/close.yaml:2:11: warning: the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers that decide it ('ragft explain' shows them)
 2 | approach: prompt          # fine_tune scores 1 point more: a close alternative
   |           ^~~~~~
  rule: ragft/low-confidence
</system-out>
    </testcase>
    <testcase classname="ragft.check" name="check/untried.yaml" file="check/untried.yaml" line="2">
      <system-out>fine_tune is the recommendation (confidence: medium)
check/untried.yaml:4:12: warning: Try a careful prompt before training anything.
 4 |   problem: behavior
   |            ^~~~~~~~
  rule: untried-prompt — source: check fixture §5
</system-out>
    </testcase>
    <testcase classname="ragft.check" name="check/waivers/waived.yaml" file="check/waivers/waived.yaml" line="2">
      <system-out>the rules recommend rag, not fine_tune (confidence: high); accepted by a waiver
check/waivers/waived.yaml:2:11: info: waived error: fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.
 2 | approach: fine_tune
   |           ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2
  waived: The catalogue is frozen until the 2027 relaunch; a retrieval stack is out of budget. (owner: catalogue-team, until 2027-03-31)
</system-out>
    </testcase>
    <testcase classname="ragft.check" name="check/waivers/expired.yaml" file="check/waivers/expired.yaml" line="2">
      <failure message="fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably." type="facts-in-weights">check/waivers/expired.yaml:2:11: error: fine_tune is 5 points behind rag (-1 against +4; the close margin is 2), most of all because: Training does not store facts reliably.
 2 | approach: fine_tune
   |           ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2
</failure>
      <system-out>the rules recommend rag, not fine_tune (confidence: high)
check/waivers/expired.yaml:7:11: warning: the waiver of 'facts-in-weights' (owner: catalogue-team) expired on 2026-10-31; its findings count again
 7 |   - rule: facts-in-weights
   |           ^~~~~~~~~~~~~~~~
  rule: ragft/waiver-expired
</system-out>
    </testcase>
    <testcase classname="ragft.check" name="adr/0002-crlf.md" file="adr/0002-crlf.md" line="6">
      <failure message="this rule decides rag, not fine_tune: Facts that change monthly are retrieved, not trained." type="moving-facts-need-retrieval">adr/0002-crlf.md:6:13: error: this rule decides rag, not fine_tune: Facts that change monthly are retrieved, not trained.
 6 |   approach: fine_tune
   |             ^~~~~~~~~
  rule: moving-facts-need-retrieval — source: check fixture §1
adr/0002-crlf.md:8:14: error: Training does not store facts reliably.
 8 |     problem: knowledge
   |              ^~~~~~~~~
  rule: facts-in-weights — source: check fixture §2
</failure>
      <system-out>the rules recommend rag, not fine_tune (confidence: high, decided by moving-facts-need-retrieval)
</system-out>
    </testcase>
    <testcase classname="ragft.check" name="adr/0005-superseded.md" file="adr/0005-superseded.md">
      <skipped message="status: Superseded by ADR 1"/>
    </testcase>
    <testcase classname="ragft.check" name="adr/bad-unclosed.md" file="adr/bad-unclosed.md" line="1">
      <error message="the front matter opened here is never closed" type="ragft/invalid-input">adr/bad-unclosed.md:1:1: error: the front matter opened here is never closed
 1 | ---
   | ^~~
  hint: end it with a line holding only '---'
</error>
    </testcase>
  </testsuite>
</testsuites>
--- stderr
adr/bad-unclosed.md:1:1: error: the front matter opened here is never closed
 1 | ---
   | ^~~
  hint: end it with a line holding only '---'
--- exit 2
