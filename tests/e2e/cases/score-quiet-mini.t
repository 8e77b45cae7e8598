ragft --no-default-rules --rules layers/mini.yaml score profiles/ -q
--- stdout
profiles/mini-a.yaml: fine_tune (high)
profiles/mini-b.yaml: prompt (medium)
--- stderr
profiles/manifests.yaml:5:3: error: unknown answer 'behavior'
 5 |   behavior: format
   |   ^~~~~~~~
  hint: run 'ragft rules show' for the criteria
profiles/manifests.yaml:6:3: error: unknown answer 'knowledge_change'
 6 |   knowledge_change: static
   |   ^~~~~~~~~~~~~~~~
  hint: run 'ragft rules show' for the criteria
profiles/manifests.yaml:7:3: error: unknown answer 'task_scope'
 7 |   task_scope: narrow
   |   ^~~~~~~~~~
  hint: run 'ragft rules show' for the criteria
profiles/manifests.yaml:11:3: error: unknown answer 'eval_set'
 11 |   eval_set: true
    |   ^~~~~~~~
  hint: run 'ragft rules show' for the criteria
profiles/manifests.yaml:12:3: error: unknown answer 'calls_per_day'
 12 |   calls_per_day: 40k
    |   ^~~~~~~~~~~~~
  hint: run 'ragft rules show' for the criteria
profiles/policies.json:1:69: error: unknown answer 'knowledge_change'
 1 | ...": "Policy assistant", "answers": {"problem": "knowledge", "knowledge_change": "monthly", "citations...
   |                                                               ^
  hint: run 'ragft rules show' for the criteria
profiles/policies.json:1:100: error: unknown answer 'citations_required'
 1 | ...": {"problem": "knowledge", "knowledge_change": "monthly", "citations_required": true, "calls_per_da...
   |                                                               ^
  hint: run 'ragft rules show' for the criteria
profiles/policies.json:1:128: error: unknown answer 'calls_per_day'
 1 | ..."knowledge_change": "monthly", "citations_required": true, "calls_per_day": 300}}
   |                                                               ^
  hint: run 'ragft rules show' for the criteria
profiles/two-docs.yml:4:3: error: unknown answer 'behavior'
 4 |   behavior: tone
   |   ^~~~~~~~
  hint: run 'ragft rules show' for the criteria
profiles/two-docs.yml:5:3: error: unknown answer 'eval_set'
 5 |   eval_set: false
   |   ^~~~~~~~
  hint: run 'ragft rules show' for the criteria
profiles/two-docs.yml:10:3: error: unknown answer 'knowledge_change'
 10 |   knowledge_change: weekly
    |   ^~~~~~~~~~~~~~~~
  hint: run 'ragft rules show' for the criteria
--- exit 2
