ragft init -o /dev/stdout | head -1; ragft init -o /dev/stdout --force | head -1; test -L /dev/stdout && echo "/dev/stdout is still a link"; ragft init -o /dev/null --force; test -c /dev/null && echo "/dev/null is still a device"; printf 'keep\n' >t.yaml && ln -s t.yaml l.yaml && ragft init -o l.yaml --force; echo "exit $?"; cat t.yaml; test -L l.yaml && echo "l.yaml is still a link"; mkfifo f && ragft init -o f; echo "exit $?"; (cat f >got &) && sleep 0.2 && ragft -q init -o f; echo "exit $?"; sleep 0.2; head -1 got; n=$(printf 'a%.0s' $(seq 240)).yaml && ragft -q init -o "$n" && ragft -q score "$n" | cut -c240-; ls -A | grep ragft- || echo "no temporary file left"
--- stdout
# A ragft profile: one project's answers.
# A ragft profile: one project's answers.
/dev/stdout is still a link
wrote /dev/null; next: ragft score /dev/null
/dev/null is still a device
exit 2
keep
l.yaml is still a link
exit 2
exit 0
# A ragft profile: one project's answers.
a.yaml: prompt (low)
no temporary file left
--- stderr
ragft: error: 'l.yaml' is a symbolic link; ragft does not replace links (give the file it leads to)
ragft: error: cannot write 'f': no process reads this FIFO
--- exit 0
