ragft cost cost/manifests.yaml --chart --format json; echo "exit $?"
ragft cost cost/manifests.yaml --format yaml; echo "exit $?"
ragft cost cost/narrow-task.yaml --format svg -o two.svg; echo "exit $?"; ls two.svg 2>&1
ragft --no-default-rules --rules cost/mini-core.yaml cost cost/narrow-300.yaml; echo "exit $?"
ragft cost nowhere.yaml; echo "exit $?"
ragft cost cost/sets-derived.yaml; echo "exit $?"
ragft cost cost/manifests.yaml --set cost_total_prompt=1
--- stdout
exit 2
exit 2
exit 2
ls: cannot access 'two.svg': No such file or directory
exit 2
exit 2
exit 2
--- stderr
ragft: error: --chart draws in the text output, not in json
  hint: --format svg -o FILE writes the chart as an SVG file
ragft: error: unknown format 'yaml' for 'ragft cost'
  hint: one of: text, json, jsonl, csv, markdown, svg
ragft: error: an SVG chart shows one profile; 'cost/narrow-task.yaml' holds 2
  hint: put the profile in a file of its own
ragft: error: the rules have no cost catalog
  hint: the built-in rules/cost.yaml has one; with --no-default-rules, add a --rules layer with a 'cost:' section
nowhere.yaml: error: cannot read 'nowhere.yaml': No such file or directory
cost/sets-derived.yaml:3:3: error: unknown answer 'cost_total_prompt'
 3 |   cost_total_prompt: 5
   |   ^~~~~~~~~~~~~~~~~
  hint: run 'ragft rules show' for the criteria
--set: error: unknown criterion 'cost_total_prompt'
--- exit 2
