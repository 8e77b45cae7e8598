ragft rules dump > dumped.yaml && ragft --no-default-rules --rules dumped.yaml rules lint -q && cmp dumped.yaml rules/default.yaml && echo identical
--- stdout
identical
--- stderr
--- exit 0
