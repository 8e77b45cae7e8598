ragft schema --format json; echo "exit $?"; ragft --format csv init; echo "exit $?"; ragft rules dump --format json; echo "exit $?"; ragft rules show --format csv; echo "exit $?"; ragft cost --format sarif examples/brand-emails.yaml; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
ragft: error: 'ragft schema' has no --format
  hint: the commands with a --format are 'ask', 'score', 'explain', 'cost', 'check', 'rules show'; 'ragft COMMAND --help' lists its formats
ragft: error: 'ragft init' has no --format
  hint: the commands with a --format are 'ask', 'score', 'explain', 'cost', 'check', 'rules show'; 'ragft COMMAND --help' lists its formats
ragft: error: 'ragft rules dump' has no --format
  hint: the commands with a --format are 'ask', 'score', 'explain', 'cost', 'check', 'rules show'; 'ragft COMMAND --help' lists its formats
ragft: error: unknown format 'csv' for 'ragft rules show'
  hint: one of: text, json
ragft: error: unknown format 'sarif' for 'ragft cost'
  hint: one of: text, json, jsonl, csv, markdown, svg
--- exit 0
