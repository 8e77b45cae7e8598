ragft score --jobs 1 examples/ > /dev/full
--- stdout
--- stderr
ragft: note: skipped examples/adr/0001-fine-tune-the-support-bot.md: status: superseded by ADR 2
ragft: error: cannot write the output: No space left on device
  hint: the results are incomplete; check that the disk or pipe they go to has room, then run ragft again
--- exit 2
