mkdir -p outside repo/docs/adr && printf 'approach: rag\nanswers:\n  token: SECRET-TOKEN-1234\n' >outside/creds.yaml && ln -s ../../../outside/creds.yaml repo/docs/adr/creds.yaml && ln -s /proc/self/environ repo/docs/adr/environ.yaml && printf 'approach: rag\nanswers:\n  problem: knowledge\n  knowledge_change: daily\n' >repo/docs/adr/ok.yaml && ln -s ok.yaml repo/docs/adr/inside.yaml && cd repo && RAGFT_TEST_SECRET=SECRET-ENV-5678 ragft check docs/adr/ --format sarif | grep -c SECRET; RAGFT_TEST_SECRET=SECRET-ENV-5678 ragft check docs/adr/
--- stdout
0
PASS  docs/adr/inside.yaml: rag is the recommendation (confidence: high)
PASS  docs/adr/ok.yaml: rag is the recommendation (confidence: high)

2 proposals checked: 2 passed, 0 failed; 2 files invalid (see the errors)
--- stderr
docs/adr/creds.yaml: error: 'docs/adr/creds.yaml' is a symbolic link to a file outside 'docs/adr/'; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
docs/adr/environ.yaml: error: 'docs/adr/environ.yaml' is a symbolic link to a file outside 'docs/adr/'; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
docs/adr/creds.yaml: error: 'docs/adr/creds.yaml' is a symbolic link to a file outside 'docs/adr/'; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
docs/adr/environ.yaml: error: 'docs/adr/environ.yaml' is a symbolic link to a file outside 'docs/adr/'; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
--- exit 2
