printf 'answers:\n  problem: knowledge\n  calls_per_day: 40%%\n  prompt_quality: 40%%\n' > pct.yaml
ragft score pct.yaml
echo "exit $?"
ragft score cost/manifests.yaml --set labeled_examples=100% -q
--- stdout
0 profiles scored; 1 file invalid (see errors above)
exit 2
--- stderr
pct.yaml:3:18: error: '40%' is a percentage, but 'calls_per_day' is a number of calls/day, not a fraction
 3 |   calls_per_day: 40%
   |                  ^~~
  hint: expected a number >= 0, such as 40000, 40k or 4e4
--set: error: '100%' is a percentage, but 'labeled_examples' is a whole number of examples, not a fraction
  hint: expected a whole number >= 0, such as 2000 or 2k
--- exit 2
