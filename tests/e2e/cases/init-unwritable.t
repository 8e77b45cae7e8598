ragft --no-default-rules --rules layers/check.yaml init -o missing-dir/p.yaml
--- stdout
--- stderr
ragft: error: cannot write 'missing-dir/p.yaml': No such file or directory
--- exit 2
