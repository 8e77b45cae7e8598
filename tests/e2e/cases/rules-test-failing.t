ragft rules test ruletests/failing.yaml
--- stdout
FAIL  Manifests, wrongly expected to go to RAG  (ruletests/failing.yaml:2)
      expected rag, got fine_tune
      expected warning 'teach-facts', which did not fire
      expected 'prompt' to be excluded
      scores: prompt +0, rag +0, fine_tune +0, hybrid +0 (excluded)
      decided by: prompt-falls-short
      fired: hybrid-needs-two-problems [exclude hybrid]
      fired: prompt-falls-short [decide fine_tune]
PASS  Policy manual goes to RAG
1 passed, 1 failed
--- stderr
--- exit 1
