cat > cases.yaml <<'YAML'
cases:
  - name: knowledge goes to retrieval
    answers: {problem: knowledge}
    expect:
      recommendation: rag
      warnings: [knowledge-needs-retrieval, teach-facts]
      no_warnings: [hybrid-needs-two-problems]
YAML
ragft rules test cases.yaml
--- stdout
0 passed, 0 failed
--- stderr
cases.yaml:6:18: error: rule 'knowledge-needs-retrieval' has no 'warn:', so it never adds a warning
 6 |       warnings: [knowledge-needs-retrieval, teach-facts]
   |                  ^~~~~~~~~~~~~~~~~~~~~~~~~
  hint: to test that it decides, write 'decided_by: knowledge-needs-retrieval'
cases.yaml:7:21: error: rule 'hybrid-needs-two-problems' has no 'warn:', so it never adds a warning
 7 |       no_warnings: [hybrid-needs-two-problems]
   |                     ^~~~~~~~~~~~~~~~~~~~~~~~~
  hint: remove it: this check cannot fail; to test that it holds an option back, write 'excluded: [hybrid]'
--- exit 2
