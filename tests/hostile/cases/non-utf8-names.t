printf 'approach: rag\nanswers:\n  problem: knowledge\n  knowledge_change: daily\n' >$'bad\xff\xfe.yaml' && cp $'bad\xff\xfe.yaml' good.yaml && ragft score --format jsonl . | cut -c1-80; echo "exit $?"; ragft score --format json . | tail -3; ragft score --format csv .; ragft explain --format json $'bad\xff\xfe.yaml' | head -3; ragft check --format json . | head -12 | tail -3; ragft check --format sarif . | grep '"uri"'; ragft check --format junit . | grep -c testcase; ragft cost --format jsonl $'bad\xff\xfe.yaml' | cut -c1-60
--- stdout
{"schema":"ragft/result/v1","file":"./bad��.yaml","document":0,"project":"",
{"schema":"ragft/result/v1","file":"./good.yaml","document":0,"project":"","appr
exit 0
    }
  }
]
file,document,project,recommendation,confidence,decided_by,score_prompt,score_rag,score_fine_tune,score_hybrid,excluded,errors,warnings,confidence_reason
./bad��.yaml,0,,rag,high,knowledge-needs-retrieval,0,0,0,0,fine_tune;hybrid,0,0,
./good.yaml,0,,rag,high,knowledge-needs-retrieval,0,0,0,0,fine_tune;hybrid,0,0,
[
  {
    "schema": "ragft/result/v1",
    "passed": 0,
    "failed": 2,
    "skipped": 0,
                  "uri": "bad%FF%FE.yaml"
                  "uri": "bad%FF%FE.yaml"
                  "uri": "bad%FF%FE.yaml"
                  "uri": "bad%FF%FE.yaml"
                  "uri": "bad%FF%FE.yaml"
                  "uri": "good.yaml"
                  "uri": "good.yaml"
                  "uri": "good.yaml"
                  "uri": "good.yaml"
                  "uri": "good.yaml"
4
{"schema":"ragft/cost/v1","file":"bad��.yaml","document"
--- stderr
--- exit 0
