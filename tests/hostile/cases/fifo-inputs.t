mkfifo pipe.yaml && mkdir dir && mkfifo dir/pipe.yaml && ragft score pipe.yaml; echo "exit $?"; ragft score 'pipe*'; echo "exit $?"; ragft score dir; echo "exit $?"; ragft --rules pipe.yaml rules lint; echo "exit $?"; ragft check pipe.yaml; echo "exit $?"; ragft cost pipe.yaml; echo "exit $?"; ragft score /dev/null; echo "exit $?"; printf 'answers:\n  problem: knowledge\n' | ragft -q score -
--- stdout
0 profiles scored; 1 file invalid (see errors above)
exit 2
0 profiles scored; 1 file invalid (see errors above)
exit 2
exit 2
exit 2

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
exit 2
exit 2
0 profiles scored; 1 file invalid (see errors above)
exit 2
<stdin>: rag (medium)
--- stderr
pipe.yaml: error: cannot read 'pipe.yaml': it is a FIFO (named pipe), not a regular file
  hint: only regular files are read; give - to read standard input
pipe.yaml: error: cannot read 'pipe.yaml': it is a FIFO (named pipe), not a regular file
  hint: only regular files are read; give - to read standard input
ragft: error: no profiles found in the given paths (looked for *.md, *.markdown, *.yaml, *.yml and *.json, in any case)
  hint: profiles end in .yaml, .yml or .json, ADRs in .md; run 'ragft init' for a template
pipe.yaml: error: cannot read 'pipe.yaml': it is a FIFO (named pipe), not a regular file
  hint: only regular files are read; give - to read standard input
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
pipe.yaml: error: cannot read 'pipe.yaml': it is a FIFO (named pipe), not a regular file
  hint: only regular files are read; give - to read standard input
pipe.yaml: error: cannot read 'pipe.yaml': it is a FIFO (named pipe), not a regular file
  hint: only regular files are read; give - to read standard input
/dev/null: error: cannot read '/dev/null': it is a character device, not a regular file
  hint: only regular files are read; give - to read standard input
--- exit 0
