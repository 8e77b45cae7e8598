$ ragft -q score alias-across-documents.yaml
--- stdout
alias-across-documents.yaml: rag (medium)
--- stderr
alias-across-documents.yaml:4:10: error: alias '*a' refers to an anchor that is not defined
 4 | answers: *a
   |          ^~
  hint: define the anchor with '&a' before the alias; anchors do not carry over between documents
--- exit 2
$ ragft -q --rules alias-across-documents.yaml rules lint
--- stdout
--- stderr
alias-across-documents.yaml:4:10: error: alias '*a' refers to an anchor that is not defined
 4 | answers: *a
   |          ^~
  hint: define the anchor with '&a' before the alias; anchors do not carry over between documents
rules/default.yaml + rules/cost.yaml + alias-across-documents.yaml: 1 error, 0 warnings
--- exit 2
