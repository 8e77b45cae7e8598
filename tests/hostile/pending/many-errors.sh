#!/usr/bin/env bash
# Writes many-errors.yaml into DIR: a 0.95 MB profile with 80,000 unknown
# answers. Each error's source line is found by scanning the text from its
# start (line_of in make_diagnostic), so the file costs minutes of CPU and
# prints 80,000 diagnostics. See README.md.
# Usage: many-errors.sh DIR
set -eu
awk 'BEGIN { print "answers:"; for (i = 0; i < 80000; i++) printf "  k%d: 1\n", i }' >"$1/many-errors.yaml"
