// Text from inputs made safe for every writer: any byte string (file names,
// project names, labels, rule texts) becomes valid UTF-8, terminal control
// characters become visible, and text is cut only at character boundaries.
// Every writer goes through these, so no input can stop a writer (a JSON
// dump throws on invalid UTF-8) or drive a terminal or a CI log.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace ragft {

// `s` with every byte that is not part of a valid UTF-8 sequence (a stray
// continuation byte, a truncated or overlong sequence, a surrogate) replaced
// by U+FFFD. Valid text is returned unchanged.
std::string valid_utf8(std::string_view s);

// For text meant to be read in a terminal, as one line: valid_utf8(), and C0
// control characters (tab too, newline too), DEL and C1 control characters
// each shown as '?'. Used for names (files, projects, labels, tests).
std::string visible(std::string_view s);

// For a whole rendered text: the same, but newlines and tabs are kept, and
// with `keep_sgr` the colour sequences ragft writes itself (ESC '[' digits
// and ';' 'm') are kept too, so that only the styling survives.
std::string visible_text(std::string_view s, bool keep_sgr);

// One UTF-8 sequence decoded: its code point and its length in bytes. The
// length is 0 when the bytes at s[i] are not a valid sequence (a stray
// continuation byte, a truncated or overlong sequence, a surrogate, a value
// above U+10FFFF). The one UTF-8 decoder: every reader of characters uses it.
struct Utf8Char {
  char32_t code_point = 0;
  std::size_t length = 0;
};
Utf8Char decode_utf8(std::string_view s, std::size_t i);

// Columns one code point takes in a terminal: 2 for East Asian Wide and
// Fullwidth characters (CJK ideographs, kana, Hangul syllables, fullwidth
// forms) and emoji; 0 for combining marks and zero-width characters
// (joiners, variation selectors, the byte-order mark); 1 otherwise,
// control characters included (ragft shows them as '?'). From a compact
// table of the Unicode East Asian Width and general category ranges, as
// wcwidth() implementations do.
int code_point_width(char32_t cp);

// ASCII letters of `s` made lower case; every other byte is kept, so UTF-8
// text stays valid. For keywords, answers and file extensions.
std::string ascii_lower(std::string_view s);

// The length of the longest prefix of `s` of at most `max_bytes` bytes that
// does not end inside a UTF-8 sequence.
std::size_t utf8_prefix(std::string_view s, std::size_t max_bytes);

// A short excerpt of a value for a message: the whole of `s` when it has at
// most `max_bytes` bytes, else its first bytes cut at a character boundary
// followed by "... (N bytes)". Never more than about max_bytes + 24 bytes.
std::string excerpt(std::string_view s, std::size_t max_bytes = 64);

// A JSON value as text; invalid UTF-8 in its strings is replaced (U+FFFD)
// instead of throwing. indent < 0: one line.
std::string json_text(const nlohmann::ordered_json& j, int indent = -1);
std::string json_text(const nlohmann::json& j, int indent = -1);

}  // namespace ragft
