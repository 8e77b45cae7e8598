ragft schema > /dev/full
--- stdout
--- stderr
ragft: error: cannot write the output
  hint: the results are incomplete; check that the disk or pipe they go to has room, then run ragft again
--- exit 2
