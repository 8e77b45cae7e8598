ragft rules test -q
--- stdout
120 passed, 0 failed
--- stderr
--- exit 0
