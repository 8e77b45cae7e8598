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
      -  facts-move-too-fast-to-train  exclude fine_tune
           all of (and)                                 no
             problem in ['knowledge', 'both']           yes  [problem = knowledge]
             knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  answers-must-cite-sources  exclude fine_tune
           all of (and)                                 no
             citations_required                         no (not answered)  [citations_required = not answered]
             problem in ['knowledge', 'both']           yes  [problem = knowledge]
      -  no-retrieval-index-allowed  exclude rag, hybrid
           privacy == 'no_persistent_index'             no  [privacy = none]
    FIRE hybrid-needs-two-problems  exclude hybrid
           problem in ['knowledge', 'behavior']         yes  [problem = knowledge]
      -  task-labels-drift  exclude fine_tune
           all of (and)                                 no
             problem == 'behavior'                      no  [problem = knowledge]
             behavior == 'task'                         no (not answered)  [behavior = not answered]
             knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  prompt-not-measured  exclude fine_tune, hybrid
           all of (and)                                 no
             problem in ['behavior', 'both']            no  [problem = knowledge]
             not                                        yes
               answered(prompt_quality)                 no  [prompt_quality = not answered]
             not                                        yes
               latency_budget_ms < cost_latency_ms_prompt no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_prompt = 1200]
             not                                        yes
               all of (and)                             no
                 problem == 'behavior'                  no  [problem = knowledge]
                 not                                    no
                   task_scope == 'broad'                yes  [task_scope = broad]
                 calls_per_day >= 100k                  no  [calls_per_day = 2000]
                 calls_per_day >= cost_breakeven_calls_per_day no  [calls_per_day = 2000, cost_breakeven_calls_per_day = 29084.1]
             not                                        yes
               all of (and)                             no
                 problem == 'both'                      no  [problem = knowledge]
                 privacy == 'no_persistent_index'       no  [privacy = none]
      -  prompt-covers-behavior-half  exclude hybrid
           all of (and)                                 no
             problem == 'both'                          no  [problem = knowledge]
             prompt_quality >= quality_target           no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  no-blind-evaluation-set  exclude fine_tune, hybrid
           all of (and)                                 no
             answered(eval_set)                         no  [eval_set = not answered]
             not                                        yes
               eval_set                                 no (not answered)  [eval_set = not answered]
      -  examples-not-counted  exclude fine_tune, hybrid
           all of (and)                                 no
             not                                        no
               answered(labeled_examples)               yes  [labeled_examples = 0]
             any of (or)                                yes
               problem in ['behavior', 'both']          no  [problem = knowledge]
               all of (and)                             yes
                 problem == 'knowledge'                 yes  [problem = knowledge]
                 knowledge_change in ['quarterly', 'yearly', 'static'] yes  [knowledge_change = yearly]
      -  too-few-refusal-examples  exclude fine_tune, hybrid
           all of (and)                                 no
             problem in ['behavior', 'both']            no  [problem = knowledge]
             behavior == 'refusal'                      no (not answered)  [behavior = not answered]
             labeled_examples < 300                     yes  [labeled_examples = 0]
      -  too-few-examples-for-narrow-behavior  exclude fine_tune, hybrid
           all of (and)                                 no
             problem in ['behavior', 'both']            no  [problem = knowledge]
             any of (or)                                no
               behavior in ['format', 'vocabulary']     no (not answered)  [behavior = not answered]
               all of (and)                             no
                 behavior == 'task'                     no (not answered)  [behavior = not answered]
                 not                                    no
                   task_scope == 'broad'                yes  [task_scope = broad]
             labeled_examples < 500                     yes  [labeled_examples = 0]
      -  too-few-examples-for-style  exclude fine_tune, hybrid
           all of (and)                                 no
             problem in ['behavior', 'both']            no  [problem = knowledge]
             behavior == 'tone'                         no (not answered)  [behavior = not answered]
             labeled_examples < 1000                    yes  [labeled_examples = 0]
      -  too-few-examples-for-procedure  exclude fine_tune, hybrid
           all of (and)                                 no
             problem in ['behavior', 'both']            no  [problem = knowledge]
             behavior == 'task'                         no (not answered)  [behavior = not answered]
             task_scope == 'broad'                      yes  [task_scope = broad]
             labeled_examples <= 5000                   yes  [labeled_examples = 0]
    FIRE too-few-examples-general  exclude fine_tune, hybrid
           all of (and)                                 yes
             labeled_examples < 1000                    yes  [labeled_examples = 0]
             any of (or)                                yes
               all of (and)                             no
                 problem in ['behavior', 'both']        no  [problem = knowledge]
                 not                                    yes
                   answered(behavior)                   no  [behavior = not answered]
               all of (and)                             yes
                 problem == 'knowledge'                 yes  [problem = knowledge]
                 knowledge_change in ['quarterly', 'yearly', 'static'] yes  [knowledge_change = yearly]
      -  training-does-not-pay-back  exclude fine_tune
           all of (and)                                 no
             problem == 'behavior'                      no  [problem = knowledge]
             behavior in ['format', 'task']             no (not answered)  [behavior = not answered]
             answered(prompt_quality)                   no  [prompt_quality = not answered]
             answered(calls_per_day)                    yes  [calls_per_day = 2000]
             not                                        yes
               calls_per_day >= cost_breakeven_calls_per_day no  [calls_per_day = 2000, cost_breakeven_calls_per_day = 29084.1]
             not                                        yes
               latency_budget_ms < cost_latency_ms_prompt no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_prompt = 1200]
      -  problem-not-stated  decide prompt
           not                                          no
             answered(problem)                          yes  [problem = knowledge]
      -  moving-facts-without-index  decide none
           all of (and)                                 no
             problem in ['knowledge', 'both']           yes  [problem = knowledge]
             privacy == 'no_persistent_index'           no  [privacy = none]
             knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  citations-without-index  decide none
           all of (and)                                 no
             problem in ['knowledge', 'both']           yes  [problem = knowledge]
             privacy == 'no_persistent_index'           no  [privacy = none]
             citations_required                         no (not answered)  [citations_required = not answered]
      -  stable-facts-without-index  decide fine_tune
           all of (and)                                 no
             problem == 'knowledge'                     yes  [problem = knowledge]
             privacy == 'no_persistent_index'           no  [privacy = none]
             knowledge_change in ['quarterly', 'yearly', 'static'] yes  [knowledge_change = yearly]
      -  retrieval-too-slow-for-stable-facts  decide fine_tune
           all of (and)                                 no
             problem == 'knowledge'                     yes  [problem = knowledge]
             knowledge_change in ['quarterly', 'yearly', 'static'] yes  [knowledge_change = yearly]
             not                                        no
               task_scope == 'broad'                    yes  [task_scope = broad]
             latency_budget_ms < cost_latency_ms_rag    no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_rag = 1600]
      -  closed-stable-set-at-volume  decide fine_tune
           all of (and)                                 no
             problem == 'knowledge'                     yes  [problem = knowledge]
             knowledge_change in ['quarterly', 'yearly', 'static'] yes  [knowledge_change = yearly]
             task_scope == 'narrow'                     no  [task_scope = broad]
             calls_per_day >= cost_breakeven_calls_per_day_fine_tune_vs_rag no  [calls_per_day = 2000, cost_breakeven_calls_per_day_fine_tune_vs_rag = 5129.32]
    FIRE knowledge-needs-retrieval  decide rag
           problem == 'knowledge'                       yes  [problem = knowledge]
    FIRE knowledge-nothing-fits  decide none
           problem == 'knowledge'                       yes  [problem = knowledge]
      -  latency-needs-small-model  decide fine_tune
           all of (and)                                 no
             problem == 'behavior'                      no  [problem = knowledge]
             latency_budget_ms < cost_latency_ms_prompt no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_prompt = 1200]
      -  volume-pays-back  decide fine_tune
           all of (and)                                 no
             problem == 'behavior'                      no  [problem = knowledge]
             not                                        no
               task_scope == 'broad'                    yes  [task_scope = broad]
             calls_per_day >= 100k                      no  [calls_per_day = 2000]
             calls_per_day >= cost_breakeven_calls_per_day no  [calls_per_day = 2000, cost_breakeven_calls_per_day = 29084.1]
      -  prompt-falls-short  decide fine_tune
           all of (and)                                 no
             problem == 'behavior'                      no  [problem = knowledge]
             not                                        yes
               prompt_quality >= quality_target         no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  prompt-clears-target  decide prompt
           all of (and)                                 no
             problem == 'behavior'                      no  [problem = knowledge]
             prompt_quality >= quality_target           no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  drifting-task-needs-retrieval  decide rag
           all of (and)                                 no
             problem == 'behavior'                      no  [problem = knowledge]
             behavior == 'task'                         no (not answered)  [behavior = not answered]
             knowledge_change in ['realtime', 'daily', 'weekly', 'monthly'] no  [knowledge_change = yearly]
      -  prompt-below-target-for-now  decide prompt
           all of (and)                                 no
             problem == 'behavior'                      no  [problem = knowledge]
             prompt_quality < quality_target            no (not answered)  [prompt_quality = not answered, quality_target = 0.9]
      -  behavior-prompt-first  decide prompt
           problem == 'behavior'                        no  [problem = knowledge]
      -  both-stable-facts-without-index  decide fine_tune
           all of (and)                                 no
             problem == 'both'                          no  [problem = knowledge]
             privacy == 'no_persistent_index'           no  [privacy = none]
             knowledge_change in ['quarterly', 'yearly', 'static'] yes  [knowledge_change = yearly]
      -  both-too-slow-for-retrieval  decide fine_tune
           all of (and)                                 no
             problem == 'both'                          no  [problem = knowledge]
             knowledge_change in ['quarterly', 'yearly', 'static'] yes  [knowledge_change = yearly]
             latency_budget_ms < cost_latency_ms_hybrid no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_hybrid = 700]
      -  two-problems-two-tools  decide hybrid
           problem == 'both'                            no  [problem = knowledge]
      -  both-retrieval-first  decide rag
           problem == 'both'                            no  [problem = knowledge]
      -  both-nothing-fits  decide none
           problem == 'both'                            no  [problem = knowledge]
    FIRE teach-facts  error
           all of (and)                                 yes
             problem == 'knowledge'                     yes  [problem = knowledge]
             not                                        yes
               all of (and)                             no
                 knowledge_change in ['quarterly', 'yearly', 'static'] yes  [knowledge_change = yearly]
                 any of (or)                            no
                   privacy == 'no_persistent_index'     no  [privacy = none]
                   all of (and)                         no
                     not                                no
                       task_scope == 'broad'            yes  [task_scope = broad]
                     latency_budget_ms < cost_latency_ms_rag no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_rag = 1600]
                   all of (and)                         no
                     task_scope == 'narrow'             no  [task_scope = broad]
                     calls_per_day >= cost_breakeven_calls_per_day_fine_tune_vs_rag no  [calls_per_day = 2000, cost_breakeven_calls_per_day_fine_tune_vs_rag = 5129.32]
      -  regulated-is-not-a-reason  warning
           all of (and)                                 no
             privacy == 'sensitive'                     no  [privacy = none]
             problem in ['knowledge', 'both']           yes  [problem = knowledge]
      -  retrieval-over-budget  warning
           latency_budget_ms < cost_latency_ms_rag      no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_rag = 1600]
      -  hybrid-over-budget  warning
           latency_budget_ms < cost_latency_ms_hybrid   no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_hybrid = 700]
      -  prompt-over-budget  warning
           latency_budget_ms < cost_latency_ms_prompt   no (not answered)  [latency_budget_ms = not answered, cost_latency_ms_prompt = 1200]
    FIRE plan-retraining  
           problem in ['behavior', 'both', 'knowledge'] yes  [problem = knowledge]
      -  on-premise-model  
           privacy == 'on_premise'                      no  [privacy = none]
      -  thin-training-set  warning
           all of (and)                                 no
             problem in ['behavior', 'both']            no  [problem = knowledge]
             labeled_examples < 1000                    yes  [labeled_examples = 0]
             any of (or)                                no
               behavior in ['format', 'vocabulary', 'refusal'] no (not answered)  [behavior = not answered]
               all of (and)                             no
                 behavior == 'task'                     no (not answered)  [behavior = not answered]
                 not                                    no
                   task_scope == 'broad'                yes  [task_scope = broad]
             not                                        yes
               all of (and)                             no
                 behavior == 'refusal'                  no (not answered)  [behavior = not answered]
                 labeled_examples < 300                 yes  [labeled_examples = 0]
             not                                        no
               all of (and)                             yes
                 not                                    yes
                   behavior == 'refusal'                no (not answered)  [behavior = not answered]
                 labeled_examples < 500                 yes  [labeled_examples = 0]
  Excluded
    hybrid: The problem is knowledge only. A hybrid pays for a retrieval pipeline and a training cycle, which only two separate problems, one of facts and one of behavior, justify. [hybrid-needs-two-problems]
    fine_tune: 0 pairs is below 1,000, the floor for a useful fine-tune when the kind of behavior is not narrowed down, or when the facts themselves are to be trained in. [too-few-examples-general]
  Tally
  Recommendation: rag (confidence: high, decided by knowledge-needs-retrieval)
  What would change the answer
    problem = 'behavior' → prompt  (--set problem=behavior)
    privacy = 'no_persistent_index' → none  (--set privacy=no_persistent_index)
--- stderr
--- exit 0
