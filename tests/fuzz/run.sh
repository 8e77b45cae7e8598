#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (address and undefined-behaviour
# sanitizers, leak detection) and runs each one for SECONDS (default 60) on
# its seed corpus, all at once. Fails when any finds a crash, a leak, a
# timeout (an input taking more than 10 s) or an out-of-memory (2 GB): the
# input that did it is copied into tests/fuzz/corpus/NAME/ as a regression
# input, so `ctest -R fuzz-corpus` replays it from then on: commit it with
# the fix. New inputs the fuzzers find are kept in BUILD/corpus-NAME, not in
# the tree.
# Usage: tests/fuzz/run.sh [SECONDS]   (BUILD is $RAGFT_FUZZ_BUILD or build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$(pwd)
seconds=${1:-60}
build=${RAGFT_FUZZ_BUILD:-build-fuzz}
jobs=$(nproc 2>/dev/null || echo 2)

echo "== build the fuzz targets (clang-14, libFuzzer)"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DRAGFT_FUZZ=ON -DRAGFT_TESTS=OFF >/dev/null
cmake --build "$build" -j"$jobs" --target fuzz_expr fuzz_rules fuzz_profile fuzz_yaml_fast

echo "== fuzz each target for ${seconds}s"
declare -A max_len=([expr]=4096 [rules]=16384 [profile]=8192 [yaml_fast]=4096)
declare -A dict=([expr]=expr.dict [rules]=yaml.dict [profile]=yaml.dict [yaml_fast]=yaml_fast.dict)
pids=()
for t in expr rules profile yaml_fast; do
  out="$build/fuzz-$t"
  rm -rf "$out"
  mkdir -p "$out/artifacts" "$build/corpus-$t"
  seeds=("tests/fuzz/corpus/$t")
  [[ $t != expr ]] && seeds+=(tests/hostile/inputs)
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="${max_len[$t]}" -dict="tests/fuzz/${dict[$t]}" -artifact_prefix="$out/artifacts/" \
    -print_final_stats=1 "$build/corpus-$t" "${seeds[@]}" >"$out/log" 2>&1 &
  pids+=($!)
done

failed=0
i=0
for t in expr rules profile yaml_fast; do
  status=0
  wait "${pids[$i]}" || status=$?
  i=$((i + 1))
  out="$build/fuzz-$t"
  stats=$(grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$out/log" | tr '\n' ' ')
  shopt -s nullglob
  artifacts=("$out"/artifacts/*)
  shopt -u nullglob
  if [[ $status -eq 0 && ${#artifacts[@]} -eq 0 ]]; then
    echo "fuzz_$t: ok ($stats)"
    continue
  fi
  failed=1
  echo "fuzz_$t: FAILED (exit $status)"
  grep -E 'ERROR|SUMMARY|==[0-9]+==|runtime error|Test unit written|deadly signal' "$out/log" | head -40 || true
  for a in "${artifacts[@]}"; do
    dest="tests/fuzz/corpus/$t/regression-$(basename "$a")"
    cp "$a" "$src/$dest"
    echo "  the input is now $dest: fix the bug, then commit it (ctest -R fuzz-corpus-$t replays it)"
  done
  [[ ${#artifacts[@]} -eq 0 ]] && tail -30 "$out/log"
done
[[ $failed -eq 0 ]]
