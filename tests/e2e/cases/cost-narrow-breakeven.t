ragft cost cost/narrow-task.yaml --format markdown
ragft cost cost/narrow-task.yaml --format jsonl | jq -c '[.project, .cost.cheapest, .cost.options.prompt.total, .cost.options.fine_tune.total, .cost.break_even.fine_tune]'
--- stdout
| File | Project | Option | Model | One-off | Monthly | Per 1k calls | Total | Fix-up h/day | Latency ms |
|---|---|---|---|---:|---:|---:|---:|---:|---:|
| cost/narrow-task.yaml | Narrow task at 50 calls a day | **prompt** | frontier | $0 | $4.64 | $3.05 | $55.66 | — | 1,200 |
| cost/narrow-task.yaml | Narrow task at 50 calls a day | rag | frontier | $5,000 | $565 | $10.05 | $11,783 | — | 1,600 |
| cost/narrow-task.yaml | Narrow task at 50 calls a day | fine_tune | fine_tuned_small | $20,000 | $836 | $0.22 | $30,034 | — | 300 |
| cost/narrow-task.yaml | Narrow task at 50 calls a day | hybrid | fine_tuned_small | $25,000 | $1,392 | $3.83 | $41,700 | — | 700 |
| cost/narrow-task.yaml#2 | Narrow task at 250,000 calls a day | prompt | frontier | $0 | $23,193 | $3.05 | $278,313 | — | 1,200 |
| cost/narrow-task.yaml#2 | Narrow task at 250,000 calls a day | rag | frontier | $5,000 | $76,987 | $10.05 | $928,845 | — | 1,600 |
| cost/narrow-task.yaml#2 | Narrow task at 250,000 calls a day | **fine_tune** | fine_tuned_small | $20,000 | $2,539 | $0.22 | $50,470 | — | 300 |
| cost/narrow-task.yaml#2 | Narrow task at 250,000 calls a day | hybrid | fine_tuned_small | $25,000 | $30,479 | $3.83 | $390,753 | — | 700 |
["Narrow task at 50 calls a day","prompt",55.66,30034.09,{"versus":"prompt","calls_per_day":29114,"payback_month":null}]
["Narrow task at 250,000 calls a day","fine_tune",278312.5,50470,{"versus":"prompt","calls_per_day":29114,"payback_month":1}]
--- stderr
--- exit 0
