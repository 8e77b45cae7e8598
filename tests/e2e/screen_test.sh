#!/usr/bin/env bash
# The default text of one result fits one screen, and says each sentence once.
# 400 generated profiles (bench_gen) and hand-made worst cases (every trap,
# every gate, a long project name, an empty profile, a multi-document file)
# are scored one file at a time: no result may take more than 40 lines at 100
# columns, the median must stay at or under 30, and no sentence may be printed
# twice in one result, in the default text nor with --verbose. --verbose
# still cites a source for every reason.
# Usage: screen_test.sh RAGFT BENCH_GEN SOURCE_DIR
set -u
ragft=$(readlink -f "$1")
gen=$(readlink -f "$2")
src=$(readlink -f "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

"$gen" 400 in 16 >/dev/null || exit 1
mkdir -p in/worst
long=$(printf 'A very long project name %.0s' $(seq 1 20))
cat >in/worst/long-name.yaml <<EOF
project: "$long"
answers: {problem: both, behavior: refusal, knowledge_change: weekly, prompt_quality: 0.5, quality_target: 0.99,
  labeled_examples: 350, eval_set: true, calls_per_day: 9821083, latency_budget_ms: 1, privacy: sensitive}
EOF
cat >in/worst/empty.yaml <<'EOF'
project: nothing answered
answers: {}
EOF
cat >in/worst/every-gate.yaml <<'EOF'
project: behavior with every prerequisite missing
answers: {problem: behavior, behavior: tone, eval_set: false, privacy: on_premise, calls_per_day: 2000000}
EOF
cat >in/worst/every-trap.yaml <<'EOF'
project: facts with every trap
answers: {problem: knowledge, knowledge_change: daily, privacy: sensitive, latency_budget_ms: 1,
  citations_required: true, calls_per_day: 40000, labeled_examples: 50, eval_set: false}
EOF
cat >in/worst/both-gated.yaml <<'EOF'
project: both halves, nothing measured
answers: {problem: both, knowledge_change: static, privacy: no_persistent_index, behavior: task, task_scope: broad,
  latency_budget_ms: 5, eval_set: false}
EOF
cat >in/worst/none.yaml <<'EOF'
project: no option fits
answers: {problem: knowledge, knowledge_change: realtime, privacy: no_persistent_index, citations_required: true}
EOF
cp "$src/tests/hostile/inputs/multi-doc-mixed.yaml" in/worst/ 2>/dev/null

fail=0
pass=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name"; fi
}

# One output file per profile and mode.
mkdir -p out
n=0
while IFS= read -r f; do
  n=$((n + 1))
  "$ragft" score "$f" >"out/$n.text" 2>/dev/null
  "$ragft" score --verbose "$f" >"out/$n.verbose" 2>/dev/null
  echo "$f" >"out/$n.name"
done < <(find in -name '*.yaml' | sort)
check "profiles scored" test "$n" -ge 400

# Results are split on their header lines (no indent); lines are counted at
# 100 columns; sentences are the wrapped paragraphs joined, without the
# [rule] tags, split after . ; : ? ! and compared when longer than 24 characters.
python3 - out "$n" >report.txt <<'EOF'
import re, sys, statistics
out, n = sys.argv[1], int(sys.argv[2])
counts, bad = [], []
def results(text):
    block = []
    for line in text.splitlines():
        if line and not line.startswith(' ') and block:
            yield block
            block = []
        block.append(line)
    if block:
        yield block
def sentences(block):
    paras, cur = [], ''
    for line in block:
        indent = len(line) - len(line.lstrip(' '))
        body = line.strip()
        # A continuation line is indented two more than the paragraph's first.
        if cur and indent >= cur_indent + 2 and not body.startswith('- '):
            cur += ' ' + body
        else:
            if cur: paras.append(cur)
            cur, cur_indent = body, indent
    if cur: paras.append(cur)
    for p in paras:
        p = re.sub(r'\s*\[[^\]]*\]', '', p)
        for s in re.split(r'(?<=[.;:?!])\s+', p):
            s = s.strip(' -')
            if len(s) > 24: yield s
for i in range(1, n + 1):
    name = open(f'{out}/{i}.name').read().strip()
    for mode in ('text', 'verbose'):
        text = open(f'{out}/{i}.{mode}', encoding='utf-8').read()
        for block in results(text):
            if mode == 'text':
                lines = sum(max(1, -(-len(l) // 100)) for l in block)
                counts.append(lines)
                if lines > 40: bad.append(f'{name}: {lines} lines')
            seen = set()
            for s in sentences(block):
                if s in seen: bad.append(f'{name} ({mode}): printed twice: {s}')
                seen.add(s)
            if mode == 'verbose' and '  Why' in block and not any('source: ' in l for l in block):
                bad.append(f'{name} (verbose): no source cited')
print(f'results {len(counts)} median {statistics.median(counts)} max {max(counts)}')
for b in bad[:20]: print('BAD', b)
print(f'bad {len(bad)}')
EOF
cat report.txt
check "no result over 40 lines, no sentence twice" grep -qx 'bad 0' report.txt
median=$(awk '/^results/{print $4}' report.txt)
check "median at most 30 lines (got $median)" awk -v m="$median" 'BEGIN{exit !(m <= 30)}'
check "long project name cut to the line" bash -c "grep -l 'A very long project name' out/*.text | xargs grep -q '…'"
echo "screen: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
