#!/usr/bin/env bash
# `ragft ask` in a real terminal: tmux runs a shell in a pseudo-terminal of a
# fixed size, keys are sent with send-keys and the screen is read with
# capture-pane. Every wait polls the screen with a deadline; nothing sleeps a
# fixed time. Covers a full walk to a verdict with the project's name, an
# invalid answer asked again, `?` help, back, skip, the final edit, a prefix
# answer shown in full, arrow-key line editing and a history of accepted
# answers only, saving (refusing to overwrite, confirming a replacement),
# Ctrl-D (says how to quit) and Ctrl-C (exit 130, terminal restored, no file
# left), and a 60-column window where no line is broken by the terminal,
# with English and with Japanese text.
# Usage: ask_tmux.sh RAGFT_BINARY SOURCE_DIR
set -u
if ! command -v tmux >/dev/null 2>&1; then
  echo "ask_tmux: FAIL: tmux is not installed; it is needed for the terminal tests (tests/run-all.sh installs it)" >&2
  exit 1
fi
unset TMUX  # a private server, even when run from inside tmux
bin=$(readlink -f "$1")
src=$(readlink -f "$2")
work=$(mktemp -d)
sock="ragft-ask-$$"
T=(tmux -L "$sock" -f /dev/null)
cleanup() {
  "${T[@]}" kill-server >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/bin" "$work/run"
ln -s "$bin" "$work/bin/ragft"
cp "$src/tests/e2e/fixtures/layers/ask.yaml" "$work/run/ask.yaml"
cp "$src/tests/e2e/fixtures/layers/ask-cjk.yaml" "$work/run/ask-cjk.yaml"
cp "$src/examples/shipping-manifests.yaml" "$work/run/manifests.yaml"
# Sanitizer builds are slow: allow generous deadlines, they only matter on failure.
deadline=${ASK_TMUX_TIMEOUT:-30}
scenario=""

# The shell in the pane: no rc files, a plain prompt, CI unset (a CI runner
# sets CI=true, which would turn the terminal mode off).
"${T[@]}" new-session -d -s ask -x 120 -y 50 -c "$work/run" \
  "env -u CI -u NO_COLOR PATH='$work/bin:$PATH' SOURCE_DATE_EPOCH=1767225600 PS1='$ ' bash --norc --noprofile"

screen() { "${T[@]}" capture-pane -p -J -S - -t ask 2>/dev/null | awk -v m="=== $scenario ===" '$0 == m {buf = ""; next} {buf = buf $0 "\n"} END {printf "%s", buf}'; }
send() { "${T[@]}" send-keys -t ask "$@"; }
type_line() { "${T[@]}" send-keys -t ask -l "$1"; "${T[@]}" send-keys -t ask Enter; }

# The first failure ends the run: later steps would only wait for a screen
# that cannot come.
fail() {
  echo "FAIL [$scenario]: $*"
  echo "---- screen since the scenario started ----"
  screen | sed 's/^/  | /'
  echo "-------------------------------------------"
  exit 1
}

# wait_for TEXT [COUNT]: until TEXT appears COUNT times (default 1) on the
# screen since the scenario started, or the deadline passes.
wait_for() {
  local text=$1 count=${2:-1} end=$((SECONDS + deadline))
  while ((SECONDS < end)); do
    if (($(screen | grep -cF -- "$text") >= count)); then return 0; fi
    sleep 0.05
  done
  fail "timed out waiting for '$text' (x$count)"
}

# The line the cursor is on (what the line editor shows).
cursor_line() {
  local y
  y=$("${T[@]}" display-message -p -t ask '#{cursor_y}')
  "${T[@]}" capture-pane -p -t ask | sed -n "$((y + 1))p"
}

wait_line() {
  local want=$1 end=$((SECONDS + deadline)) got=""
  while ((SECONDS < end)); do
    got=$(cursor_line)
    [[ "$got" == "$want" ]] && return 0
    sleep 0.05
  done
  fail "the input line is '$got', expected '$want'"
}

# start NAME COMMAND: a fresh scenario; the command runs with the terminal
# state recorded before and compared after.
start() {
  mark "$1"
  type_line "tty0=\$(stty -g); $2; echo \"EXIT=\$? TTY=\$([ \"\$(stty -g)\" = \"\$tty0\" ] && echo restored || echo CHANGED)\""
}

# wait_shell: the pane's shell has the terminal again (no ragft running), so
# that what is typed next is read by the shell, not echoed as type-ahead
# into the middle of ragft's last lines.
wait_shell() {
  local end=$((SECONDS + deadline))
  while [[ "$("${T[@]}" display-message -p -t ask '#{pane_current_command}')" == ragft ]]; do
    ((SECONDS < end)) || fail "ragft is still running"
    sleep 0.05
  done
}

# wait_prompt: ragft has exited and the shell's prompt is drawn, so the
# screen no longer changes (two captures of it agree).
wait_prompt() {
  wait_shell
  wait_line '$'
}

# mark NAME: clears the screen and prints the scenario's marker.
mark() {
  wait_shell
  scenario=$1
  type_line "printf '\\033[H\\033[2J=== %s ===\\n' '$scenario'"
  local end=$((SECONDS + deadline))
  until "${T[@]}" capture-pane -p -J -S - -t ask | grep -qxF "=== $scenario ==="; do
    ((SECONDS < end)) || fail "the shell in the pane does not answer"
    sleep 0.05
  done
}

# expect_exit CODE: the command ended with CODE and the terminal settings
# (stty -g) are what they were before it started.
expect_exit() {
  local got="" end=$((SECONDS + deadline))
  while [[ -z "$got" ]] && ((SECONDS < end)); do
    got=$(screen | grep -oE "EXIT=[0-9]+ TTY=[a-zA-Z]+" | tail -1)
    [[ -n "$got" ]] || sleep 0.05
  done
  [[ "$got" == "EXIT=$1 TTY=restored" ]] || fail "expected 'EXIT=$1 TTY=restored', got '$got'"
}

# The pid of the ragft process whose parent is $1 (read from /proc: no pgrep needed).
child_of() {
  local f pid comm state ppid rest
  for f in /proc/[0-9]*/stat; do
    read -r pid comm state ppid rest <"$f" 2>/dev/null || continue
    if [[ "$ppid" == "$1" && "$comm" == "(ragft)" ]]; then echo "$pid"; fi
  done
}

check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if ! "$@" >/dev/null 2>&1; then fail "$what"; fi
}

