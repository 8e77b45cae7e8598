ragft rules dump > dumped.yaml && ragft --no-default-rules --rules dumped.yaml rules lint -q && cmp dumped.yaml rules/default.yaml && echo identical
--- stdout
dumped.yaml rules/default.yaml differ: byte 1129, line 18
--- stderr
--- exit 1
