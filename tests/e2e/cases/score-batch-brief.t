ragft score examples/
--- stdout
examples/adr/0002-retrieval-for-policy-answers.md  — Support bot
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Index the documents and measure retrieval on real user questions before tuning anything
    else: chunking and query-document mismatch cause more failures than the model.

examples/adr/0003-fine-tune-on-policy-documents.md  — Support bot, cheaper
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Index the documents and measure retrieval on real user questions before tuning anything
    else: chunking and query-document mismatch cause more failures than the model.

examples/adr/0004-fine-tune-shipping-manifests.md  — Shipping manifests to JSON
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/adr/0005-trained-brand-voice.md  — Support replies in the brand voice
  Recommendation: prompt  Prompt engineering  (confidence: medium: the prompt is still below the
    target, and training waits for its prerequisites)
  > Next: Build a blind evaluation set of at least 50 varied scenarios, held out from training and
    scored by people who do not know which system wrote each answer. [unlocks fine_tune: eval_set =
    yes]

examples/adr/0006-hybrid-for-the-faq-bot.md  — FAQ bot
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Index the documents and measure retrieval on real user questions before tuning anything
    else: chunking and query-document mismatch cause more failures than the model.

examples/brand-emails.yaml  — Brand emails across 16 markets
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/clinical-protocols.yaml  — Clinical protocols that may not be indexed
  Recommendation: fine_tune  Fine-tuning  (confidence: medium: only seed 004 trains facts into
    weights; the other texts never do; not answered: citations_required)
  > Next: Test every fact that matters against the evaluation set: weights recall facts less exactly
    than retrieval, and retrain whenever the facts change.

examples/copilot-assistant.yaml  — GitHub Copilot-style code assistant
  Recommendation: hybrid  Fine-tuned model with retrieval  (confidence: high)
  > Next: Build and measure the retrieval half first, then train the behavior on pairs whose inputs
    include retrieved passages.

examples/domain-jargon.yaml  — Domain jargon in insurance and legal drafting
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/drug-interactions.yaml  — Monthly drug-interaction database
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Index the documents and measure retrieval on real user questions before tuning anything
    else: chunking and query-document mismatch cause more failures than the model.

examples/faq-200-questions.yaml  — FAQ assistant with 200 stable questions
  Recommendation: fine_tune  Fine-tuning  (confidence: medium: only seed 004 trains a closed set of
    stable answers into weights; not answered: citations_required)
  > Next: Train on the questions as users phrase them; move to retrieval if the set of answers
    starts to grow or change.

examples/hybrid-without-two-problems.yaml  — Hybrid without two distinct problems
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Index the documents and measure retrieval on real user questions before tuning anything
    else: chunking and query-document mismatch cause more failures than the model.

examples/insurance-claims-assistant.yaml  — Insurance claims customer assistant
  Recommendation: hybrid  Fine-tuned model with retrieval  (confidence: high)
  > Next: Build and measure the retrieval half first, then train the behavior on pairs whose inputs
    include retrieved passages.

examples/insurance-claims-refactor.yaml  — Insurance claims classifier refactor
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Build retrieval for the facts, then measure the prompt's behavior on top of it against the
    target.

examples/klarna-assistant.yaml  — Klarna-style support assistant
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Index the documents and measure retrieval on real user questions before tuning anything
    else: chunking and query-document mismatch cause more failures than the model.

examples/latency-voice-agent.yaml  — Voice agent with a 400 ms budget
  Recommendation: fine_tune  Fine-tuning  (confidence: medium: only seed 004 trains facts into
    weights to save the retrieval hop; not answered: citations_required)
  > Next: Test every fact that matters against the evaluation set, and retrain whenever the facts
    change.

examples/low-volume-task.yaml  — Narrow task at hundreds of calls a day
  Recommendation: prompt  Prompt engineering  (confidence: high)
  > Next: Write the strongest prompt you can (a few hundred words on the behavior, the patterns to
    avoid, two or three worked examples), score it blind on 20 or more cases, and compare it with
    the 0.9 target. [unlocks fine_tune: prompt_quality < 0.9 (measured)]

examples/millions-of-calls.yaml  — Millions of calls a day at $40K a month
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train the smaller model to match the prompted frontier model on the blind set (and at
    least the 0.9 target), and switch only once it does.

examples/on-premise-extraction.yaml  — On-premise extraction with a weak baseline
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/pharmacy-refusals.yaml  — Pharmacy chain refusals
  Recommendation: fine_tune  Fine-tuning  (confidence: medium: a warning 'thin-training-set'
    concerns fine_tune)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/policy-manual.yaml  — 500-page policy manual
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Index the documents and measure retrieval on real user questions before tuning anything
    else: chunking and query-document mismatch cause more failures than the model.

examples/prompt-reaches-90.yaml  — Prompt with few-shot examples reaches 90%
  Recommendation: prompt  Prompt engineering  (confidence: high)
  > Next: Keep the evaluation set and rerun it whenever the provider updates the model.

examples/regulated-industry.yaml  — We're regulated, so we need fine-tuning
  Recommendation: rag  Retrieval-augmented generation  (confidence: high)
  > Next: Index the documents and measure retrieval on real user questions before tuning anything
    else: chunking and query-document mismatch cause more failures than the model.

examples/shipping-manifests.yaml  — Shipping manifests to JSON
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/sku-taxonomy.yaml  — 3M-SKU product taxonomy
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train the smaller model to match the prompted frontier model on the blind set (and at
    least the 0.9 target), and switch only once it does.

examples/sql-fixed-schema.yaml  — SQL over a fixed schema
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/sub-100ms.yaml  — Responses under 100 ms
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Serve the tuned model where it meets 80 ms: under about 300 ms that means dedicated GPUs
    (fine_tune_model: self_hosted_gpu in `ragft cost`).

examples/ticket-triage.yaml  — Support tickets into 12 categories
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/tone-at-scale.yaml  — Support responses in a proprietary tone at scale
  Recommendation: fine_tune  Fine-tuning  (confidence: high)
  > Next: Train with a parameter-efficient method (LoRA or QLoRA) first, expect the first model to
    score 10 to 20 points below its own benchmark on real data, and do not ship it before it beats
    the prompt on the blind set.

examples/tone-without-prompt.yaml  — Tone project without a prompt experiment
  Recommendation: prompt  Prompt engineering  (confidence: high)
  > Next: Write the strongest prompt you can (a few hundred words on the behavior, the patterns to
    avoid, two or three worked examples), score it blind on 20 or more cases, and compare it with
    the 0.9 target. [unlocks fine_tune: prompt_quality < 0.9 (measured)]

examples/too-few-examples.yaml  — Fewer than 1,000 training examples
  Recommendation: prompt  Prompt engineering  (confidence: medium: the prompt is still below the
    target, and training waits for its prerequisites)
  > Next: Collect about 100 more clean pairs: a format behavior needs about 500 (500 to 2,000), and
    you have 400. [unlocks fine_tune: labeled_examples >= 500]

31 profiles scored: prompt 5, rag 9, fine_tune 15, hybrid 2
--- stderr
ragft: note: skipped examples/adr/0001-fine-tune-the-support-bot.md: status: superseded by ADR 2
ragft: note: skipped examples/adr/README.md: no front matter: an ADR holds its proposal in front matter under 'ragft:'
ragft: note: skipped examples/ci/README.md: no front matter: an ADR holds its proposal in front matter under 'ragft:'
--- exit 0
