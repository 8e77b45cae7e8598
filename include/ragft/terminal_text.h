// Text for terminals: ANSI styles that vanish when color is off, the display
// width of styled UTF-8 text, the one word wrap, and the terminal's width.
// Shared by every text renderer.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace ragft {

// How text output is laid out for people: colour, the width to wrap at, and
// how much to say.
struct TextStyle {
  bool color = false;
  int width = 100;  // wrap text output at this many columns
  bool verbose = false;  // score --verbose: every reason with its source, every trap and what-if
};

// Styles text with ANSI SGR codes when `on`; returns it unchanged otherwise.
// Each line is styled on its own, so a wrapped block keeps its style, and
// empty text stays empty.
struct Paint {
  bool on = false;
  // Appends `s` styled to `out`: the form for renderers that build one
  // string, as it allocates nothing when color is off.
  void append(std::string& out, std::string_view sgr, std::string_view s) const;
  // The same, as a new string.
  std::string code(std::string_view sgr, std::string_view s) const;
  std::string operator()(std::string_view sgr, std::string_view s) const { return code(sgr, s); }
  std::string bold(std::string_view s) const { return code("1", s); }
  std::string dim(std::string_view s) const { return code("2", s); }
  std::string red(std::string_view s) const { return code("31", s); }
  std::string green(std::string_view s) const { return code("32", s); }
  std::string yellow(std::string_view s) const { return code("33", s); }
  std::string cyan(std::string_view s) const { return code("36", s); }
  void bold(std::string& out, std::string_view s) const { append(out, "1", s); }
  void dim(std::string& out, std::string_view s) const { append(out, "2", s); }
  void red(std::string& out, std::string_view s) const { append(out, "31", s); }
  void green(std::string& out, std::string_view s) const { append(out, "32", s); }
  void yellow(std::string& out, std::string_view s) const { append(out, "33", s); }
  void cyan(std::string& out, std::string_view s) const { append(out, "36", s); }
};

// Columns `s` takes in a terminal: the sum of code_point_width() over its
// code points (safe_text.h), so "日本" takes 4 and "e" with a combining
// accent 1; ANSI escape sequences take none, an invalid byte one. ASCII text
// without escapes is measured by its length.
std::size_t display_width(std::string_view s);

// The length of the longest prefix of `s` that takes at most `columns`
// columns and ends at a code point boundary: where to cut text to fit.
std::size_t columns_prefix(std::string_view s, std::size_t columns);

// The word wrap. Appends `text` wrapped at `width` columns: the first line
// starts with `first`, the following ones with `rest`, and every line ends
// with '\n'. Lines break at single spaces, so a run of spaces is kept as it
// is, and between wide (CJK) characters, which are written without spaces,
// though not before closing punctuation nor after opening punctuation. A
// word wider than a line is left whole on a line of its own.
void append_wrapped(std::string& out, std::string_view text, std::string_view first, std::string_view rest,
                    std::size_t width);
// The same, as a new string.
std::string wrapped(std::string_view text, std::string_view first, std::string_view rest, std::size_t width);

// The width in columns of the terminal that `fd` is, or 0 when `fd` is not a
// terminal or its width is unknown.
int terminal_width(int fd);

// 1234567 -> "1,234,567", appended: whole numbers as people read them.
void append_grouped(std::string& out, long long v);

}  // namespace ragft
