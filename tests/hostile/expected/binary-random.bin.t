$ ragft -q score binary-random.bin
--- stdout
--- stderr
binary-random.bin:1:1: error: text is not valid UTF-8 (byte 0xA5)
 1 | ����������������������������������...
   | ^
  hint: save the file as UTF-8
--- exit 2
$ ragft -q --rules binary-random.bin rules lint
--- stdout
--- stderr
binary-random.bin:1:1: error: text is not valid UTF-8 (byte 0xA5)
 1 | ����������������������������������...
   | ^
  hint: save the file as UTF-8
rules/default.yaml + rules/cost.yaml + binary-random.bin: 1 error, 0 warnings
--- exit 2
