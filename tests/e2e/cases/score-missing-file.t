ragft --no-default-rules --rules layers/mini.yaml score nowhere.yaml profiles/mini-a.yaml -q
--- stdout
profiles/mini-a.yaml: fine_tune (high)
--- stderr
nowhere.yaml: error: cannot read 'nowhere.yaml': No such file or directory
  hint: give a profile file, a directory of profiles, a glob, or - for standard input
--- exit 2
