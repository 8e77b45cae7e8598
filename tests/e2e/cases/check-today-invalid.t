RAGFT_TODAY=2026-02-30 ragft --no-default-rules --rules layers/check.yaml check check/recommended.yaml
--- stdout
--- stderr
ragft: error: RAGFT_TODAY='2026-02-30' is not a date
  hint: write it as YYYY-MM-DD
--- exit 2
