// Text for terminals: ANSI styles that vanish when color is off, and the
// display width of styled UTF-8 text. Shared by every text renderer.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace ragft {

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

// Columns `s` takes: one per UTF-8 code point, ANSI escape sequences excluded.
std::size_t display_width(std::string_view s);

// Appends `text` word-wrapped at `width` columns: the first line starts with
// `first`, the following ones with `rest`, and every line ends with '\n'.
// Words are split at single spaces, so a run of spaces is kept as it is.
void append_wrapped(std::string& out, std::string_view text, std::string_view first, std::string_view rest,
                    std::size_t width);
// The same with a hanging indent: the following lines start with `indent`
// plus two spaces.
void append_wrapped(std::string& out, std::string_view indent, std::size_t width, std::string_view text);

// 1234567 -> "1,234,567", appended: whole numbers as people read them.
void append_grouped(std::string& out, long long v);

}  // namespace ragft
