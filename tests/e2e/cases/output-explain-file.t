NO_COLOR=1 ragft --no-default-rules --rules layers/mini.yaml explain profiles/mini-a.yaml --color auto -o e.txt; echo "exit $?"; head -3 e.txt | cat -v; ragft --no-default-rules --rules layers/mini.yaml explain profiles/mini-a.yaml --color always -o c.txt; head -1 c.txt | cat -v
--- stdout
wrote e.txt
exit 0
profiles/mini-a.yaml  M-bM-^@M-^T Ticket triage
  Answers
    problem              behavior
wrote c.txt
^[[1mprofiles/mini-a.yaml^[[0m  ^[[2mM-bM-^@M-^T Ticket triage^[[0m
--- stderr
--- exit 0
