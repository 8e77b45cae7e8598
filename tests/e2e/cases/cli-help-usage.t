ragft score --help | head -3; ragft rules dump --help | head -2; ragft score --bogus profiles/mini-a.yaml; echo "exit $?"; ragft rules dump --nope; echo "exit $?"; ragft --bogus; echo "exit $?"
--- stdout
score profiles (files, directories, globs, - for stdin)
Usage: ragft score [OPTIONS] paths...

print a built-in rule file
Usage: ragft rules dump [OPTIONS] [name]
exit 2
exit 2
exit 2
--- stderr
ragft: error: The following argument was not expected: --bogus
  hint: run 'ragft score --help'
ragft: error: The following argument was not expected: --nope
  hint: run 'ragft rules dump --help'
ragft: error: A subcommand is required
  hint: run 'ragft --help'
--- exit 0
