#!/usr/bin/env bash
# The batch-scoring benchmark (docs/performance.md gives its figures). Builds
# the Release binary and the bench tools, generates N valid profiles
# (bench/gen_profiles.cpp, a fixed seed) for each size, and prints for each:
# wall time, profiles per second and peak memory of `ragft score DIR` with the
# default output to /dev/null (medians of several runs; 12 times as many for
# one profile, whose run takes a few milliseconds), the time per phase
# (from the hidden --timings flag of the median run: loading the rules,
# expanding the paths, reading, parsing, evaluating, formatting, writing;
# the middle four are summed over the worker threads), and the single-thread
# floor: the same files read and parsed with plain yaml-cpp
# (bench/parse_floor.cpp, YAML::LoadAll; the event parser alone in brackets).
# Every run is started and timed by bench/exec_time.cpp (bench_exec):
# posix_spawn, wait4, CLOCK_MONOTONIC around both, the peak memory from
# wait4; nothing else is started per run.
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

echo "== build (Release)" >&2
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DRAGFT_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target ragft bench_gen bench_parse_floor bench_exec >/dev/null
ragft=$build/ragft
stopwatch=$build/bench/bench_exec
floor_tool=$build/bench/bench_parse_floor
work=${BENCH_WORK:-}
if [[ -z $work ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "machine: $(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo)"
echo "ragft: $("$ragft" --version), score ${extra[*]:-(default options)}, output to /dev/null," \
  "medians of $runs runs ($((runs * 12)) for 1 profile), timed by bench_exec"
printf '\n%9s %11s %12s %9s %12s %12s %7s\n' profiles "wall ms" "profiles/s" "peak MB" "floor ms" "(events ms)" "/floor"
phases=()
for n in "${sizes[@]}"; do
  dir="$work/p$n"
  [[ -d $dir ]] || "$build/bench/bench_gen" "$n" "$dir"
  r=$runs
  [[ $n -le 1 ]] && r=$((runs * 12))  # runs of a few ms are noisy: take many more of them
  # Untimed warm-up runs for the short sizes: twice this script's first size
  # (one profile, right after the build) read 10 ms where the same binary
  # measured 3 to 4 ms a minute later.
  [[ $n -le 1000 ]] && "$stopwatch" -q -n "$r" "$ragft" score "${extra[@]}" "$dir" >/dev/null
  # One line per run: "WALL_MS PEAK_KB EXIT"; run i's stderr in $work/err.i.
  walls=() rss=() timing_lines=()
  i=0
  while read -r wall kb _; do
    walls+=("$wall")
    rss+=("$kb")
    timing_lines+=("$wall $(grep '^timings:' "$work/err.$i")")
    i=$((i + 1))
  done < <("$stopwatch" -n "$r" -e "$work/err.%d" "$ragft" score --timings "${extra[@]}" "$dir")
  if [[ ${#walls[@]} -ne $r ]]; then
    echo "bench: $r runs of ragft asked for, ${#walls[@]} measured" >&2
    exit 1
  fi
  wall=$(printf '%s\n' "${walls[@]}" | median)
  kb=$(printf '%s\n' "${rss[@]}" | median)
  # The floor is timed the same way, the same number of times (-q: the medians).
  floor=$("$stopwatch" -q -n "$r" "$floor_tool" "$dir" | cut -d' ' -f1)
  event=$("$stopwatch" -q -n "$r" "$floor_tool" --events "$dir" | cut -d' ' -f1)
  printf '%9d %11.1f %12.0f %9.1f %12.1f %12.1f %7.2f\n' "$n" "$wall" "$(awk -v n="$n" -v w="$wall" 'BEGIN {print n / (w / 1000)}')" \
    "$(awk -v k="$kb" 'BEGIN {print k / 1024}')" "$floor" "$event" "$(awk -v w="$wall" -v f="$floor" 'BEGIN {print w / f}')"
  # The phases of the run closest to the median wall time.
  phases+=("$(printf '%s\n' "${timing_lines[@]}" | awk -v m="$wall" '{d = $1 - m; d = d < 0 ? -d : d; if (NR == 1 || d < best) {best = d; line = $0}} END {sub(/^[^ ]+ timings: /, "", line); print line}')")
done
echo
echo "phases (ms) of the median run:"
for ((i = 0; i < ${#sizes[@]}; i++)); do printf '%9d  %s\n' "${sizes[$i]}" "${phases[$i]}"; done
