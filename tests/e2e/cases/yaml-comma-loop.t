ragft score bad/comma.yaml
--- stdout
0 profiles scored; 1 file invalid (see errors above)
--- stderr
bad/comma.yaml:1:1: error: unexpected ','
 1 | ,
   | ^
  hint: ',' separates items only inside [...] or {...}; quote the value if the comma is part of the text
--- exit 2
