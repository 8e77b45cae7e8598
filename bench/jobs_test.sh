#!/usr/bin/env bash
# `ragft score` in parallel writes exactly what it writes on one thread:
# 120 generated profiles with invalid files, a multi-document file and a
# missing path mixed in are scored in every format with --jobs 1 and 3 (and
# 8 for text), and 1,700 profiles with --jobs 1, 2 and 3; stdout, stderr and
# the exit code must be byte-identical. Results must
# also stream: with standard input last, the results before it are printed
# while ragft still waits for it.
# Usage: jobs_test.sh RAGFT BENCH_GEN SOURCE_DIR
set -u
ragft=$(readlink -f "$1")
gen=$(readlink -f "$2")
src=$(readlink -f "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
pass=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name"; fi
}

"$gen" 120 in 11 || exit 1
cp "$src/tests/hostile/inputs/syntax-unclosed-flow.yaml" in/000/p-000007x.yaml
cp "$src/tests/hostile/inputs/unknown-answer.yaml" in/000/p-000050x.yaml
cp "$src/tests/hostile/inputs/multi-doc-mixed.yaml" in/000/p-000051x.yaml
cp "$src/tests/hostile/inputs/empty.yaml" in/000/p-000119x.yaml
args=(in/000/p-000001.yaml nowhere.yaml in)

# Every format with 1 and 3 threads (3 does not divide the files evenly);
# the default text output also with 8, more threads than cores.
for format in text text-q json jsonl csv markdown; do
  opts=(--format "${format%-q}")
  [[ $format == text-q ]] && opts+=(-q)
  "$ragft" score "${opts[@]}" --jobs 1 "${args[@]}" >one.out 2>one.err
  echo $? >one.code
  many_jobs=(3)
  [[ $format == text ]] && many_jobs+=(8)
  for jobs in "${many_jobs[@]}"; do
    "$ragft" score "${opts[@]}" --jobs "$jobs" "${args[@]}" >many.out 2>many.err
    echo $? >many.code
    check "$format --jobs $jobs: same stdout" cmp -s one.out many.out
    check "$format --jobs $jobs: same stderr" cmp -s one.err many.err
    check "$format --jobs $jobs: same exit code" cmp -s one.code many.code
  done
  [[ $format == jsonl ]] && cp one.out all.jsonl
  [[ $format == text ]] && check "text: a summary at the end" grep -q '^122 profiles scored: .*; 5 files invalid (see errors above)$' one.out
done

# Enough files for the largest chunks (32 files, from 16 chunks a thread on):
# the same bytes with 1, 2 and 3 threads.
"$gen" 1700 big 5 || exit 1
"$ragft" score --jobs 1 big >big-one.out 2>&1
for jobs in 2 3; do
  "$ragft" score --jobs "$jobs" big >big-many.out 2>&1
  check "1,700 files, --jobs $jobs: same output" cmp -s big-one.out big-many.out
done
check "1,700 files: every profile scored" grep -q '^1700 profiles scored: ' big-one.out

# One line per valid profile: the 120 generated ones (p-000001 is named and
# also found in the directory: it is scored once, where it is first named)
# and the two valid documents of the multi-document file.
check "exit 2 with invalid files" test "$(cat one.code)" -eq 2
check "one line per valid profile" test "$(wc -l <all.jsonl)" -eq 122
check "input order" test "$(jq -r .file all.jsonl | head -3 | tr '\n' ' ')" == "in/000/p-000001.yaml in/000/p-000000.yaml in/000/p-000002.yaml "

# Streaming: standard input comes last and arrives after 3 s; the results
# before it must be out well before that.
for jobs in 1 2; do
  start=$(date +%s%N)
  first=$({ sleep 3; cat "$src/tests/hostile/inputs/json-valid.json"; } | "$ragft" score -q --jobs "$jobs" in/000 - 2>/dev/null |
    { IFS= read -r line; echo "$(( ($(date +%s%N) - start) / 1000000 ))"; cat >/dev/null; })
  check "--jobs $jobs streams (first result after ${first} ms)" test "$first" -lt 2500
done

"$ragft" score --jobs 0 in >/dev/null 2>err.txt
check "--jobs 0 is a usage error" test $? -eq 2
check "--jobs 0 message" grep -q "jobs" err.txt

echo "score-jobs: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
