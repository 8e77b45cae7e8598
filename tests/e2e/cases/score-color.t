ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --color always | head -3 | cat -v; echo ---; NO_COLOR=1 ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --color always | head -3 | cat -v
--- stdout
^[[1mprofiles/mini-a.yaml^[[0m  ^[[2mM-bM-^@M-^T Ticket triage^[[0m
  Recommendation: ^[[32m^[[1mfine_tune^[[0m^[[0m  Fine-tuning  (confidence: high)
  Why
---
^[[1mprofiles/mini-a.yaml^[[0m  ^[[2mM-bM-^@M-^T Ticket triage^[[0m
  Recommendation: ^[[32m^[[1mfine_tune^[[0m^[[0m  Fine-tuning  (confidence: high)
  Why
--- stderr
--- exit 0
