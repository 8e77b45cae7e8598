ragft score bad/huge.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
bad/huge.yaml: error: file is larger than 1048576 bytes
--- exit 2