# --- 1: a full walk to a verdict, with editing keys, invalid answers, help,
# back, skip and the final edit; saved, and the saved file scores the same.
R="--no-default-rules --rules ask.yaml"
start walk "ragft $R ask --save walk.yaml >verdict.txt"
wait_for "Project name (for the verdict and the saved profile; Enter to leave it out):"
type_line "Manifest extraction"
wait_for "Question 1 of 6"
# Line editing: 'bhavior', six times Left, insert 'e' -> 'behavior'.
send -l "bhavior"; send Left Left Left Left Left Left; send -l "e"
wait_line "> behavior"
send Enter
wait_for "Question 2 of 6"
# An invalid answer is said and asked again.
type_line "fromat"
wait_for "hint: did you mean 'format'?"
# History keeps accepted answers only: Up brings back 'behavior', not the
# rejected 'fromat'; Ctrl-A, Ctrl-K clear it; Home/End and Delete edit.
send Up
wait_line "> behavior"
send Up
wait_line "> behavior"
send Down
wait_line ">"
send Up C-a C-k; send -l "xformat"; send Home Delete
wait_line "> format"
send End; send -l "s"; send BSpace
wait_line "> format"
send Enter
wait_for "Question 3 of 6"
type_line "?"
wait_for "Only clean, consistent pairs count."  2
wait_for "Allowed: a whole number >= 0"
# Ctrl-W deletes a word, Ctrl-U the line; Left and Backspace handle a two-byte character.
send -l "tausend zweitausend"; send C-w
wait_line "> tausend"
send C-u; send -l "é2k"; send Left Left BSpace
wait_line "> 2k"
send Enter
wait_for "Question 4 of 6"
type_line "b"
wait_for "Question 3 of 6" 2
wait_for "Enter: 2000"
send Enter
wait_for "Question 4 of 6" 2
type_line "97%"
wait_for "Question 5 of 6"
type_line "skip"
wait_for "Question 6 of 6"
type_line "y"
wait_for "Your answers"
wait_for "prompt_quality    not sure"
type_line "4"
wait_for "Change 'quality_target'"
type_line "0.95"
wait_for "Your answers" 2
wait_for "quality_target    0.95"
send Enter
wait_for "Saved the answers to walk.yaml"
expect_exit 0
check "walk.yaml holds the edited answers" grep -qx "  quality_target: 0.95" "$work/run/walk.yaml"
check "walk.yaml holds labeled_examples 2000" grep -qx "  labeled_examples: 2000" "$work/run/walk.yaml"
check "walk.yaml leaves prompt_quality unanswered" grep -qx "  prompt_quality:  # not sure: left unanswered" "$work/run/walk.yaml"
check "the verdict is fine_tune" grep -q "Recommendation: fine_tune" "$work/run/verdict.txt"
check "the verdict names the project" grep -qx "walk.yaml  — Manifest extraction" "$work/run/verdict.txt"
check "walk.yaml holds the project's name" grep -qx 'project: "Manifest extraction"' "$work/run/walk.yaml"
(cd "$work/run" && "$bin" $R score walk.yaml >"$work/score.txt" 2>&1)
check "the saved file scores exactly as the answers given" cmp -s "$work/run/verdict.txt" "$work/score.txt"

