ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml profiles/mini-b.yaml --format csv
--- stdout
file,document,project,recommendation,confidence,decided_by,score_prompt,score_rag,score_fine_tune,excluded,errors,warnings,confidence_reason
profiles/mini-a.yaml,0,Ticket triage,fine_tune,high,,-1,0,4,,0,0,
profiles/mini-b.yaml,0,"Contracts, clauses and ""quotes""",prompt,medium,,3,0,0,fine_tune,0,0,prompt leads rag by 3 points
--- stderr
--- exit 0
