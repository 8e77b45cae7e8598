RAGFT_TODAY=2026-11-21 ragft check examples/adr/; echo "check exit $?"
# The CI examples end in .example, the ADRs in .md: the profile batch still reads only profiles.
ragft score examples/ > /dev/null; echo "score examples/: $?"
--- stdout
PASS  examples/adr/0002-retrieval-for-policy-answers.md — Support bot: rag is the recommendation (confidence: high)
FAIL  examples/adr/0003-fine-tune-on-policy-documents.md — Support bot, cheaper: the rules recommend rag, not fine_tune (confidence: high, decided by knowledge-needs-retrieval)
examples/adr/0003-fine-tune-on-policy-documents.md:8:13: error: fine_tune is ruled out: The facts change monthly. Weights trained on them keep the old answer until the next training run, so they must come from retrieval at answer time.
 8 |   approach: fine_tune
   |             ^~~~~~~~~
  rule: facts-move-too-fast-to-train — source: seed 001 (KnowMBA), 'The Trap' (an updated policy keeps its old answer until you retrain); seed 002 (practitioner's framework), 'My Fine-Tuning vs RAG Decision Framework', question 2 (monthly or more often: RAG)
examples/adr/0003-fine-tune-on-policy-documents.md:17:25: error: fine_tune is ruled out: Every answer must be traced to its source document. Retrieval can show the passage it used; a fine-tuned model can only point at its weights, which no auditor accepts as a source.
 17 |     citations_required: yes
    |                         ^~~
  rule: answers-must-cite-sources — source: seed 000 (Tech10), 'Waste case two: "we need fine-tuning for our industry"' (provenance of a fine-tuned answer is the weights)
examples/adr/0003-fine-tune-on-policy-documents.md:14:15: error: fine_tune is ruled out: There is no held-out evaluation set scored blind, so nobody could tell whether a tuned model beats the prompt.
 14 |     eval_set: no
    |               ^~
  rule: no-blind-evaluation-set — source: seed 000 (Tech10), 'Win case three: style and tone at scale' (the trap version: 50 diverse scenarios scored blind is the minimum bar); seed 002 (practitioner's framework), 'The Real Cost of Fine-Tuning' (evaluation is non-optional)
examples/adr/0003-fine-tune-on-policy-documents.md:10:14: error: Training on documents does not store their facts: the tuned model learns how your answers sound and then states wrong facts more confidently.
 10 |     problem: knowledge
    |              ^~~~~~~~~
  rule: teach-facts — source: seed 000 (Tech10), 'Waste case one: teaching the model new facts'; seed 001 (KnowMBA), 'The Trap' and tier 'Avoid'
examples/adr/0003-fine-tune-on-policy-documents.md:16:14: warning: Sensitive or regulated data is no reason to fine-tune: retrieval with access control and an audit trail meets most requirements and shows the document behind each answer.
 16 |     privacy: sensitive
    |              ^~~~~~~~~
  rule: regulated-is-not-a-reason — source: seed 000 (Tech10), 'Waste case two: "we need fine-tuning for our industry"'

PASS  examples/adr/0004-fine-tune-shipping-manifests.md — Shipping manifests to JSON: fine_tune is the recommendation (confidence: high)
PASS  examples/adr/0005-trained-brand-voice.md — Support replies in the brand voice: the rules recommend prompt, not fine_tune (confidence: medium, decided by prompt-below-target-for-now); accepted by a waiver
examples/adr/0005-trained-brand-voice.md:7:13: info: waived error: fine_tune is ruled out: There is no held-out evaluation set scored blind, so nobody could tell whether a tuned model beats the prompt.
 7 |   approach: fine_tune
   |             ^~~~~~~~~
  rule: no-blind-evaluation-set — source: seed 000 (Tech10), 'Win case three: style and tone at scale' (the trap version: 50 diverse scenarios scored blind is the minimum bar); seed 002 (practitioner's framework), 'The Real Cost of Fine-Tuning' (evaluation is non-optional)
  waived: The blind evaluation set (60 scenarios) is being built; the pilot serves 5% of traffic until it exists. (owner: support-ml, until 2027-06-30)

FAIL  examples/adr/0006-hybrid-for-the-faq-bot.md — FAQ bot: the rules recommend rag, not hybrid (confidence: high, decided by knowledge-needs-retrieval)
examples/adr/0006-hybrid-for-the-faq-bot.md:7:13: error: hybrid is ruled out: The problem is knowledge only. A hybrid pays for a retrieval pipeline and a training cycle, which only two separate problems, one of facts and one of behavior, justify.
 7 |   approach: hybrid
   |             ^~~~~~
  rule: hybrid-needs-two-problems — source: seed 002 (practitioner's framework), 'The Hybrid Case' (two distinct problems, or cost without payoff)
examples/adr/0006-hybrid-for-the-faq-bot.md:13:15: error: hybrid is ruled out: There is no held-out evaluation set scored blind, so nobody could tell whether a tuned model beats the prompt.
 13 |     eval_set: no
    |               ^~
  rule: no-blind-evaluation-set — source: seed 000 (Tech10), 'Win case three: style and tone at scale' (the trap version: 50 diverse scenarios scored blind is the minimum bar); seed 002 (practitioner's framework), 'The Real Cost of Fine-Tuning' (evaluation is non-optional)

SKIP  examples/adr/0001-fine-tune-the-support-bot.md: status: superseded by ADR 2
SKIP  examples/adr/README.md: no front matter: an ADR holds its proposal in front matter under 'ragft:'

5 proposals checked: 3 passed, 2 failed; 2 files skipped
check exit 1
score examples/: 0
--- stderr
ragft: note: skipped examples/adr/0001-fine-tune-the-support-bot.md: status: superseded by ADR 2
ragft: note: skipped examples/adr/README.md: no front matter: an ADR holds its proposal in front matter under 'ragft:'
ragft: note: skipped examples/ci/README.md: no front matter: an ADR holds its proposal in front matter under 'ragft:'
--- exit 0
