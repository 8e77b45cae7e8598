ragft rules lint cost/bad-prices.yaml
--- stdout
--- stderr
cost/bad-prices.yaml:3:9: error: 'prompt_model' offers 'frontier_xl', which is not a tier of the cost catalog
 3 |   - id: prompt_model
   |         ^~~~~~~~~~~~
  hint: did you mean 'frontier_alt'?
cost/bad-prices.yaml:7:11: error: tier 'frontier' needs 'source' and 'checked'
 7 |     - id: frontier
   |           ^~~~~~~~
  hint: every price says where it comes from and the date it was checked (checked: 2026-11-21)
cost/bad-prices.yaml:8:21: error: 'input_per_1m' must be a number, not '2,50'
 8 |       input_per_1m: "2,50"
   |                     ^
  hint: write it like 2.50, 0.002 or 40k (USD, no '$')
cost/bad-prices.yaml:16:16: error: 'checked' must be a date like 2026-11-21, not '26-11-2026'
 16 |       checked: 26-11-2026
    |                ^~~~~~~~~~
cost/bad-prices.yaml:18:5: error: unknown key 'rerank_per_qeury' in 'retrieval'
 18 |     rerank_per_qeury: {value: 0, source: no rerank, checked: 2026-11-20}
    |     ^~~~~~~~~~~~~~~~
  hint: did you mean 'rerank_per_query'?
rules/default.yaml + rules/cost.yaml + cost/bad-prices.yaml: 5 errors, 0 warnings
--- exit 2
