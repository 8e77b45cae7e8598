mkdir -p outside/adr repo/docs repo/in/real && printf 'approach: rag\nanswers:\n  token: SECRET-TOKEN-1234\n' >outside/adr/x.yaml && ln -s ../../outside/adr repo/docs/adr && ln -s /proc/self repo/docs/self && cp outside/adr/x.yaml repo/in/real/ && ln -s real repo/in/alias && cd repo && ragft check docs/adr/; echo "exit $?"; ragft check docs/adr/x.yaml 'docs/*'; echo "exit $?"; RAGFT_TEST_SECRET=SECRET-ENV-5678 ragft score docs/self/environ; echo "exit $?"; ragft --rules docs/adr/x.yaml rules lint; echo "exit $?"; ragft check "$PWD/docs/adr" 2>&1 | sed "s|$PWD|\$PWD|g"; (cd docs && ragft -q check adr); echo "exit $?"; ragft -q check in/alias; echo "exit $?"; ragft -q check ../outside/adr; echo "exit $?"
--- stdout

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
exit 2

0 proposals checked: 0 passed, 0 failed; 3 files invalid (see the errors)
exit 2
0 profiles scored; 1 file invalid (see errors above)
exit 2
exit 2
$PWD/docs/adr: error: '$PWD/docs/adr' is a symbolic link to a directory outside the current directory; it is not read
  hint: a link named on the command line is followed only inside the current directory; to read what it leads to anyway, give that path

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
exit 2
exit 2
exit 2
--- stderr
docs/adr/: error: 'docs/adr/' is a symbolic link to a directory outside the current directory; it is not read
  hint: a link named on the command line is followed only inside the current directory; to read what it leads to anyway, give that path
docs/adr/x.yaml: error: 'docs/adr/x.yaml' is not read: 'docs/adr' on its way is a symbolic link to a directory outside the current directory
  hint: a link named on the command line is followed only inside the current directory; to read what it leads to anyway, give that path
docs/adr: error: 'docs/adr' is a symbolic link to a directory outside the current directory; it is not read
  hint: a link named on the command line is followed only inside the current directory; to read what it leads to anyway, give that path
docs/self: error: 'docs/self' is a symbolic link to a directory outside the current directory; it is not read
  hint: a link named on the command line is followed only inside the current directory; to read what it leads to anyway, give that path
docs/self/environ: error: 'docs/self/environ' is not read: 'docs/self' on its way is a symbolic link to a directory outside the current directory
  hint: a link named on the command line is followed only inside the current directory; to read what it leads to anyway, give that path
docs/adr/x.yaml: error: 'docs/adr/x.yaml' is not read: 'docs/adr' on its way is a symbolic link to a directory outside the current directory
  hint: a link named on the command line is followed only inside the current directory; to read what it leads to anyway, give that path
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
adr: error: 'adr' is a symbolic link to a directory outside the current directory; it is not read
  hint: a link named on the command line is followed only inside the current directory; to read what it leads to anyway, give that path
in/alias/x.yaml:3:3: error: unknown answer 'token'
 3 |   token: SECRET-TOKEN-1234
   |   ^~~~~
  hint: did you mean 'input_tokens'?
../outside/adr/x.yaml:3:3: error: unknown answer 'token'
 3 |   token: SECRET-TOKEN-1234
   |   ^~~~~
  hint: did you mean 'input_tokens'?
--- exit 0
