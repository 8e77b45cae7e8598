for a in prompt rag fine_tune hybrid; do ragft init --proposal -o t-$a.md > /dev/null && sed -i "s/^  approach: .*/  approach: $a/" t-$a.md && RAGFT_TODAY=2026-11-21 ragft check t-$a.md > out-$a.txt; echo "$a: $?"; RAGFT_TODAY=2026-11-21 ragft check --strict t-$a.md > /dev/null; echo "$a --strict: $?"; done; cat out-fine_tune.txt
--- stdout
prompt: 1
prompt --strict: 1
rag: 1
rag --strict: 1
fine_tune: 1
fine_tune --strict: 1
hybrid: 1
hybrid --strict: 1
FAIL  t-fine_tune.md: cannot be judged: it leaves out 7 answers the rules need (problem, knowledge_change, task_scope, labeled_examples, eval_set, calls_per_day, citations_required); the rules would recommend prompt
t-fine_tune.md:27:5: error: 'problem' is not answered, and the rules need it to judge the approach: What is wrong with the model's answers today? (one of: knowledge, behavior, both)
 27 |     problem:    # needed: 'ragft check' fails without it
    |     ^~~~~~~
  rule: ragft/missing-answer
t-fine_tune.md:50:5: error: 'knowledge_change' is not answered, and the rules need it to judge the approach: How often do the facts behind the answers change? (one of: realtime, daily, weekly, monthly, quarterly, yearly, static)
 50 |     knowledge_change:    # needed: 'ragft check' fails without it
    |     ^~~~~~~~~~~~~~~~
  rule: ragft/missing-answer
t-fine_tune.md:57:5: error: 'task_scope' is not answered, and the rules need it to judge the approach: Is the job bounded, with a fixed set of possible outputs, or open-ended? (one of: narrow, broad)
 57 |     task_scope:    # needed: 'ragft check' fails without it
    |     ^~~~~~~~~~
  rule: ragft/missing-answer
t-fine_tune.md:72:5: error: 'labeled_examples' is not answered, and the rules need it to judge the approach: How many clean, consistent input-output pairs could you train on today? (a whole number >= 0, such as 2000 or 2k)
 72 |     labeled_examples:    # needed: 'ragft check' fails without it
    |     ^~~~~~~~~~~~~~~~
  rule: ragft/missing-answer
t-fine_tune.md:77:5: error: 'eval_set' is not answered, and the rules need it to judge the approach: Do you have a held-out evaluation set that is scored blind? (yes or no)
 77 |     eval_set:    # needed: 'ragft check' fails without it
    |     ^~~~~~~~
  rule: ragft/missing-answer
t-fine_tune.md:82:5: error: 'calls_per_day' is not answered, and the rules need it to judge the approach: How many model calls a day do you expect in production? (a number >= 0, such as 40000, 40k or 4e4)
 82 |     calls_per_day:    # needed: 'ragft check' fails without it
    |     ^~~~~~~~~~~~~
  rule: ragft/missing-answer
t-fine_tune.md:101:5: error: 'citations_required' is not answered, and the rules need it to judge the approach: Must every answer be traceable to the source document it came from? (yes or no)
 101 |     citations_required:    # needed: 'ragft check' fails without it
     |     ^~~~~~~~~~~~~~~~~~
  rule: ragft/missing-answer
t-fine_tune.md:18:13: error: this rule decides prompt, not fine_tune: Without knowing whether facts or behavior are wrong, the cheapest reversible start is a careful prompt.
 18 |   approach: fine_tune
    |             ^~~~~~~~~
  rule: problem-not-stated — source: seed 002 (practitioner's framework), 'My Fine-Tuning vs RAG Decision Framework', question 1 (most of the time the first question settles it); seed 001 (KnowMBA), 'In Practice' (prompting, then RAG, then fine-tuning)

1 proposal checked: 0 passed, 1 failed
--- stderr
--- exit 0
