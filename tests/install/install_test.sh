#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then checks what a user gets:
# bin/ragft runs; the man page renders without warnings and names every
# command, every option and example flag of every --help, the exit codes
# and the environment; the three completions are installed and bash's
# completes commands, options, formats, criterion ids and file names; the
# docs are installed.
# Usage: install_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -uo pipefail
cmake=$1
build=$(readlink -f "$2")
src=$(readlink -f "$3")
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$cmake" --install "$build" --prefix "$prefix" >"$prefix/install.log" 2>&1 || { cat "$prefix/install.log"; echo "FAIL: cmake --install"; exit 1; }
ragft="$prefix/bin/ragft"
[[ -x $ragft ]] || { echo "FAIL: no bin/ragft"; exit 1; }
version=$("$ragft" --version)
[[ $version =~ ^ragft\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "bin/ragft --version printed '$version'"

# --- the man page
page="$prefix/share/man/man1/ragft.1"
[[ -f $page ]] || { echo "FAIL: no share/man/man1/ragft.1"; exit 1; }
if ! command -v groff >/dev/null; then
  echo "FAIL: groff is not installed (Debian: groff-base; tests/run-all.sh installs it)"
  exit 1
fi
# -ww: every warning; -P-cbou: plain text, no overstriking.
text=$(groff -man -Tutf8 -ww -P-cbou "$page" 2>"$prefix/groff.err")
if [[ -s $prefix/groff.err ]]; then
  fail "groff warns about the man page:"
  cat "$prefix/groff.err"
fi
# groff -Tutf8 writes hyphens as U+2010 and minus signs as U+2212: back to ASCII.
text=$(printf '%s\n' "$text" | sed -e 's/\xe2\x80\x90/-/g' -e 's/\xe2\x88\x92/-/g')
has() { grep -qF -- "$1" <<<"$text" || fail "the man page does not say '$1'"; }
for section in NAME SYNOPSIS DESCRIPTION "COMMON OPTIONS" COMMANDS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
  has "$section"
done
# Every command and subcommand the binary lists, and every --option any of
# their --help texts mentions (options and examples).
commands=$("$ragft" --help | awk '/^Subcommands:/{on=1; next} on && /^$/{exit} on && /^  [a-z]/{print $1}')
[[ $(wc -w <<<"$commands") -eq 8 ]] || fail "expected 8 commands in --help, got: $commands"
helps=("$("$ragft" --help)")
for c in $commands; do
  has "ragft $c"
  helps+=("$("$ragft" "$c" --help)")
  for s in $("$ragft" "$c" --help | awk '/^Subcommands:/{on=1; next} on && /^$/{exit} on && /^  [a-z]/{print $1}'); do
    has "ragft $c $s"
    helps+=("$("$ragft" "$c" "$s" --help)")
  done
done
for h in "${helps[@]}"; do
  for opt in $(grep -oE -- '(^|[ ,])--[a-z][a-z-]+' <<<"$h" | tr -d ' ,' | sort -u); do has "$opt"; done
done
for code in 0 1 2 3; do grep -qE "^ +$code( |\$)" <<<"$text" || fail "the man page does not list exit code $code"; done
for var in NO_COLOR RAGFT_TODAY RAGFT_DOCS_URL SOURCE_DATE_EPOCH CI TERM; do has "$var"; done
has "text, json, github, sarif, junit"

# --- completions
bash_completion="$prefix/share/bash-completion/completions/ragft"
for f in "$bash_completion" "$prefix/share/zsh/vendor-completions/_ragft" "$prefix/share/fish/vendor_completions.d/ragft.fish"; do
  [[ -s $f ]] || fail "no completion file $f"
done
head -1 "$prefix/share/zsh/vendor-completions/_ragft" | grep -qx '#compdef ragft' || fail "_ragft does not start with #compdef ragft"
if command -v zsh >/dev/null; then zsh -n "$prefix/share/zsh/vendor-completions/_ragft" || fail "zsh -n _ragft"; fi
if command -v fish >/dev/null; then
  fish_file="$prefix/share/fish/vendor_completions.d/ragft.fish"
  fish -n "$fish_file" || fail "fish -n ragft.fish"
  got=$(fish -c "source '$fish_file'; complete -C 'ragft sc'; complete -C 'ragft check --format s'" | cut -f1 | tr '\n' ' ')
  [[ $got == "schema score sarif " ]] || fail "fish completion: expected 'schema score sarif ', got '$got'"
fi
grep -q -- "-l format -x -a 'text json github sarif junit'" "$prefix/share/fish/vendor_completions.d/ragft.fish" ||
  fail "the fish completion has no formats for check"

# complete WORD... : what bash completes for the last word (in the source tree)
complete_words() {
  (cd "$src" && bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _ragft; for w in "${COMPREPLY[@]}"; do echo "$w"; done' \
    _ "$bash_completion" "$@" | sort | tr '\n' ' ')
}
expect() {
  local want=$1
  shift
  local got
  got=$(complete_words "$@")
  [[ $got == "$want" ]] || fail "bash completion of '$*': expected '$want', got '$got'"
}
expect "schema score " ragft sc
expect "dump " ragft rules d
expect "--force --format " ragft score --fo
expect "csv json jsonl markdown text " ragft score --format ""
expect "github json junit sarif text " ragft check --format ""
expect "json text " ragft rules show --format ""
expect "always auto never " ragft score x.yaml --color ""
expect "labeled_examples= " ragft --set labeled_exa
expect "examples " ragft score exa
expect "examples " ragft --rules rules/default.yaml score -o x.json exa
expect "" ragft score -j ""

# --- docs
for f in README.md docs/ci.md docs/rules.md; do
  [[ -f $prefix/share/doc/ragft/$f ]] || fail "no share/doc/ragft/$f"
done

if [[ $failures -gt 0 ]]; then
  echo "install_test: $failures failed"
  exit 1
fi
echo "install_test: passed"
