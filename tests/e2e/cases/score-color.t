ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --color always | head -3 | cat -v; echo ---; NO_COLOR=1 ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --color always | head -3 | cat -v
--- stdout
^[[1mprofiles/mini-a.yaml^[[0m  ^[[2mM-bM-^@M-^T Ticket triage^[[0m
  Recommendation: ^[[32m^[[1mfine_tune^[[0m^[[0m  Fine-tuning  (confidence: high)
    prompt     ^[[2m         M-bM-^VM-^RM-bM-^VM-^RM-bM-^VM-^R^[[0mM-bM-^TM-^B               -1
---
^[[1mprofiles/mini-a.yaml^[[0m  ^[[2mM-bM-^@M-^T Ticket triage^[[0m
  Recommendation: ^[[32m^[[1mfine_tune^[[0m^[[0m  Fine-tuning  (confidence: high)
    prompt     ^[[2m         M-bM-^VM-^RM-bM-^VM-^RM-bM-^VM-^R^[[0mM-bM-^TM-^B               -1
--- stderr
--- exit 0
