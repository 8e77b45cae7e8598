// ANSI styling and display width for the text renderers.
#include "ragft/terminal_text.h"

#include <fmt/format.h>

namespace ragft {

std::string Paint::code(std::string_view sgr, std::string_view s) const {
  if (!on || s.empty()) return std::string(s);
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find('\n', i);
    std::string_view line = s.substr(i, j == std::string_view::npos ? s.size() - i : j - i);
    if (!line.empty()) out += fmt::format("\x1b[{}m{}\x1b[0m", sgr, line);
    if (j == std::string_view::npos) break;
    out += '\n';
    i = j + 1;
  }
  return out;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  if (s.find('\x1b') == std::string_view::npos) {
    // No escape sequence (always, without colour): count the bytes that
    // start a code point, in a loop the compiler vectorises.
    for (char c : s) w += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return w;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0x1b) {
      while (i < s.size() && s[i] != 'm') ++i;
      continue;
    }
    if ((c & 0xC0) != 0x80) ++w;
  }
  return w;
}

}  // namespace ragft
