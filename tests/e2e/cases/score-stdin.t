cat profiles/mini-b.yaml | ragft --no-default-rules --rules layers/mini.yaml score - -q
--- stdout
<stdin>: prompt (medium)
--- stderr
--- exit 0
