ragft rules dump > dumped.yaml && ragft rules dump rules/cost.yaml > cost.yaml && ragft --no-default-rules --rules dumped.yaml --rules cost.yaml rules lint -q && cmp dumped.yaml rules/default.yaml && cmp cost.yaml rules/cost.yaml && echo identical; ragft --no-default-rules --rules dumped.yaml rules lint 2>&1 | tail -1
--- stdout
identical
dumped.yaml: 29 errors, 0 warnings
--- stderr
--- exit 0
