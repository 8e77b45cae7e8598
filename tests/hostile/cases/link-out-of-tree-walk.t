mkdir -p outside repo/docs/adr && printf 'approach: rag\nanswers:\n  token: SECRET-TOKEN-1234\n' >outside/creds.yaml && ln -s ../../../outside/creds.yaml repo/docs/adr/creds.yaml && ln -s /proc/self/environ repo/docs/adr/environ.yaml && printf 'approach: rag\nanswers:\n  problem: knowledge\n  knowledge_change: daily\n' >repo/docs/adr/ok.yaml && ln -s ok.yaml repo/docs/adr/inside.yaml && cd repo && RAGFT_TEST_SECRET=SECRET-ENV-5678 ragft check docs/adr/ --format sarif | grep -c SECRET; RAGFT_TEST_SECRET=SECRET-ENV-5678 ragft check docs/adr/
--- stdout
0
FAIL  docs/adr/inside.yaml: cannot be judged: it leaves out 5 answers the rules need (task_scope, labeled_examples, eval_set, calls_per_day, citations_required); the rules would recommend rag
docs/adr/inside.yaml:2:1: error: 'task_scope' is not answered, and the rules need it to judge the approach: Is the job bounded, with a fixed set of possible outputs, or open-ended? (one of: narrow, broad)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer
docs/adr/inside.yaml:2:1: error: 'labeled_examples' is not answered, and the rules need it to judge the approach: How many clean, consistent input-output pairs could you train on today? (a whole number >= 0, such as 2000 or 2k)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer
docs/adr/inside.yaml:2:1: error: 'eval_set' is not answered, and the rules need it to judge the approach: Do you have a held-out evaluation set that is scored blind? (yes or no)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer
docs/adr/inside.yaml:2:1: error: 'calls_per_day' is not answered, and the rules need it to judge the approach: How many model calls a day do you expect in production? (a number >= 0, such as 40000, 40k or 4e4)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer
docs/adr/inside.yaml:2:1: error: 'citations_required' is not answered, and the rules need it to judge the approach: Must every answer be traceable to the source document it came from? (yes or no)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer

FAIL  docs/adr/ok.yaml: cannot be judged: it leaves out 5 answers the rules need (task_scope, labeled_examples, eval_set, calls_per_day, citations_required); the rules would recommend rag
docs/adr/ok.yaml:2:1: error: 'task_scope' is not answered, and the rules need it to judge the approach: Is the job bounded, with a fixed set of possible outputs, or open-ended? (one of: narrow, broad)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer
docs/adr/ok.yaml:2:1: error: 'labeled_examples' is not answered, and the rules need it to judge the approach: How many clean, consistent input-output pairs could you train on today? (a whole number >= 0, such as 2000 or 2k)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer
docs/adr/ok.yaml:2:1: error: 'eval_set' is not answered, and the rules need it to judge the approach: Do you have a held-out evaluation set that is scored blind? (yes or no)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer
docs/adr/ok.yaml:2:1: error: 'calls_per_day' is not answered, and the rules need it to judge the approach: How many model calls a day do you expect in production? (a number >= 0, such as 40000, 40k or 4e4)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer
docs/adr/ok.yaml:2:1: error: 'citations_required' is not answered, and the rules need it to judge the approach: Must every answer be traceable to the source document it came from? (yes or no)
 2 | answers:
   | ^~~~~~~
  rule: ragft/missing-answer

2 proposals checked: 0 passed, 2 failed; 2 files invalid (see the errors)
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
