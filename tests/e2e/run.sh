#!/usr/bin/env bash
# End-to-end tests: each tests/e2e/cases/*.t file is a command run against the
# real binary, followed by its exact expected stdout, stderr and exit code:
#
#   ragft score bad.yaml
#   --- stdout
#   --- stderr
#   bad.yaml:3:3: error: unknown answer 'labeled_exampels'
#   ...
#   --- exit 2
#
# Commands run with bash in a scratch copy of tests/e2e/fixtures, with `ragft`
# on PATH, NO_COLOR unset and no terminal. UPDATE=1 rewrites the expectations
# from the actual output (review the diff before committing it).
# Usage: run.sh RAGFT_BINARY SOURCE_DIR [CASE_NAME_FILTER]
set -u
bin=$(readlink -f "$1")
src=$(readlink -f "$2")
filter=${3:-}
here="$src/tests/e2e"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Cases may run ragft as another user (setpriv to nobody, to test files that
# user cannot read): the scratch copies must be reachable for them.
chmod 755 "$work"
mkdir -p "$work/bin"
ln -s "$bin" "$work/bin/ragft"

pass=0
fail=0
failed_names=()
for case_file in "$here"/cases/*.t; do
  name=$(basename "$case_file" .t)
  [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
  cmd=$(awk '/^--- stdout$/{exit} {print}' "$case_file")
  scratch="$work/run-$name"
  rm -rf "$scratch"
  cp -r "$here/fixtures" "$scratch"
  # Copies, not links: a path named on the command line that a link carries
  # out of the current directory is not read (docs/limits.md).
  cp -r "$src/examples" "$scratch/examples"
  cp -r "$src/rules" "$scratch/rules"
  (
    cd "$scratch" || exit 99
    env -u NO_COLOR -u CI PATH="$work/bin:$PATH" TERM=dumb bash -c "$cmd" >"$work/out" 2>"$work/err" </dev/null
    echo $? >"$work/code"
  )
  actual="$work/actual"
  {
    printf '%s\n' "$cmd"
    echo "--- stdout"
    cat "$work/out"
    echo "--- stderr"
    cat "$work/err"
    echo "--- exit $(cat "$work/code")"
  } >"$actual"
  if cmp -s "$actual" "$case_file"; then
    pass=$((pass + 1))
  elif [[ "${UPDATE:-}" == 1 ]]; then
    cp "$actual" "$case_file"
    echo "updated $name"
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    failed_names+=("$name")
    echo "FAIL $name"
    diff -u "$case_file" "$actual" | head -60
  fi
done
echo "e2e: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
