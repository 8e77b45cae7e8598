$ ragft -q score many-documents.yaml
--- stdout
--- stderr
many-documents.yaml:100001:1: error: text has more than 100000 documents
 100001 | ---
        | ^
--- exit 2
$ ragft -q --rules many-documents.yaml rules lint
--- stdout
--- stderr
many-documents.yaml:100001:1: error: text has more than 100000 documents
 100001 | ---
        | ^
rules/default.yaml + rules/cost.yaml + many-documents.yaml: 1 error, 0 warnings
--- exit 2
