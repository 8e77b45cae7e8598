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

void append_wrapped(std::string& out, std::string_view text, std::string_view first, std::string_view rest,
                    std::size_t width) {
  const std::size_t rest_width = display_width(rest);
  // Without escape sequences (always without colour), a word's width is the
  // number of its bytes that start a UTF-8 code point, counted in place.
  const bool plain = text.find('\x1b') == std::string_view::npos;
  out += first;
  std::size_t used = display_width(first);
  std::size_t start_width = used;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view word = text.substr(i, j - i);
    std::size_t w = 0;
    if (plain) {
      for (char c : word) w += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    } else {
      w = display_width(word);
    }
    if (used > start_width && used + 1 + w > width) {
      out += '\n';
      out += rest;
      used = start_width = rest_width;
    } else if (used > start_width) {
      out += ' ';
      ++used;
    }
    out += word;
    used += w;
    i = j + 1;
  }
  out += '\n';
}

void append_wrapped(std::string& out, std::string_view indent, std::size_t width, std::string_view text) {
  std::string hang(indent);
  hang += "  ";
  append_wrapped(out, text, indent, hang, width);
}

}  // namespace ragft
