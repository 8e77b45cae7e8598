ragft rules dump > dumped.yaml && ragft --no-default-rules --rules dumped.yaml rules lint -q && cmp dumped.yaml rules/default.yaml && echo identical
--- stdout
--- stderr
dumped.yaml:330:36: error: unknown criterion 'cost_latency_ms_prompt'
 330 |       and not (latency_budget_ms < cost_latency_ms_prompt)
     |                                    ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:332:56: error: unknown criterion 'cost_breakeven_calls_per_day'
 332 |         and calls_per_day >= 100k and calls_per_day >= cost_breakeven_calls_per_day)
     |                                                        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:487:33: error: unknown criterion 'cost_breakeven_calls_per_day'
 487 |       and not (calls_per_day >= cost_breakeven_calls_per_day)
     |                                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:488:36: error: unknown criterion 'cost_latency_ms_prompt'
 488 |       and not (latency_budget_ms < cost_latency_ms_prompt)
     |                                    ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:492:41: error: unknown criterion '{horizon_months}' in text
 492 |       training does not pay back within {horizon_months} months.
     |                                         ^~~~~~~~~~~~~~~~
dumped.yaml:495:14: error: unknown criterion '{horizon_months}' in text
 495 |       within {horizon_months} months only from about
     |              ^~~~~~~~~~~~~~~~
dumped.yaml:496:10: error: unknown criterion 'cost_breakeven_calls_per_day'
 496 |       {= cost_breakeven_calls_per_day} calls a day (see `ragft cost`).
     |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:497:36: error: unknown criterion 'cost_breakeven_calls_per_day'
 497 |     unlock: {calls_per_day: ">= {= cost_breakeven_calls_per_day}"}
     |                                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:589:31: error: unknown criterion 'cost_latency_ms_rag'
 589 |       and latency_budget_ms < cost_latency_ms_rag
     |                               ^~~~~~~~~~~~~~~~~~~
dumped.yaml:595:39: error: unknown criterion 'cost_latency_ms_rag'
 595 |       A retrieval call takes about {= cost_latency_ms_rag} ms in the cost model,
     |                                       ^~~~~~~~~~~~~~~~~~~
dumped.yaml:608:28: error: unknown criterion 'cost_breakeven_calls_per_day_fine_tune_vs_rag'
 608 |       and calls_per_day >= cost_breakeven_calls_per_day_fine_tune_vs_rag
     |                            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:616:16: error: unknown criterion 'cost_breakeven_calls_per_day_fine_tune_vs_rag'
 616 |       about {= cost_breakeven_calls_per_day_fine_tune_vs_rag} calls a day.
     |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:651:57: error: unknown criterion 'cost_latency_ms_prompt'
 651 |     when: problem == 'behavior' and latency_budget_ms < cost_latency_ms_prompt
     |                                                         ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:654:38: error: unknown criterion 'cost_latency_ms_prompt'
 654 |       A prompted call takes about {= cost_latency_ms_prompt} ms in the cost
     |                                      ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:675:28: error: unknown criterion 'cost_breakeven_calls_per_day'
 675 |       and calls_per_day >= cost_breakeven_calls_per_day
     |                            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:680:7: error: unknown criterion '{horizon_months}' in text
 680 |       {horizon_months} months (the cost model's break-even is about
     |       ^~~~~~~~~~~~~~~~
dumped.yaml:681:10: error: unknown criterion 'cost_breakeven_calls_per_day'
 681 |       {= cost_breakeven_calls_per_day} calls a day), and the volume is past the
     |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:774:31: error: unknown criterion 'cost_latency_ms_hybrid'
 774 |       and latency_budget_ms < cost_latency_ms_hybrid
     |                               ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:780:56: error: unknown criterion 'cost_latency_ms_hybrid'
 780 |       Even a tuned model that retrieves takes about {= cost_latency_ms_hybrid} ms
     |                                                        ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:830:67: error: unknown criterion 'cost_latency_ms_rag'
 830 |           or (not (task_scope == 'broad') and latency_budget_ms < cost_latency_ms_rag)
     |                                                                   ^~~~~~~~~~~~~~~~~~~
dumped.yaml:831:59: error: unknown criterion 'cost_breakeven_calls_per_day_fine_tune_vs_rag'
 831 |           or (task_scope == 'narrow' and calls_per_day >= cost_breakeven_calls_per_day_fine_tune_vs_rag)))
     |                                                           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:850:31: error: unknown criterion 'cost_latency_ms_rag'
 850 |     when: latency_budget_ms < cost_latency_ms_rag
     |                               ^~~~~~~~~~~~~~~~~~~
dumped.yaml:854:56: error: unknown criterion 'cost_latency_ms_rag'
 854 |       The cost model puts a retrieval call at about {= cost_latency_ms_rag} ms
     |                                                        ^~~~~~~~~~~~~~~~~~~
dumped.yaml:861:31: error: unknown criterion 'cost_latency_ms_hybrid'
 861 |     when: latency_budget_ms < cost_latency_ms_hybrid
     |                               ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:866:10: error: unknown criterion 'cost_latency_ms_hybrid'
 866 |       {= cost_latency_ms_hybrid} ms, over the {latency_budget_ms} ms budget.
     |          ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:870:31: error: unknown criterion 'cost_latency_ms_prompt'
 870 |     when: latency_budget_ms < cost_latency_ms_prompt
     |                               ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:874:55: error: unknown criterion 'cost_latency_ms_prompt'
 874 |       The cost model puts a prompted call at about {= cost_latency_ms_prompt} ms,
     |                                                       ^~~~~~~~~~~~~~~~~~~~~~
dumped.yaml:886:7: error: unknown criterion '{retrain_months}' in text
 886 |       {retrain_months} months or sooner.
     |       ^~~~~~~~~~~~~~~~
dumped.yaml: 28 errors, 0 warnings
--- exit 2
