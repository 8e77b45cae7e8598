ragft schema -o s.json; echo "exit $?"; head -2 s.json; ragft rules dump rules/cost.yaml -o cost.yaml -q; echo "exit $?"; cmp cost.yaml rules/cost.yaml && echo same; ragft rules dump -o cost.yaml; echo "exit $?"; ragft --no-default-rules --rules layers/mini.yaml init -o p.json; echo "exit $?"; cat p.json; ragft --no-default-rules --rules layers/mini.yaml score p.json -q; echo "exit $?"
--- stdout
wrote s.json
exit 0
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
exit 0
same
exit 2
wrote p.json; next: ragft score p.json
exit 0
{
  "project": null,
  "description": null,
  "answers": {
    "problem": null,
    "labeled_examples": null,
    "quality_target": null,
    "prompt_quality": null
  }
}
p.json: prompt (low)
exit 0
--- stderr
ragft: error: 'cost.yaml' already exists
  hint: use --force to overwrite it
--- exit 0
