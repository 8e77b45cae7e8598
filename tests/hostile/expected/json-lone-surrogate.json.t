$ ragft -q score json-lone-surrogate.json
--- stdout
--- stderr
json-lone-surrogate.json:1:25: error: '\ud83e' is half of a surrogate pair, without the other half
 1 | {"project": "lone \ud83e half", "answers": {"problem": "knowledge"}}
   |                         ^
  hint: a character beyond U+FFFF is written as a pair, high then low, such as \ud83e\udd16
--- exit 2
$ ragft -q --rules json-lone-surrogate.json rules lint
--- stdout
--- stderr
json-lone-surrogate.json:1:25: error: '\ud83e' is half of a surrogate pair, without the other half
 1 | {"project": "lone \ud83e half", "answers": {"problem": "knowledge"}}
   |                         ^
  hint: a character beyond U+FFFF is written as a pair, high then low, such as \ud83e\udd16
rules/default.yaml + rules/cost.yaml + json-lone-surrogate.json: 1 error, 0 warnings
--- exit 2
