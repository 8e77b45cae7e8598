ragft score examples/adr/0004-fine-tune-shipping-manifests.md -q; ragft score - -q < examples/adr/0004-fine-tune-shipping-manifests.md; ragft score examples/adr/ -q; echo "exit $?"; ragft explain - < examples/adr/0006-hybrid-for-the-faq-bot.md | head -12; ragft cost examples/adr/0004-fine-tune-shipping-manifests.md --format json | jq -c ".[0] | [.file, .recommendation, .inputs.calls_per_day]"; ragft cost examples/adr/0001-fine-tune-the-support-bot.md; echo "exit $?"; printf -- "---\nragft:\n  answers:\n    calls_per_day: lots\n---\n" | ragft cost -; echo "exit $?"
--- stdout
examples/adr/0004-fine-tune-shipping-manifests.md: fine_tune (high)
<stdin>: fine_tune (high)
examples/adr/0002-retrieval-for-policy-answers.md: rag (high)
examples/adr/0003-fine-tune-on-policy-documents.md: rag (high)
examples/adr/0004-fine-tune-shipping-manifests.md: fine_tune (high)
examples/adr/0005-trained-brand-voice.md: prompt (medium)
examples/adr/0006-hybrid-for-the-faq-bot.md: rag (high)
exit 0
<stdin>  — FAQ bot
  Answers
    problem              knowledge
    knowledge_change     weekly
    task_scope           broad
    prompt_quality       not answered
    quality_target       0.9  (default)
    labeled_examples     1200
    eval_set             no
    calls_per_day        2000
    latency_budget_ms    not answered
    privacy              none  (default)
["examples/adr/0004-fine-tune-shipping-manifests.md","fine_tune",40000]
exit 2
exit 2
--- stderr
ragft: error: 'examples/adr/0001-fine-tune-the-support-bot.md' holds no profile: status: superseded by ADR 2
  hint: 'ragft init --proposal -o NAME.md' writes an ADR with its proposal in the front matter
<stdin>:4:20: error: 'lots' is not a number for 'calls_per_day'
 4 |     calls_per_day: lots
   |                    ^~~~
  hint: expected a number >= 0, such as 40000, 40k or 4e4
--- exit 0
