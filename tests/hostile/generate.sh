#!/usr/bin/env bash
# Writes the hostile inputs that are too big for git or cannot live in it
# (symbolic-link loops, a link to /dev/zero) into DIR. Each is then run like
# the files in tests/hostile/inputs, with its expectation in expected/.
# Usage: generate.sh DIR
set -eu  # no pipefail: `yes | head` ends yes with SIGPIPE
dir=$1
mkdir -p "$dir"
cd "$dir"

# One byte over the profile limit (1 MiB) and over the rule-file limit (4 MiB).
{ printf 'answers:\n  problem: knowledge\n'; yes '# padding padding padding padding padding padding padding' | head -c 1048600; } \
  | head -c 1048577 >big-profile.yaml
{ printf 'ragft-rules: 1\n'; yes '# padding padding padding padding padding padding padding' | head -c 4194400; } \
  | head -c 4194305 >big-rules.yaml

# 100,001 empty documents (the limit is 100,000) and 200,001 nodes in one
# document (the limit is 200,000).
yes -- '---' | head -n 100001 >many-documents.yaml
{ printf 'answers: ['; yes '1,' | head -n 200000 | tr -d '\n'; printf '1]\n'; } >many-nodes.yaml

# 5,001 rules and 501 criteria in one layer (the limits are 5,000 and 500).
awk 'BEGIN {
  print "ragft-rules: 1\nrules:"
  for (i = 0; i < 5001; i++)
    printf "  - {id: r%d, when: \"labeled_examples > %d\", score: {rag: 1}, text: t, source: s}\n", i, i
}' >many-rules.yaml
awk 'BEGIN {
  print "ragft-rules: 1\ncriteria:"
  for (i = 0; i < 501; i++) printf "  - {id: c%d, type: yesno, question: \"q%d?\"}\n", i, i
}' >many-criteria.yaml

# Directories with symbolic-link loops: the walk must neither follow them
# forever nor fail. loop-dir also holds one valid profile.
mkdir -p loop-dir/sub loop-only
printf 'answers:\n  problem: knowledge\n  knowledge_change: daily\n' >loop-dir/p.yaml
ln -s .. loop-dir/sub/up
ln -s . loop-dir/self
ln -s b.yaml loop-only/a.yaml
ln -s a.yaml loop-only/b.yaml
ln -s ../loop-only loop-only/again

# A directory tree 40 levels deep with a profile at the top and one at the
# bottom: the walk stops descending below 32 levels.
deep=deep-dir
for i in $(seq 40); do deep="$deep/d$i"; done
mkdir -p "$deep"
printf 'answers:\n  problem: knowledge\n  knowledge_change: daily\n' >deep-dir/top.yaml
printf 'answers:\n  problem: knowledge\n  knowledge_change: daily\n' >"$deep/bottom.yaml"

# A file that links to itself, and one that links to an endless device.
ln -s self-link.yaml self-link.yaml
ln -s /dev/zero dev-zero.yaml

# 80,000 unknown answers in a 0.95 MB profile: at most 50 errors are shown
# per file, then "too many errors" (each used to cost a scan of the text, so
# the file took minutes).
awk 'BEGIN { print "answers:"; for (i = 0; i < 80000; i++) printf "  k%d: 1\n", i }' >many-errors.yaml

# Aliases of one 3.5 MB text: 1,000 rules whose text is the alias (1.4 GB and
# then std::bad_alloc before the texts were bounded), and 150 'warn: *big'
# (525 MB of messages before values in messages were cut to an excerpt).
big=$(head -c 3500000 /dev/zero | tr '\0' 'x')
{
  printf 'ragft-rules: 1\nrules:\n'
  printf '  - {id: r0, when: "true", score: {rag: 1}, text: &big "%s", source: s}\n' "$big"
  awk 'BEGIN { for (i = 1; i < 1000; i++) printf "  - {id: r%d, when: \"true\", score: {rag: 1}, text: *big, source: s}\n", i }'
} >alias-big-rule-texts.yaml
{
  printf 'ragft-rules: 1\nx-big: &big "%s"\nrules:\n' "$big"
  awk 'BEGIN { for (i = 0; i < 150; i++) printf "  - {id: r%d, when: \"true\", warn: *big, text: t, source: s}\n", i }'
} >alias-big-warn.yaml

# A 500 KB value and a 500 KB tag: an error quotes a short excerpt of each,
# not the whole (both were echoed whole).
half=$(head -c 500000 /dev/zero | tr '\0' 'y')
printf 'answers:\n  problem: "%s"\n' "$half" >big-value-in-error.yaml
printf 'project: !%s x\n' "$half" >big-tag.yaml
