#!/usr/bin/env bash
# The hostile-input corpus: every file in tests/hostile/inputs, and the ones
# generate.sh makes at test time (too big for git, or symbolic-link loops),
# is given to the real binary both as a profile and as a rule file:
#
#   ragft -q score NAME
#   ragft -q --rules NAME rules lint
#
# each under `timeout`, in a scratch directory holding all the inputs. The
# exact stdout, stderr and exit code of both are in expected/NAME.t, in the
# format of tests/e2e. Whatever the golden says, an exit code other than 0
# or 2 (a crash, an internal error, a hang killed by timeout) fails, and
# every input must have an expectation and every expectation an input.
#
# tests/hostile/cases/NAME.t are hostile command lines of their own (a FIFO,
# a link out of the tree, a file name with escapes, an output to a device),
# in the format of tests/e2e: the command, then its exact stdout, stderr and
# exit code. Each runs under `timeout` in an empty scratch directory, where
# the command makes what it needs; an exit code other than 0, 1 or 2 fails.
# UPDATE=1 rewrites the expectations from the actual output (read each one).
# Usage: run.sh RAGFT_BINARY SOURCE_DIR [NAME_FILTER]
set -u
bin=$(readlink -f "$1")
src=$(readlink -f "$2")
filter=${3:-}
here="$src/tests/hostile"
limit=${HOSTILE_TIMEOUT:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/inputs"
ln -s "$bin" "$work/bin/ragft"
# The cases' own short time limits (`timeout 5 ...`) are for a Release
# binary; a sanitizer build runs them about five times slower, so its ctest
# sets HOSTILE_TIME_SCALE and every `timeout N` is N times that.
real_timeout=$(command -v timeout)
cat >"$work/bin/timeout" <<EOF_TIMEOUT
#!/usr/bin/env bash
if [[ \$1 =~ ^[0-9]+([.][0-9]+)?\$ ]]; then
  d=\$(awk -v d="\$1" -v s="\${HOSTILE_TIME_SCALE:-1}" 'BEGIN { print d * s }')
  shift
  exec "$real_timeout" "\$d" "\$@"
fi
exec "$real_timeout" "\$@"
EOF_TIMEOUT
chmod +x "$work/bin/timeout"
cp -a "$here/inputs/." "$work/inputs/"
bash "$here/generate.sh" "$work/inputs" || { echo "hostile: generate.sh failed"; exit 1; }

pass=0
fail=0
# Runs one command line in the inputs directory; appends its golden block.
run_one() {
  local cmd=$1 out=$2
  (
    cd "$work/inputs" || exit 99
    env -u NO_COLOR -u CI PATH="$work/bin:$PATH" TERM=dumb timeout "$limit" bash -c "$cmd" \
      >"$work/out" 2>"$work/err" </dev/null
    echo $? >"$work/code"
  )
  local code
  code=$(cat "$work/code")
  {
    printf '$ %s\n' "$cmd"
    echo "--- stdout"
    cat "$work/out"
    echo "--- stderr"
    cat "$work/err"
    echo "--- exit $code"
  } >>"$out"
  if [[ $code != 0 && $code != 2 ]]; then
    [[ $code == 124 ]] && echo "HANG $cmd (killed after ${limit}s)" || echo "BAD EXIT $code: $cmd"
    return 1
  fi
  return 0
}

names=$(cd "$work/inputs" && ls -A)
for name in $names; do
  [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
  expected="$here/expected/$name.t"
  actual="$work/actual"
  : >"$actual"
  ok=1
  run_one "ragft -q score $name" "$actual" || ok=0
  run_one "ragft -q --rules $name rules lint" "$actual" || ok=0
  if [[ $ok == 1 ]] && cmp -s "$actual" "$expected"; then
    pass=$((pass + 1))
  elif [[ $ok == 1 && "${UPDATE:-}" == 1 ]]; then
    cp "$actual" "$expected"
    echo "updated $name"
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name"
    if [[ -f "$expected" ]]; then diff -u "$expected" "$actual" | head -60; else echo "  no expected/$name.t"; fi
  fi
done
# The command-line cases.
for case_file in "$here"/cases/*.t; do
  [[ -e "$case_file" ]] || continue
  name=$(basename "$case_file" .t)
  [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
  cmd=$(awk '/^--- stdout$/{exit} {print}' "$case_file")
  scratch="$work/case-$name"
  mkdir -p "$scratch"
  (
    cd "$scratch" || exit 99
    env -u NO_COLOR -u CI PATH="$work/bin:$PATH" TERM=dumb timeout "$limit" bash -c "$cmd" \
      >"$work/out" 2>"$work/err" </dev/null
    echo $? >"$work/code"
  )
  code=$(cat "$work/code")
  {
    printf '%s\n' "$cmd"
    echo "--- stdout"
    cat "$work/out"
    echo "--- stderr"
    cat "$work/err"
    echo "--- exit $code"
  } >"$work/actual"
  ok=1
  if [[ $code != 0 && $code != 1 && $code != 2 ]]; then
    [[ $code == 124 ]] && echo "HANG case $name (killed after ${limit}s)" || echo "BAD EXIT $code: case $name"
    ok=0
  fi
  if [[ $ok == 1 ]] && cmp -s "$work/actual" "$case_file"; then
    pass=$((pass + 1))
  elif [[ $ok == 1 && "${UPDATE:-}" == 1 ]]; then
    cp "$work/actual" "$case_file"
    echo "updated case $name"
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL case $name"
    diff -u "$case_file" "$work/actual" | head -60
  fi
  rm -rf "$scratch"
done

if [[ -z "$filter" ]]; then
  for expected in "$here"/expected/*.t; do
    name=$(basename "$expected" .t)
    if [[ ! -e "$work/inputs/$name" && ! -L "$work/inputs/$name" ]]; then
      fail=$((fail + 1))
      echo "FAIL $name: expected/$name.t has no input"
    fi
  done
fi
echo "hostile: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
