mkdir -p emptydir skipped && cp adr/0005-superseded.md adr/README.md skipped/; ragft check emptydir/; echo "exit $?"; ragft check skipped/ > /dev/null; echo "only skipped: $?"; ragft check --allow-empty emptydir/; echo "--allow-empty: $?"; ragft check emptydir/ --format sarif 2>/dev/null | jq -c ".version, .runs[0].results, .runs[0].invocations"; ragft check emptydir/ --format github 2>/dev/null
--- stdout

0 proposals checked: 0 passed, 0 failed
exit 2
only skipped: 2

0 proposals checked: 0 passed, 0 failed
--allow-empty: 0
"2.1.0"
[]
[{"executionSuccessful":false,"exitCode":2,"toolExecutionNotifications":[{"level":"error","message":{"text":"nothing checked: no proposal file in 'emptydir/' (looked for *.md, *.markdown, *.yaml, *.yml and *.json, in any case)"},"descriptor":{"id":"ragft/nothing-checked"}}]}]
::error title=ragft%3A nothing checked::nothing checked: no proposal file in 'emptydir/' (looked for *.md, *.markdown, *.yaml, *.yml and *.json, in any case)
ragft: 0 proposals checked: 0 passed, 0 failed
--- stderr
ragft: error: nothing checked: no proposal file in 'emptydir/' (looked for *.md, *.markdown, *.yaml, *.yml and *.json, in any case)
  hint: a proposal is a YAML file with 'approach:', or an ADR (Markdown) with the proposal under 'ragft:' in its front matter ('ragft init --proposal'); --allow-empty accepts a run with nothing to check
ragft: error: nothing checked: 2 files were read from 'skipped/', and they hold no proposal (2 skipped, see above)
  hint: a proposal is a YAML file with 'approach:', or an ADR (Markdown) with the proposal under 'ragft:' in its front matter ('ragft init --proposal'); --allow-empty accepts a run with nothing to check
--- exit 2
