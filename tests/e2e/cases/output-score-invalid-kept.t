ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml missing.yaml --format csv --output r.csv; echo "exit $?"; cat r.csv; ls
--- stdout
wrote r.csv
exit 2
file,document,project,recommendation,confidence,decided_by,score_prompt,score_rag,score_fine_tune,excluded,errors,warnings,confidence_reason
profiles/mini-a.yaml,0,Ticket triage,fine_tune,high,,-1,0,4,,0,0,
adr
bad
check
cost
examples
layers
profiles
r.csv
rules
ruletests
--- stderr
missing.yaml: error: cannot read 'missing.yaml': No such file or directory
  hint: give a profile file, a directory of profiles, a glob, or - for standard input
--- exit 0
