ragft rules test ruletests/failing.yaml
--- stdout
FAIL  Manifests, wrongly expected to go to RAG  (ruletests/failing.yaml:2)
      expected rag, got fine_tune
      expected warning 'teach-facts', which did not fire
      expected 'prompt' to be excluded
      scores: prompt +1, rag -3, fine_tune +11, hybrid +7 (excluded)
      fired: behavior-problem [prompt +2, fine_tune +2, rag -3]
      fired: hybrid-needs-two-problems [exclude hybrid]
      fired: prompt-falls-short [fine_tune +3, hybrid +3, prompt -1]
      fired: narrow-stable-task [fine_tune +2, hybrid +1]
      fired: exact-format-at-volume [fine_tune +2, hybrid +1]
      fired: stable-output-convention [fine_tune +1, hybrid +1]
      fired: volume-pays-back [fine_tune +1, hybrid +1]
      warned: hybrid-needs-two-problems (error)
      warned: lora-first (info)
      warned: retraining-cycle (info)
PASS  Policy manual goes to RAG
1 passed, 1 failed
--- stderr
--- exit 1
