printf 'ragft-rules: 1\nname: evil\noptions:\n  - {id: prompt, label: "Prompt \\e]0;pwned\\a"}\n  - {id: rag, label: RAG}\ncriteria:\n  - id: problem\n    type: choice\n    question: "Missing facts? \\e]0;pwned\\a\\e[2J\\e[H"\n    hint: "hint \\e[31mred\\e[0m \\x9b2J"\n    help: "help \\e]8;;http://x\\a link\\n second line \\e[2J"\n    unit: "u\\e[2J"\n    choices:\n      - {id: knowledge, label: "Facts \\e[2J\\e[H"}\n      - {id: behavior, label: "Behavior \\e]0;t\\a"}\nrules:\n  - {id: r1, when: "problem == '"'"'knowledge'"'"'", score: {rag: 2}, text: "x"}\n' >evil.yaml && printf '?\nzzz\n1\n\n' | ragft --no-default-rules --rules evil.yaml ask 2>&1; echo "exit $?"; printf '' | ragft --no-default-rules --rules evil.yaml ask; echo "exit $?"; ragft --no-default-rules --rules evil.yaml ask --list; printf '1\n\n' | ragft --color --no-default-rules --rules evil.yaml ask 2>&1 | head -3 | grep -c $'\e\\]0;\|\e\\[2J'
--- stdout
Question 1 of 1: Missing facts? ?]0;pwned??[2J?[H
  hint ?[31mred?[0m ?2J
    1  knowledge  Facts ?[2J?[H
    2  behavior   Behavior ?]0;t?
  type a number or a name · ?: help
> ?
  help ?]8;;http://x? link
   second line ?[2J

  Allowed: one of: knowledge, behavior (u?[2J), or a number from 1 to 2
> zzz
  error: 'zzz' is not a value of 'problem'
  hint: expected one of: knowledge, behavior, or a number from 1 to 2
> 1
  problem = knowledge

Your answers
  1  problem  knowledge
Type a number from 1 to 1 to change an answer, or press Enter for the verdict.
> 

profile
  Recommendation: rag  RAG  (confidence: medium)
  Confidence is medium: rag leads prompt by 2 points
  Why
    x [rag +2]
  What would change the answer
    problem = 'behavior' → prompt  (--set problem=behavior)
  Sources: --verbose; every rule and what-if: ragft explain PROFILE
exit 0
exit 2
Questions of evil (layers: evil.yaml)

  1. problem  (choice)
     Missing facts? ?]0;pwned??[2J?[H
     allowed: one of: knowledge, behavior (u?[2J)
0
--- stderr
Question 1 of 1: Missing facts? ?]0;pwned??[2J?[H
  hint ?[31mred?[0m ?2J
    1  knowledge  Facts ?[2J?[H
    2  behavior   Behavior ?]0;t?
  type a number or a name · ?: help
ragft: error: the answers ended before every question that needs one was answered
  missing: problem  (Missing facts? ?]0;pwned??[2J?[H)
  hint: give one answer per line on standard input, or pre-fill them with --set ID=VALUE or --from PROFILE
--- exit 1
