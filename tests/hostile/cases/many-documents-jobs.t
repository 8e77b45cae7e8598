yes $'answers: {}\n---' | head -n 2000 >a.yaml; cp a.yaml b.yaml; printf 'answers: {problem: knowledge}\n' >c.yaml; ragft score --jobs 3 --format jsonl a.yaml c.yaml b.yaml c.yaml >three.jsonl; echo "exit $?"; ragft score --jobs 1 --format jsonl a.yaml c.yaml b.yaml >one.jsonl; cmp one.jsonl three.jsonl && echo "--jobs 3 writes what --jobs 1 writes"; wc -l <three.jsonl; ragft score --jobs 3 a.yaml c.yaml b.yaml | tail -1
--- stdout
exit 0
--jobs 3 writes what --jobs 1 writes
2001
2001 profiles scored: prompt 2000, rag 1
--- stderr
--- exit 0
