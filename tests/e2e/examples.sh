#!/usr/bin/env bash
# Every profile in examples/ scores as its first line says ("...: expect X"),
# and every "what would change the answer" claim holds: running the same
# profile with --set criterion=value gives the stated recommendation.
# Usage: examples.sh RAGFT_BINARY SOURCE_DIR
set -u
ragft=$1
src=$2
command -v jq >/dev/null || { echo "examples.sh: jq is required (apt-get install jq)"; exit 2; }
pass=0
fail=0
for f in "$src"/examples/*.yaml; do
  expect=$(head -n 1 "$f" | sed -n 's/.*expect \([a-z_]*\).*/\1/p')
  if [[ -z "$expect" ]]; then
    echo "FAIL $f: first line does not say 'expect <option>'"
    fail=$((fail + 1))
    continue
  fi
  result=$("$ragft" score "$f" --format jsonl)
  got=$(jq -r .recommendation <<<"$result")
  if [[ "$got" != "$expect" ]]; then
    echo "FAIL $f: expected $expect, got $got"
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
  while IFS=$'\t' read -r criterion value recommendation; do
    [[ -z "$criterion" ]] && continue
    after=$("$ragft" score "$f" --set "$criterion=$value" --format jsonl | jq -r .recommendation)
    if [[ "$after" == "$recommendation" ]]; then
      pass=$((pass + 1))
    else
      echo "FAIL $f: --set $criterion=$value gave $after, but would_change claimed $recommendation"
      fail=$((fail + 1))
    fi
  done < <(jq -r '.would_change[] | [.criterion, (.value | if type == "boolean" then (if . then "yes" else "no" end) else tostring end), .recommendation] | @tsv' <<<"$result")
done
echo "examples: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
