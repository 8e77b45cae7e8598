ragft cost cost/narrow-task.yaml --set fine_tune_model=self_hosted_gpu --set calls_per_day=10M --format json | jq -c ".[0].cost | [.options.fine_tune, .break_even.fine_tune, .notes]"
--- stdout
[{"one_off":20000,"monthly":8476.59,"per_1k_calls":0.03,"total":121719.14,"model":"self_hosted_gpu","per_day":251.28,"training_run":2000.97,"gpus":3,"fixup_hours_per_day":null,"fixup_monthly":null,"latency_ms":100,"model_hours_per_day":277.78},{"versus":"prompt","calls_per_day":54413,"payback_month":1},["fix-up time is not counted: prompt_quality is not answered, so the prompt's failure rate is unknown","fine_tune runs on 3 always-on GPUs (self_hosted_gpu) sized for the average load; add headroom for peaks"]]
--- stderr
--- exit 0
