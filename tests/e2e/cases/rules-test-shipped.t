ragft rules test -q
--- stdout
63 passed, 0 failed
--- stderr
--- exit 0
