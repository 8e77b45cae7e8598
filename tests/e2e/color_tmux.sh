#!/usr/bin/env bash
# --color on a real terminal (tmux): auto colors a terminal, NO_COLOR turns
# auto off, an explicit --color always wins over NO_COLOR, and -o FILE gets
# no color with auto even on a terminal. The screen is read with its escape
# sequences (capture-pane -e); every wait polls with a deadline.
# Usage: color_tmux.sh RAGFT_BINARY SOURCE_DIR
set -u
if ! command -v tmux >/dev/null 2>&1; then
  echo "color_tmux: FAIL: tmux is not installed (tests/run-all.sh installs it)" >&2
  exit 1
fi
unset TMUX
bin=$(readlink -f "$1")
src=$(readlink -f "$2")
work=$(mktemp -d)
sock="ragft-color-$$"
T=(tmux -L "$sock" -f /dev/null)
trap '"${T[@]}" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
cp -r "$src/tests/e2e/fixtures/." "$work/"
deadline=${ASK_TMUX_TIMEOUT:-30}
failures=0
esc=$'\e['

# screen_of NAME ENV ARGS: runs ragft ARGS with ENV in a terminal of its own
# and prints the screen, escape sequences included.
screen_of() {
  local name=$1 env=$2 args=$3 end=$((SECONDS + deadline)) text
  "${T[@]}" new-session -d -s "$name" -x 100 -y 40 -c "$work" \
    "env -u CI -u NO_COLOR $env TERM=xterm-256color '$bin' --no-default-rules --rules layers/mini.yaml score profiles/mini-a.yaml $args; echo '<<done>>'; sleep 600"
  while ((SECONDS < end)); do
    text=$("${T[@]}" capture-pane -e -p -t "$name")
    if grep -qF '<<done>>' <<<"$text"; then
      printf '%s\n' "$text"
      return
    fi
    sleep 0.05
  done
  echo "timed out"
}
expect() {  # expect NAME colored|plain ENV ARGS
  local text
  text=$(screen_of "$1" "$3" "$4")
  local line
  line=$(grep -F 'Recommendation' <<<"$text")
  if [[ -z $line ]]; then
    echo "FAIL [$1]: no verdict on the screen:"; printf '%s\n' "$text" | sed 's/^/  | /'
    failures=$((failures + 1))
  elif [[ $2 == colored && $line != *"$esc"* ]] || [[ $2 == plain && $line == *"$esc"* ]]; then
    echo "FAIL [$1]: expected a $2 verdict line, got: $(cat -v <<<"$line")"
    failures=$((failures + 1))
  fi
}
expect auto colored "" ""
expect no-color-auto plain "NO_COLOR=1" "--color auto"
expect no-color-always colored "NO_COLOR=1" "--color always"
expect never plain "" "--color never"
# -o FILE on a terminal: the file is not a terminal, so auto gives no color.
screen_of to-file "" "-o out.txt" >/dev/null
if grep -qF "$esc" "$work/out.txt" 2>/dev/null || ! grep -qF 'Recommendation' "$work/out.txt" 2>/dev/null; then
  echo "FAIL [to-file]: out.txt should hold the plain verdict"
  failures=$((failures + 1))
fi
if ((failures)); then
  echo "color_tmux: $failures failed"
  exit 1
fi
echo "color_tmux: passed"
