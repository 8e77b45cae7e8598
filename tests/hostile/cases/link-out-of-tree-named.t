mkdir -p outside repo && printf 'answers:\n  token: SECRET-TOKEN-1234\n' >outside/creds.yaml && ln -s ../outside/creds.yaml repo/creds.yaml && ln -s /proc/self/environ repo/environ.yaml && cd repo && RAGFT_TEST_SECRET=SECRET-ENV-5678 ragft score creds.yaml environ.yaml 'env*.yaml'; echo "exit $?"; ragft --rules creds.yaml rules lint; echo "exit $?"; ragft cost environ.yaml; echo "exit $?"; ragft explain creds.yaml
--- stdout
0 profiles scored; 3 files invalid (see errors above)
exit 2
exit 2
exit 2
0 profiles scored; 1 file invalid (see errors above)
--- stderr
creds.yaml: error: 'creds.yaml' is a symbolic link to a file outside the current directory; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
environ.yaml: error: 'environ.yaml' is a symbolic link to a file outside the current directory; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
environ.yaml: error: 'environ.yaml' is a symbolic link to a file outside the current directory; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
creds.yaml: error: 'creds.yaml' is a symbolic link to a file outside the current directory; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
rules/default.yaml + rules/cost.yaml: 1 error, 0 warnings
environ.yaml: error: 'environ.yaml' is a symbolic link to a file outside the current directory; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
creds.yaml: error: 'creds.yaml' is a symbolic link to a file outside the current directory; it is not read
  hint: a link is followed only to a file inside the tree given; name the file itself
--- exit 2
