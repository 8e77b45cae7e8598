ragft --version
--- stdout
ragft 0.1.0
--- stderr
--- exit 0
