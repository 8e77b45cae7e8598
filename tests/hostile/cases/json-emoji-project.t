printf '{"project": "Support bot \\ud83e\\udd16", "answers": {"problem": "knowledge", "knowledge_change": "daily"}}\n' >p.json && ragft score --format jsonl p.json | grep -o '"project":"[^"]*"'; ragft -q score p.json
--- stdout
"project":"Support bot 🤖"
p.json: rag (high)
--- stderr
--- exit 0
