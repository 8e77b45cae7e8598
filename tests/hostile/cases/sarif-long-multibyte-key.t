k=$(printf 'あ%.0s' $(seq 100)) && printf 'approach: rag\nanswers:\n  problem: knowledge\n  %s: 1\n  %s: 2\n' "$k" "$k" >dup.yaml && ragft check --format sarif dup.yaml | grep -E '"(snippet|text|startColumn|endColumn)"'; echo "exit ${PIPESTATUS[0]}"; ragft check --format github dup.yaml
--- stdout
                "text": "The proposal cannot be read"
                "text": "The file is not a valid proposal: bad YAML, an unknown key, a value of the wrong type or out of range, or a Markdown front matter that is not closed or not a map."
                "text": "The file is not a valid proposal: bad YAML, an unknown key, a value of the wrong type or out of range, or a Markdown front matter that is not closed or not a map.\n\nFix the input at the position given; 'ragft schema' gives editors a schema that catches most of these.",
            "text": "duplicate key 'あああああああああああああああああああああ...' (300 bytes) (first defined at line 4) (hint: remove or rename one of the two entries)"
                  "startColumn": 3,
                  "endColumn": 70,
                  "snippet": {
                    "text": "ああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああ"
                  "snippet": {
                    "text": "  ああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああ: 2"
exit 2
::group::ragft: dup.yaml (invalid)
::error file=dup.yaml,line=5,col=3,endColumn=70,title=ragft%3A invalid proposal::duplicate key 'あああああああああああああああああああああ...' (300 bytes) (first defined at line 4)%0Ahint: remove or rename one of the two entries
::endgroup::
ragft: 0 proposals checked: 0 passed, 0 failed; 1 file invalid
--- stderr
dup.yaml:5:3: error: duplicate key 'あああああああああああああああああああああ...' (300 bytes) (first defined at line 4)
 5 |   あああああああああああああああああああああああああああああああああ...
   |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove or rename one of the two entries
dup.yaml:5:3: error: duplicate key 'あああああああああああああああああああああ...' (300 bytes) (first defined at line 4)
 5 |   あああああああああああああああああああああああああああああああああ...
   |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove or rename one of the two entries
--- exit 2
