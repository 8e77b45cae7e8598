ragft explain examples/policy-manual.yaml
--- stdout
examples/policy-manual.yaml  — 500-page policy manual
  Answers
    problem              knowledge
    knowledge_change     yearly
    task_scope           broad
    prompt_quality       not answered
    quality_target       0.9  (default)
    labeled_examples     0
    eval_set             not answered
    calls_per_day        2000
    latency_budget_ms    not answered
    privacy              none  (default)
    citations_required   not answered
  Rules, in order
      -  changing-knowledge-needs-rag  decide rag
           problem == 'knowledge'                       yes  [problem = knowledge]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly', 'quarterly'] no  [knowledge_change = yearly]
           privacy == 'no_persistent_index'             no  [privacy = none]
      -  prompt-clears-target  decide prompt
           problem == 'behavior'                        no  [problem = knowledge]
           prompt_quality >= quality_target             no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           calls_per_day >= 100k                        no  [calls_per_day = 2000]
           latency_budget_ms < 100                      no (not answered)  [latency_budget_ms = not answered]
    FIRE knowledge-problem  rag +4
           problem == 'knowledge'                       yes  [problem = knowledge]
      -  behavior-problem  prompt +2, fine_tune +2, rag -3
           problem == 'behavior'                        no  [problem = knowledge]
      -  two-problems  hybrid +4, rag +2, prompt -2, fine_tune -2
           problem == 'both'                            no  [problem = knowledge]
    FIRE hybrid-needs-two-problems  exclude hybrid; error
           problem in ['knowledge', 'behavior']         yes  [problem = knowledge]
    FIRE teach-facts  fine_tune -4; error
           problem == 'knowledge'                       yes  [problem = knowledge]
           knowledge_change in ['static', 'yearly']     yes  [knowledge_change = yearly]
           task_scope == 'narrow'                       no  [task_scope = broad]
           calls_per_day * 365 >= 1M                    no  [calls_per_day = 2000]
           latency_budget_ms < 1000                     no (not answered)  [latency_budget_ms = not answered]
           privacy == 'no_persistent_index'             no  [privacy = none]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  facts-change-often  fine_tune -4; error
           problem in ['knowledge', 'both']             yes  [problem = knowledge]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  task-drifts-with-data  rag +6, fine_tune -3, hybrid -4, prompt -1; warning
           behavior == 'task'                           no (not answered)  [behavior = not answered]
           problem in ['behavior', 'both']              no  [problem = knowledge]
           task_scope == 'broad'                        yes  [task_scope = broad]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  closed-stable-hot-domain  fine_tune +6; warning
           problem == 'knowledge'                       yes  [problem = knowledge]
           knowledge_change in ['static', 'yearly']     yes  [knowledge_change = yearly]
           task_scope == 'narrow'                       no  [task_scope = broad]
           calls_per_day * 365 >= 1M                    no  [calls_per_day = 2000]
           latency_budget_ms < 1000                     no (not answered)  [latency_budget_ms = not answered]
      -  no-retrieval-store  exclude rag, hybrid
           privacy == 'no_persistent_index'             no  [privacy = none]
      -  stable-facts-into-weights  fine_tune +5; warning
           privacy == 'no_persistent_index'             no  [privacy = none]
           problem in ['knowledge', 'both']             yes  [problem = knowledge]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  changing-facts-without-index  error
           privacy == 'no_persistent_index'             no  [privacy = none]
           problem in ['knowledge', 'both']             yes  [problem = knowledge]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  on-premise-weak-baseline  fine_tune +3, hybrid +1
           privacy == 'on_premise'                      no  [privacy = none]
           problem in ['behavior', 'both']              no  [problem = knowledge]
           prompt_quality < quality_target              no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  regulated-is-not-a-reason  rag +1; warning
           privacy == 'sensitive'                       no  [privacy = none]
           problem == 'behavior'                        no  [problem = knowledge]
      -  citations-need-retrieval  fine_tune -5, rag +2, hybrid +1; error
           citations_required                           no (not answered)  [citations_required = not answered]
           problem == 'behavior'                        no  [problem = knowledge]
      -  prompt-not-tried  prompt +1; warning
           problem in ['behavior', 'both']              no  [problem = knowledge]
           answered(prompt_quality)                     no  [prompt_quality = not answered]
      -  tone-prompt-first  prompt +3, fine_tune -1
           behavior == 'tone'                           no (not answered)  [behavior = not answered]
           problem in ['behavior', 'both']              no  [problem = knowledge]
           answered(prompt_quality)                     no  [prompt_quality = not answered]
      -  prompt-falls-short  fine_tune +3, hybrid +3, prompt -1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           prompt_quality < quality_target              no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  large-prompt-gap  fine_tune +1, hybrid +1, prompt -2
           problem in ['behavior', 'both']              no  [problem = knowledge]
           prompt_quality <= quality_target - 0.08      no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           prompt_quality <= quality_target - 0.05      no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           calls_per_day < 1000                         no  [calls_per_day = 2000]
      -  prompt-meets-target  prompt +3, fine_tune -1
           problem == 'behavior'                        no  [problem = knowledge]
           prompt_quality >= quality_target             no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  prompt-covers-behavior-half  rag +3, hybrid -4, fine_tune -1
           problem == 'both'                            no  [problem = knowledge]
           prompt_quality >= quality_target             no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  too-few-examples  exclude fine_tune, hybrid; warning
           problem in ['behavior', 'both']              no  [problem = knowledge]
           behavior == 'refusal'                        no (not answered)  [behavior = not answered]
           labeled_examples < 300                       yes  [labeled_examples = 0]
           behavior in ['task', 'format', 'vocabulary', 'tone'] no (not answered)  [behavior = not answered]
           labeled_examples < 500                       yes  [labeled_examples = 0]
           answered(behavior)                           no  [behavior = not answered]
           labeled_examples < 1000                      yes  [labeled_examples = 0]
      -  below-thousand-examples  fine_tune -2, hybrid -1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           labeled_examples < 1000                      yes  [labeled_examples = 0]
           behavior == 'refusal'                        no (not answered)  [behavior = not answered]
      -  possible-fit-data  fine_tune +1, hybrid +1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           behavior in ['format', 'tone']               no (not answered)  [behavior = not answered]
           labeled_examples >= 5000                     no  [labeled_examples = 0]
      -  strong-fit  fine_tune +2, hybrid +1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           task_scope == 'narrow'                       no  [task_scope = broad]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
           labeled_examples >= 10k                      no  [labeled_examples = 0]
           calls_per_day * 365 >= 1M                    no  [calls_per_day = 2000]
      -  narrow-stable-task  fine_tune +2, hybrid +1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           task_scope == 'narrow'                       no  [task_scope = broad]
           behavior in ['task', 'format']               no (not answered)  [behavior = not answered]
           task_scope == 'broad'                        yes  [task_scope = broad]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  open-ended-procedure  fine_tune -2, hybrid -1, prompt +1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           behavior == 'task'                           no (not answered)  [behavior = not answered]
           task_scope == 'broad'                        yes  [task_scope = broad]
           labeled_examples >= 5000                     no  [labeled_examples = 0]
    FIRE open-ended-task  fine_tune -2, hybrid -1
           task_scope == 'broad'                        yes  [task_scope = broad]
           behavior in ['tone', 'vocabulary', 'refusal'] no (not answered)  [behavior = not answered]
      -  exact-format-at-volume  fine_tune +2, hybrid +1
           behavior == 'format'                         no (not answered)  [behavior = not answered]
           problem in ['behavior', 'both']              no  [problem = knowledge]
           prompt_quality < quality_target              no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           calls_per_day >= 1000                        yes  [calls_per_day = 2000]
      -  stable-output-convention  fine_tune +1, hybrid +1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           behavior in ['format', 'tone']               no (not answered)  [behavior = not answered]
      -  domain-vocabulary  fine_tune +3, hybrid +2, prompt -1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           behavior == 'vocabulary'                     no (not answered)  [behavior = not answered]
      -  refusal-behavior  fine_tune +3, hybrid +2, prompt -1, rag -2
           problem in ['behavior', 'both']              no  [problem = knowledge]
           behavior == 'refusal'                        no (not answered)  [behavior = not answered]
      -  tone-without-eval  fine_tune -3, hybrid -2; warning
           behavior == 'tone'                           no (not answered)  [behavior = not answered]
           problem in ['behavior', 'both']              no  [problem = knowledge]
           eval_set                                     no (not answered)  [eval_set = not answered]
      -  tone-at-scale  fine_tune +2, hybrid +1
           behavior == 'tone'                           no (not answered)  [behavior = not answered]
           problem in ['behavior', 'both']              no  [problem = knowledge]
           eval_set                                     no (not answered)  [eval_set = not answered]
           calls_per_day >= 1000                        yes  [calls_per_day = 2000]
      -  low-volume  fine_tune -2, hybrid -2; info
           calls_per_day < 1000                         no  [calls_per_day = 2000]
           problem in ['behavior', 'both']              no  [problem = knowledge]
      -  no-payback-case  fine_tune -3, hybrid -3, prompt +2
           problem in ['behavior', 'both']              no  [problem = knowledge]
           answered(calls_per_day)                      yes  [calls_per_day = 2000]
           calls_per_day * 365 < 1M                     yes  [calls_per_day = 2000]
           prompt_quality <= quality_target - 0.05      no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           calls_per_day >= 1000                        yes  [calls_per_day = 2000]
           prompt_quality <= quality_target - 0.08      no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           latency_budget_ms < 100                      no (not answered)  [latency_budget_ms = not answered]
           privacy == 'no_persistent_index'             no  [privacy = none]
           behavior == 'refusal'                        no (not answered)  [behavior = not answered]
           behavior == 'task'                           no (not answered)  [behavior = not answered]
           task_scope == 'broad'                        yes  [task_scope = broad]
           knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  volume-pays-back  fine_tune +1, hybrid +1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           calls_per_day * 365 >= 1M                    no  [calls_per_day = 2000]
      -  high-volume-smaller-model  fine_tune +4, hybrid +2, prompt -2
           problem in ['behavior', 'both']              no  [problem = knowledge]
           calls_per_day >= 100k                        no  [calls_per_day = 2000]
           task_scope == 'broad'                        yes  [task_scope = broad]
      -  millions-per-day  fine_tune +1, hybrid +1
           problem in ['behavior', 'both']              no  [problem = knowledge]
           calls_per_day >= 1M                          no  [calls_per_day = 2000]
      -  sub-100ms-budget  fine_tune +4, prompt -3, rag -4, hybrid -3
           latency_budget_ms < 100                      no (not answered)  [latency_budget_ms = not answered]
           problem == 'knowledge'                       yes  [problem = knowledge]
      -  latency-stable-knowledge  fine_tune +3, hybrid -1
           latency_budget_ms < 1000                     no (not answered)  [latency_budget_ms = not answered]
           problem == 'both'                            no  [problem = knowledge]
           knowledge_change in ['static', 'yearly']     yes  [knowledge_change = yearly]
      -  retrieval-overhead  rag -2, hybrid -2, fine_tune +1; warning
           latency_budget_ms < 1000                     no (not answered)  [latency_budget_ms = not answered]
      -  lora-first  info
           problem in ['behavior', 'both']              no  [problem = knowledge]
           prompt_quality < quality_target              no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           calls_per_day >= 100k                        no  [calls_per_day = 2000]
           latency_budget_ms < 100                      no (not answered)  [latency_budget_ms = not answered]
           labeled_examples < 300                       yes  [labeled_examples = 0]
           problem == 'knowledge'                       yes  [problem = knowledge]
           privacy == 'no_persistent_index'             no  [privacy = none]
           problem == 'knowledge'                       yes  [problem = knowledge]
           knowledge_change in ['static', 'yearly']     yes  [knowledge_change = yearly]
           task_scope == 'narrow'                       no  [task_scope = broad]
           calls_per_day * 365 >= 1M                    no  [calls_per_day = 2000]
           latency_budget_ms < 1000                     no (not answered)  [latency_budget_ms = not answered]
      -  retraining-cycle  info
           problem in ['behavior', 'both']              no  [problem = knowledge]
           prompt_quality < quality_target              no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           calls_per_day >= 100k                        no  [calls_per_day = 2000]
           latency_budget_ms < 100                      no (not answered)  [latency_budget_ms = not answered]
           labeled_examples < 300                       yes  [labeled_examples = 0]
           problem == 'knowledge'                       yes  [problem = knowledge]
           privacy == 'no_persistent_index'             no  [privacy = none]
           problem == 'knowledge'                       yes  [problem = knowledge]
           knowledge_change in ['static', 'yearly']     yes  [knowledge_change = yearly]
           task_scope == 'narrow'                       no  [task_scope = broad]
           calls_per_day * 365 >= 1M                    no  [calls_per_day = 2000]
           latency_budget_ms < 1000                     no (not answered)  [latency_budget_ms = not answered]
      -  evaluation-before-training  info
           problem in ['behavior', 'both']              no  [problem = knowledge]
           eval_set                                     no (not answered)  [eval_set = not answered]
           behavior == 'tone'                           no (not answered)  [behavior = not answered]
           prompt_quality < quality_target              no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
           calls_per_day >= 100k                        no  [calls_per_day = 2000]
           latency_budget_ms < 100                      no (not answered)  [latency_budget_ms = not answered]
  Excluded
    hybrid: The problem is knowledge only; a hybrid pays for a retrieval pipeline and a training cycle and is justified only by two distinct problems. [hybrid-needs-two-problems]
  Tally
    prompt                 │               +0
    rag                    │████████       +4
    fine_tune  ▒▒▒▒▒▒▒▒▒▒▒▒│               -6
    hybrid               ▒▒│               -1  excluded
  Recommendation: rag (confidence: high)
  What would change the answer
    problem = 'behavior' → prompt  (--set problem=behavior)
    privacy = 'no_persistent_index' → fine_tune  (--set privacy=no_persistent_index)
--- stderr
--- exit 0
