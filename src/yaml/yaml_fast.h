// The fast path of the guarded YAML reader (src/yaml/yaml_fast.cpp), private to
// the library and its tests. parse_yaml() first tries parse_simple(), a
// hand-written reader for a strict subset of YAML (the shape of a profile:
// block maps of one-line scalars and simple block scalars), and falls back to
// the full reader, parse_yaml_events() (yaml-cpp's event parser), whenever
// parse_simple() declines. parse_simple() never reports an error: anything
// outside the subset, anything wrong and anything near a limit is declined,
// so every error message comes from the full reader. When it accepts, its
// result is exactly the one parse_yaml_events() gives (same kinds, values,
// plain flags, positions, offsets, entry order and document starts);
// tests/yaml_fast_test.cpp and tests/fuzz/fuzz_yaml_fast.cpp check that.
//
// The subset, line by line (lines end at '\n'):
//   - only printable ASCII and '\n': a byte >= 0x7F, a tab, a CR, a NUL or
//     any other control character (and so a BOM) declines;
//   - blank lines (spaces only) and comment lines ('#' after spaces);
//   - '---' document markers at column 1, alone on their line or followed by
//     a ' #' comment; every document is a block map or empty (after a '---');
//   - 'key: value' lines, with ': ' or ':' at the end of the line, keys of
//     one map in one column, a nested map on the more indented lines after
//     'key:'; plain keys of letters, digits, '_', '-', '.', '/' and inner
//     spaces, starting with a letter, digit or '_' (not null, Null, NULL),
//     or one-line quoted keys without escapes; no duplicate keys;
//   - values on the key's line: plain one-line scalars (no ': ', no ':' at
//     the end, a ' #' starts a comment; ~, null, Null, NULL are null),
//     one-line "double-quoted" texts without '\', one-line 'single-quoted'
//     texts without '', or block scalars |, |-, >, >- whose lines all have
//     the same indentation (more indented lines only in |), no trailing
//     spaces and no blank line except at the end; an empty value is null.
// Declined, among others: sequences, flow collections, anchors, aliases,
// tags, directives, '...', '?' keys, multi-line plain or quoted scalars,
// escapes, |+ and indentation indicators, and texts over a limit.
#pragma once
#include <string>
#include <string_view>

#include "ragft/yaml_doc.h"

namespace ragft::yaml::detail {

// Reads `text` when it is inside the subset above and within `limits`:
// fills `out` (documents, no errors) and returns true. Otherwise returns
// false and leaves `out` as it was.
bool parse_simple(std::string_view text, const Limits& limits, ParseResult& out);

// The full reader alone, without the fast path: what parse_yaml() does when
// parse_simple() declines.
ParseResult parse_yaml_events(std::string_view text, const std::string& file, const Limits& limits = {});

}  // namespace ragft::yaml::detail
