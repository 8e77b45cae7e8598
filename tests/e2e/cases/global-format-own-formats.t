ragft --format sarif check check/behind.yaml > s.json; echo "exit $?"; head -c 60 s.json; echo; ragft --format junit check check/behind.yaml | head -2; ragft --format bogus check check/behind.yaml; echo "exit $?"; ragft --format svg cost examples/brand-emails.yaml | head -c 40; echo; ragft --format sarif score examples/brand-emails.yaml; echo "exit $?"
--- stdout
exit 1
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.jso
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="ragft check" tests="1" failures="1" errors="0" skipped="0">
exit 2
<svg xmlns="http://www.w3.org/2000/svg" 
exit 2
--- stderr
ragft: error: unknown format 'bogus' for check
  hint: one of: text, json, github, sarif, junit
ragft: error: unknown format 'sarif'
  hint: one of: text, json, jsonl, csv, markdown
--- exit 0