# --- 2: the verdict on screen, the offer to save, refusing to overwrite.
cp "$work/run/walk.yaml" "$work/run/keep.yaml"
start offer "ragft $R ask --from walk.yaml --set eval_set=n"
# walk.yaml leaves prompt_quality blank ("not sure"): that is an answer, so no
# question is left and the summary comes at once.
wait_for "Your answers"
wait_for "prompt_quality    not sure  (from walk.yaml)"
wait_for "eval_set          no  (--set)"
send Enter
wait_for "Recommendation: fine_tune"
wait_for "Save these answers as a profile?"
type_line "walk.yaml"
wait_for "'walk.yaml' already exists. Replace it? [y/N]"
type_line "n"
wait_for "Kept the existing walk.yaml."
wait_for "Save under another name?"
type_line "other.yaml"
wait_for "Saved the answers to other.yaml"
expect_exit 0
check "walk.yaml was not overwritten" cmp -s "$work/run/walk.yaml" "$work/run/keep.yaml"
check "other.yaml holds eval_set: no" grep -qx "  eval_set: no" "$work/run/other.yaml"

# --- 3: --save onto an existing file asks; 'y' replaces it.
start replace "ragft $R ask --from other.yaml --set labeled_examples=10 --save walk.yaml"
wait_for "Your answers"
send Enter
wait_for "'walk.yaml' already exists. Replace it? [y/N]"
type_line "y"
wait_for "Saved the answers to walk.yaml"
expect_exit 0
check "walk.yaml was replaced after confirmation" grep -qx "  labeled_examples: 10" "$work/run/walk.yaml"

# --- 4: Ctrl-C in the middle: exit 130, terminal restored, no file left.
start ctrl-c "ragft $R ask --save never.yaml"
wait_for "Project name"
send Enter
wait_for "Question 1 of 6"
# A prefix is read as the whole choice, and said so.
type_line "kn"
wait_for "  problem = knowledge"
wait_for "Question 2 of 5"
send -l "12"
wait_line "> 12"
send C-c
wait_for "ragft: interrupted; nothing was saved"
expect_exit 130
check "no profile was written" test ! -e "$work/run/never.yaml"
check "no temporary file was left" bash -c "! ls -A '$work/run' | grep -q tmp"

# --- 5: Ctrl-D on an empty line is not a pipe's end: it says how to quit and
# asks the same question again (the pipe's hint is not shown).
start ctrl-d "ragft $R ask --project 'Ctrl-D test'"
wait_for "Question 1 of 6"
send C-d
wait_for "Ctrl-D does not end the questionnaire: press Ctrl-C to quit (nothing is saved), or answer the question."
wait_line ">"
type_line "behavior"
wait_for "Question 2 of 6"
send C-d
wait_for "Ctrl-D does not end the questionnaire" 2
send C-c
wait_for "ragft: interrupted; nothing was saved"
expect_exit 130
if screen | grep -qF "one answer per line on standard input"; then fail "the pipe's hint was shown in a terminal"; fi

# --- 6: SIGTERM while raw mode is on: the terminal is restored, the process
# ends as the signal says (143). The pid is the pane shell's own child.
start sigterm "ragft $R ask --project sigterm"
wait_for "Question 1 of 6"
send -l "kn"
wait_line "> kn"
shell_pid=$("${T[@]}" display-message -p -t ask '#{pane_pid}')
child=$(child_of "$shell_pid")
if [[ -n "$child" ]]; then kill -TERM "$child"; else fail "no ragft process under the pane's shell"; fi
expect_exit 143

# --- 7: Ctrl-Z stops it with the terminal cooked; `fg` brings back raw mode
# and redraws the line being edited.
mark suspend
type_line "tty0=\$(stty -g); ragft $R ask --project suspend"
wait_for "Question 1 of 6"
send -l "beh"
wait_line "> beh"
send C-z
wait_for "Stopped"
type_line "stty -a | grep -q -- ' -icanon' || echo \"cooked while stopped: \$((6 * 7))\""
wait_for "cooked while stopped: 42"
type_line "fg"
wait_line "> beh"
send -l "avior"; send Enter
wait_for "Question 2 of 6"
send C-c
wait_for "ragft: interrupted; nothing was saved"
type_line "echo \"EXIT=\$? TTY=\$([ \"\$(stty -g)\" = \"\$tty0\" ] && echo restored || echo CHANGED)\""
expect_exit 130

