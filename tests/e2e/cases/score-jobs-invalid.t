ragft score --jobs 0 profiles/; ragft score -j lots profiles/
--- stdout
--- stderr
ragft: error: --jobs: expected a whole number from 1 to 1024, not '0'
  hint: run 'ragft score --help'
ragft: error: --jobs: expected a whole number from 1 to 1024, not 'lots'
  hint: run 'ragft score --help'
--- exit 2
