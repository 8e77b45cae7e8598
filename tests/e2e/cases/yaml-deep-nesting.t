ragft score bad/deep.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
bad/deep.yaml:1:42: error: nesting deeper than 64 levels
 1 | answers: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[...
   |                                          ^
--- exit 2
