for enc in UTF-16 UTF-16BE UTF-32LE UTF-32BE; do case $enc in UTF-16) bom="";; UTF-16BE) bom="\xfe\xff";; UTF-32LE) bom="\xff\xfe\x00\x00";; UTF-32BE) bom="\x00\x00\xfe\xff";; esac; { printf "$bom"; iconv -f UTF-8 -t $enc adr/0002-crlf.md; } > adr-$enc.md; RAGFT_TODAY=2026-11-21 ragft --no-default-rules --rules layers/check.yaml check adr-$enc.md --format json | jq -c "[.proposals[0].recommendation, .proposals[0].passed, [.proposals[0].findings[] | [.rule, .line, .column]]]"; done; printf "\xff\xfe-\x00-\x00-\x00\n\x00\x00\xd8" > broken.md; ragft check broken.md; echo "exit $?"
--- stdout
["rag",false,[["moving-facts-need-retrieval",6,13],["facts-in-weights",8,14]]]
["rag",false,[["moving-facts-need-retrieval",6,13],["facts-in-weights",8,14]]]
["rag",false,[["moving-facts-need-retrieval",6,13],["facts-in-weights",8,14]]]
["rag",false,[["moving-facts-need-retrieval",6,13],["facts-in-weights",8,14]]]

0 proposals checked: 0 passed, 0 failed; 1 file invalid (see the errors)
exit 2
--- stderr
broken.md:2:1: error: cannot read 'broken.md': it is UTF-16 (little-endian) text with a lone surrogate at byte 10
 2 | 
   | ^
  hint: save the file as UTF-8 (UTF-16 and UTF-32 are read only when they are valid)
--- exit 0