# --- 8: texts from a rule file (--rules) carrying escape sequences (an OSC
# title, clear screen, cursor home): shown with the escapes visible, and the
# pane's title is not changed.
printf 'ragft-rules: 1\nname: evil\noptions:\n  - {id: prompt, label: P}\n  - {id: rag, label: R}\ncriteria:\n  - id: problem\n    type: choice\n    question: "Missing facts? \\e]0;pwned\\a\\e[2J\\e[H"\n    help: "help \\e]0;pwned-help\\a"\n    choices:\n      - {id: knowledge, label: "Facts \\e[2J\\e[H"}\n      - {id: behavior, label: "Behavior \\e]0;t\\a"}\n' >"$work/run/evil.yaml"
"${T[@]}" select-pane -t ask -T ragft-pane
start injection "ragft --no-default-rules --rules evil.yaml ask --project evil"
wait_for "Question 1 of 1: Missing facts? ?]0;pwned??[2J?[H"
wait_for "    1  knowledge  Facts ?[2J?[H"
wait_for "    2  behavior   Behavior ?]0;t?"
type_line "?"
wait_for "  help ?]0;pwned-help?"
title=$("${T[@]}" display-message -p -t ask '#{pane_title}')
[[ "$title" == ragft-pane ]] || fail "the pane's title became '$title'"
send C-c
wait_for "ragft: interrupted; nothing was saved"
expect_exit 130

# --- 9: a 60-column window, the default rules: the questions, the help, the
# verdict and the offer to save are wrapped by ragft at word boundaries, so
# the terminal breaks no line (the screen read with lines joined where the
# terminal wrapped them, -J, is the same as without).
"${T[@]}" resize-window -t ask -x 60 -y 50
mark narrow
type_line "ragft ask --from manifests.yaml --defaults"
wait_for "Question 1 of 1"
type_line "n"
wait_for "Your answers"
send Enter
wait_for "Save these answers as a profile?"
send Enter
mark narrow-help
type_line "ragft ask --project narrow"
wait_for "Question 1 of 12"
type_line "?"
wait_for "Allowed: one of: knowledge, behavior, both"
send C-c
wait_for "ragft: interrupted; nothing was saved"
wait_prompt
# The screen since scenario $1's marker, with capture-pane's flags $2...
since() {
  local m="=== $1 ===" && shift
  # -J keeps trailing spaces (the prompt's "> "): both are compared without them.
  "${T[@]}" capture-pane -p "$@" -S - -t ask | sed 's/ *$//' |
    awk -v m="$m" '$0 == m {buf = ""; on = 1; next} on {buf = buf $0 "\n"} END {printf "%s", buf}'
}
for m in narrow narrow-help; do
  scenario=$m
  joined=$(since "$m" -J)
  plain=$(since "$m")
  [[ -n "$plain" ]] || fail "nothing on the screen since the marker"
  [[ "$joined" == "$plain" ]] || fail "the terminal broke a line at 60 columns: $(diff <(echo "$plain") <(echo "$joined") | head -6)"
  if echo "$plain" | grep -q '.\{61,\}'; then fail "a line is longer than 60 columns"; fi
done
scenario=narrow-help
since narrow-help | tr '\n' ' ' | grep -q "b goes  *back, Ctrl-C quits" || fail "the first line is not there, wrapped between words"

# --- 10: Japanese texts from a rule file in the same 60-column window: the
# question, the labels and the help are wrapped by their width (two columns
# for each CJK character), so the terminal breaks no line either; the line
# editor puts the cursor after a wide answer and scrolls a long one.
mark narrow-cjk
type_line "ragft --no-default-rules --rules ask-cjk.yaml ask"
wait_for "Project name"
type_line "顧客サポート"
wait_for "Question 1 of 1"
send -l "はい"
wait_line "> はい"
x=$("${T[@]}" display-message -p -t ask '#{cursor_x}')
[[ "$x" == 6 ]] || fail "the cursor is at column $x after '> はい', expected 6"
send -l "$(printf '事%.0s' $(seq 40))"
wait_line "> $(printf '事%.0s' $(seq 27))"
x=$("${T[@]}" display-message -p -t ask '#{cursor_x}')
[[ "$x" == 56 ]] || fail "the cursor is at column $x after a long wide answer, expected 56"
send C-u
wait_line ">"
type_line "?"
wait_for "失敗例を集めてください。"
send C-c
wait_for "ragft: interrupted; nothing was saved"
wait_prompt
scenario=narrow-cjk
joined=$(since narrow-cjk -J)
plain=$(since narrow-cjk)
[[ "$joined" == "$plain" ]] || fail "the terminal broke a line of Japanese text at 60 columns: $(diff <(echo "$plain") <(echo "$joined") | head -6)"
# 58 columns: the next piece, 「事実」 (a bracket stays with what it
# encloses), would not fit in the 59 that ragft uses.
echo "$plain" | grep -qxF "  すか？モデルが知らない社内の文書や最新の情報が必要なら" ||
  fail "the question is not wrapped at 59 columns between characters"

echo "ask_tmux: all terminal scenarios passed"
