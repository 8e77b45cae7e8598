ragft --no-default-rules --rules layers/ask.yaml ask --save nowhere/p.yaml </dev/null; echo "exit $?"; ragft --no-default-rules --rules layers/ask.yaml ask --save layers </dev/null
--- stdout
exit 2
--- stderr
ragft: error: cannot save to 'nowhere/p.yaml': the directory 'nowhere' does not exist
  hint: create it first, or --save a file in an existing directory
ragft: error: --save 'layers' is a directory
  hint: name a file, such as layers/profile.yaml
--- exit 2
