ragft scroe profiles/
--- stdout
--- stderr
ragft: error: unknown command 'scroe'
  hint: did you mean 'score'?
--- exit 2
