printf -- "---\n---\n" > empty-docs.yaml; ragft check empty-docs.yaml; echo "exit $?"; printf -- "---\n" > one-doc.yaml; ragft check one-doc.yaml 2>/dev/null; echo "one document: $?"
--- stdout

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
exit 2

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
one document: 2
--- stderr
empty-docs.yaml:1:1: error: the file holds no proposal
 1 | ---
   | ^
  hint: a proposal is a profile with 'approach:' and 'answers:' (see 'ragft init --proposal')
--- exit 0
