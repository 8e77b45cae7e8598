RAGFT_TODAY=2026-11-21 ragft check examples/adr/; echo "check exit $?"
# The CI examples end in .example, the ADRs in .md: the profile batch still reads only profiles.
ragft score examples/ > /dev/null; echo "score examples/: $?"
--- stdout
PASS  examples/adr/0002-retrieval-for-policy-answers.md — Support bot: rag is the recommendation (confidence: high)
FAIL  examples/adr/0003-fine-tune-on-policy-documents.md — Support bot, cheaper: the rules recommend rag, not fine_tune (confidence: high, decided by changing-knowledge-needs-rag)
examples/adr/0003-fine-tune-on-policy-documents.md:8:13: error: this rule decides rag, not fine_tune: The model lacks facts that change monthly; retrieval serves each update as soon as the documents change, while trained weights would need a new training run every time.
 8 |   approach: fine_tune
   |             ^~~~~~~~~
  rule: changing-knowledge-needs-rag — source: seed 003 ('RAG wins 9 times out of 10'), 'The 4-question decision framework', Q1; seed 002 (practitioner's framework), 'My Fine-Tuning vs RAG Decision Framework', question 2
examples/adr/0003-fine-tune-on-policy-documents.md:10:14: error: Training on documents does not reliably store their facts: the tuned model learns how your answers sound and then states wrong facts with more confidence. Use retrieval for facts.
 10 |     problem: knowledge
    |              ^~~~~~~~~
  rule: teach-facts — source: seed 000 (Tech10), 'Waste case one: teaching the model new facts'; seed 001 (KnowMBA), 'The Trap' and fit tier 'Avoid'
examples/adr/0003-fine-tune-on-policy-documents.md:11:23: error: Facts that change monthly go stale in trained weights: a tuned model keeps giving the old answer until the next training run. A hybrid is not affected because it reads the facts from retrieval.
 11 |     knowledge_change: monthly
    |                       ^~~~~~~
  rule: facts-change-often — source: seed 001 (KnowMBA), 'The Trap'; seed 002 (practitioner's framework), 'The Real Cost of Fine-Tuning' and question 2
examples/adr/0003-fine-tune-on-policy-documents.md:16:14: warning: Sensitive or regulated data is not a reason to fine-tune: retrieval with access control and an audit trail meets most requirements and shows which document each answer came from.
 16 |     privacy: sensitive
    |              ^~~~~~~~~
  rule: regulated-is-not-a-reason — source: seed 000 (Tech10), 'Waste case two: "we need fine-tuning for our industry"'
examples/adr/0003-fine-tune-on-policy-documents.md:17:25: error: Every answer must be traceable to a document; retrieval can show the passage used, a fine-tuned model can only point at its weights.
 17 |     citations_required: yes
    |                         ^~~
  rule: citations-need-retrieval — source: seed 000 (Tech10), 'Waste case two: "we need fine-tuning for our industry"'

PASS  examples/adr/0004-fine-tune-shipping-manifests.md — Shipping manifests to JSON: fine_tune is the recommendation (confidence: high)
PASS  examples/adr/0005-trained-brand-voice.md — Support replies in the brand voice: fine_tune is the recommendation (confidence: high)
examples/adr/0005-trained-brand-voice.md:10:15: info: waived warning: A voice model with no blind evaluation set ships on a few favourite examples; build at least 50 varied scenarios scored blind before training anything.
 10 |     behavior: tone
    |               ^~~~
  rule: tone-without-eval — source: seed 000 (Tech10), 'Win case three: style and tone at scale' (the trap version)
  waived: The blind evaluation set (60 scenarios) is being built; the pilot serves 5% of traffic until it exists. (owner: support-ml, until 2027-06-30)

FAIL  examples/adr/0006-hybrid-for-the-faq-bot.md — FAQ bot: the rules recommend rag, not hybrid (confidence: high, decided by changing-knowledge-needs-rag)
examples/adr/0006-hybrid-for-the-faq-bot.md:7:13: error: hybrid is ruled out: The problem is knowledge only; a hybrid pays for a retrieval pipeline and a training cycle and is justified only by two distinct problems.
 7 |   approach: hybrid
   |             ^~~~~~
  rule: hybrid-needs-two-problems — source: seed 002 (practitioner's framework), 'The Hybrid Case'

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
