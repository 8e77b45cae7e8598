#!/usr/bin/env bash
# The batch-scoring benchmark (docs/performance.md gives its figures). Builds
# the Release binary and the bench tools, generates N valid profiles
# (bench/gen_profiles.cpp, a fixed seed) for each size, and prints for each:
# wall time, profiles per second and peak memory of `ragft score DIR` with the
# default output to /dev/null (medians of several runs), the time per phase
# (from the hidden --timings flag of the median run: loading the rules,
# expanding the paths, reading, parsing, evaluating, formatting, writing;
# the middle four are summed over the worker threads), and the single-thread
# floor: the same files read and parsed with plain yaml-cpp
# (bench/parse_floor.cpp, YAML::LoadAll; the event parser alone in brackets).
#
# Usage: bench/run.sh [SIZES...]      (default: 1 1000 10000 100000)
# Environment: BENCH_BUILD (default build-release), BENCH_RUNS (default 5),
# BENCH_WORK (where the profiles go; default a temporary directory),
# BENCH_ARGS (extra arguments to `ragft score`, e.g. "--jobs 1" or "-q").
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BENCH_BUILD:-build-release}
runs=${BENCH_RUNS:-5}
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(1 1000 10000 100000)
read -r -a extra <<<"${BENCH_ARGS:-}"
if [[ ! -x /usr/bin/time ]]; then
  echo "bench: needs /usr/bin/time (Debian package 'time') for peak memory" >&2
  exit 2
fi

echo "== build (Release)" >&2
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DRAGFT_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target ragft bench_gen bench_parse_floor >/dev/null
ragft=$build/ragft
work=${BENCH_WORK:-}
if [[ -z $work ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
now_ns() { date +%s%N; }

# Runs "$@" once; prints "WALL_MS PEAK_KB" and leaves its stderr in $work/err.
measure() {
  local start end
  start=$(now_ns)
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/err" || true
  end=$(now_ns)
  echo "$(((end - start) / 1000)) $(tail -1 "$work/rss")" | awk '{printf "%.3f %d\n", $1 / 1000, $2}'
}

echo "machine: $(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo)"
echo "ragft: $("$ragft" --version), score ${extra[*]:-(default options)}, output to /dev/null, medians of $runs runs"
printf '\n%9s %11s %12s %9s %12s %12s %7s\n' profiles "wall ms" "profiles/s" "peak MB" "floor ms" "(events ms)" "/floor"
phases=()
for n in "${sizes[@]}"; do
  dir="$work/p$n"
  [[ -d $dir ]] || "$build/bench/bench_gen" "$n" "$dir"
  r=$runs
  [[ $n -le 1 ]] && r=$((runs * 6))  # tiny runs are noisy: take more of them
  walls=() rss=() timing_lines=()
  for ((i = 0; i < r; i++)); do
    read -r wall kb < <(measure "$ragft" score --timings "${extra[@]}" "$dir")
    walls+=("$wall")
    rss+=("$kb")
    timing_lines+=("$wall $(grep '^timings:' "$work/err")")
  done
  wall=$(printf '%s\n' "${walls[@]}" | median)
  kb=$(printf '%s\n' "${rss[@]}" | median)
  floors=() events=()
  for ((i = 0; i < runs; i++)); do
    floors+=("$(measure "$build/bench/bench_parse_floor" "$dir" | cut -d' ' -f1)")
    events+=("$(measure "$build/bench/bench_parse_floor" --events "$dir" | cut -d' ' -f1)")
  done
  floor=$(printf '%s\n' "${floors[@]}" | median)
  event=$(printf '%s\n' "${events[@]}" | median)
  printf '%9d %11.1f %12.0f %9.1f %12.1f %12.1f %7.2f\n' "$n" "$wall" "$(awk -v n="$n" -v w="$wall" 'BEGIN {print n / (w / 1000)}')" \
    "$(awk -v k="$kb" 'BEGIN {print k / 1024}')" "$floor" "$event" "$(awk -v w="$wall" -v f="$floor" 'BEGIN {print w / f}')"
  # The phases of the run closest to the median wall time.
  phases+=("$(printf '%s\n' "${timing_lines[@]}" | awk -v m="$wall" '{d = $1 - m; d = d < 0 ? -d : d; if (NR == 1 || d < best) {best = d; line = $0}} END {sub(/^[^ ]+ timings: /, "", line); print line}')")
done
echo
echo "phases (ms) of the median run:"
for ((i = 0; i < ${#sizes[@]}; i++)); do printf '%9d  %s\n' "${sizes[$i]}" "${phases[$i]}"; done
