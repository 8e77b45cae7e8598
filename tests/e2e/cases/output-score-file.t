ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml -o out.txt; echo "exit $?"; ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml > stdout.txt; cmp out.txt stdout.txt && echo "same as stdout"; ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml -o out.txt; echo "exit $?"; ragft --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml --format json -q -o out.txt --force; echo "exit $?"; head -4 out.txt; ls | grep -v '^[a-z]*$'
--- stdout
wrote out.txt
exit 0
same as stdout
exit 2
exit 0
[
  {
    "schema": "ragft/result/v1",
    "file": "profiles/mini-a.yaml",
out.txt
stdout.txt
--- stderr
ragft: error: 'out.txt' already exists
  hint: use --force to overwrite it
--- exit 0
