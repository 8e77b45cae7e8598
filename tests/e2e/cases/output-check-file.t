RAGFT_TODAY=2026-11-21 ragft check check/behind.yaml -o c.txt; echo "exit $?"; head -3 c.txt; RAGFT_TODAY=2026-11-21 ragft check check/behind.yaml --format sarif -o s.json; echo "exit $?"; head -2 s.json; RAGFT_TODAY=2026-11-21 ragft check check/behind.yaml -o s.json; echo "exit $?"
--- stdout
wrote c.txt
exit 1
FAIL  check/behind.yaml — Contract clauses: cannot be judged: it leaves out 6 answers the rules need (behavior, knowledge_change, task_scope, eval_set, calls_per_day, citations_required); the rules would recommend fine_tune
check/behind.yaml:3:1: error: 'behavior' is not answered, and the rules need it to judge the approach: Which behavior has to change? (one of: format, tone, vocabulary, refusal, task)
 3 | answers:
wrote s.json
exit 1
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
exit 2
--- stderr
ragft: error: 's.json' already exists
  hint: use --force to overwrite it
--- exit 0
