#!/usr/bin/env bash
# Exercises .pre-commit-hooks.yaml with pre-commit (Debian's package) on a
# throwaway repository: the hooks file is published from a scratch git
# repository, a project repository uses it by `repo:` and `rev:`, and real
# commits are made with the hook installed:
#   - a commit adding a failing ADR is refused, with ragft's finding shown;
#   - a commit adding a passing ADR goes through;
#   - a commit touching only a file outside the ADR directories, or only an
#     ADR README (no proposal), goes through;
#   - an ADR that leaves out the answers is refused.
#
# Usage: precommit_test.sh RAGFT_BINARY SOURCE_DIR
# Exit 77 (skipped) when pre-commit or git is not installed, except under CI.
set -u
bin=$(readlink -f "$1")
src=$(readlink -f "$2")
if ! command -v pre-commit >/dev/null || ! command -v git >/dev/null; then
  echo "precommit_test: pre-commit or git is not installed (tests/run-all.sh installs Debian's pre-commit)"
  [[ -n "${CI:-}" ]] && exit 1
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$bin" "$work/bin/ragft"
export PATH="$work/bin:$PATH"
export PRE_COMMIT_HOME="$work/cache" HOME="$work/home"
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global protocol.file.allow always
fail=0

# The hooks repository: this repository's .pre-commit-hooks.yaml, committed.
hooks="$work/hooks"
mkdir -p "$hooks"
cp "$src/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init -q && git -C "$hooks" add . && git -C "$hooks" commit -qm hooks
rev=$(git -C "$hooks" rev-parse HEAD)

repo="$work/project"
mkdir -p "$repo/docs/adr" "$repo/src"
git -C "$repo" init -q
cat >"$repo/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: ragft-check
EOF
git -C "$repo" add .pre-commit-config.yaml && git -C "$repo" commit -qm config
(cd "$repo" && pre-commit install >/dev/null) || { echo "FAIL pre-commit install"; exit 1; }

adr() {  # adr FILE APPROACH: an ADR with every answer the default rules need
  cat >"$repo/$1" <<EOF
---
title: Answers from the policy manual
status: proposed
ragft:
  approach: $2
  answers:
    problem: knowledge
    knowledge_change: monthly
    task_scope: broad
    labeled_examples: 300
    eval_set: no
    calls_per_day: 2000
    citations_required: yes
---
# Answers from the policy manual
EOF
}

commit() {  # commit NAME EXPECTED(0 accepted, 1 refused) FILE...
  local name=$1 want=$2
  shift 2
  git -C "$repo" add "$@"
  (cd "$repo" && git commit -qm "$name") >"$work/$name.out" 2>&1
  local code=$?
  if [[ $want -eq 0 && $code -ne 0 ]] || [[ $want -ne 0 && $code -eq 0 ]]; then
    echo "FAIL $name: git commit exited $code"
    cat "$work/$name.out"
    fail=1
    git -C "$repo" reset -q
    return 1
  fi
  [[ $code -ne 0 ]] && git -C "$repo" reset -q
  echo "ok   $name: $([[ $code -eq 0 ]] && echo accepted || echo refused)"
}
expect() {  # expect NAME TEXT: the commit's output holds TEXT
  grep -qF -- "$2" "$work/$1.out" || { echo "FAIL $1: the output lacks '$2'"; cat "$work/$1.out"; fail=1; }
}

adr docs/adr/0001-fine-tune.md fine_tune
commit failing 1 docs/adr/0001-fine-tune.md &&
  expect failing "ragft check (architecture decisions)" &&
  expect failing "FAIL  docs/adr/0001-fine-tune.md: the rules recommend rag, not fine_tune" &&
  expect failing "rule: facts-move-too-fast-to-train"
rm "$repo/docs/adr/0001-fine-tune.md"

adr docs/adr/0002-retrieval.md rag
commit passing 0 docs/adr/0002-retrieval.md

echo 'int main() {}' >"$repo/src/main.cpp"
commit unrelated 0 src/main.cpp &&
  expect unrelated "ragft check (architecture decisions)" && expect unrelated "(no files to check)Skipped"

printf '# Decision records\n' >"$repo/docs/adr/README.md"
commit readme-only 0 docs/adr/README.md

printf -- '---\nstatus: proposed\nragft:\n  approach: rag\n  answers: {}\n---\n# Empty\n' >"$repo/docs/adr/0003-empty.md"
commit empty-answers 1 docs/adr/0003-empty.md &&
  expect empty-answers "'problem' is not answered, and the rules need it to judge the approach"

[[ $fail -eq 0 ]] && echo "precommit_test: all passed"
exit $fail
