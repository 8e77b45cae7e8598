// ANSI styling and display width for the text renderers.
#include "ragft/terminal_text.h"

#include <algorithm>
#include <charconv>
#include <bit>
#include <cstdint>
#include <cstring>

namespace ragft {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Of eight bytes read as one word, the high bit of each continuation byte
// (10xxxxxx): bit 7 set and bit 6, shifted up into bit 7, clear.
std::uint64_t continuation_bits(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, sizeof x);
  return x & ~(x << 1) & 0x8080808080808080u;
}

// Code points in `s`: the bytes that do not continue one, counted eight at
// a time.
std::size_t code_points(std::string_view s) {
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t cont = continuation_bits(s.data() + i);
    n += 8 - (cont == 0 ? 0 : static_cast<std::size_t>(std::popcount(cont)));
  }
  for (; i < s.size(); ++i) n += !is_continuation(s[i]);
  return n;
}

// Where the code point `cols` code points after s[from] starts, or s.size()
// when no more than `cols` remain: text ending at or before that index
// takes at most `cols` columns. For text without escape sequences.
std::size_t skip_columns(std::string_view s, std::size_t from, std::size_t cols) {
  std::size_t p = from;
  // Eight bytes hold at most eight code points: skip whole words of them
  // while that many remain to skip.
  while (cols >= 8 && p + 8 <= s.size()) {
    std::uint64_t cont = continuation_bits(s.data() + p);
    cols -= 8 - (cont == 0 ? 0 : static_cast<std::size_t>(std::popcount(cont)));
    p += 8;
  }
  // Then byte by byte, up to the start of the code point sought.
  for (; p < s.size(); ++p) {
    if (is_continuation(s[p])) continue;
    if (cols == 0) break;
    --cols;
  }
  return p;
}

}  // namespace

void Paint::append(std::string& out, std::string_view sgr, std::string_view s) const {
  if (!on) {
    out += s;
    return;
  }
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find('\n', i);
    std::string_view line = s.substr(i, j == std::string_view::npos ? s.size() - i : j - i);
    if (!line.empty()) {
      out += "\x1b[";
      out += sgr;
      out += 'm';
      out += line;
      out += "\x1b[0m";
    }
    if (j == std::string_view::npos) break;
    out += '\n';
    i = j + 1;
  }
}

std::string Paint::code(std::string_view sgr, std::string_view s) const {
  std::string out;
  append(out, sgr, s);
  return out;
}

std::size_t display_width(std::string_view s) {
  // No escape sequence (always, without colour): count the code points.
  if (s.find('\x1b') == std::string_view::npos) return code_points(s);
  std::size_t w = 0;
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

namespace {

// append_wrapped with the widths of `first` and `rest` known.
//
// The rule, word by word: a line holds its first visible word whatever its
// width, then each next word after one space while the line's width stays
// within `width`; a word that does not fit starts a new line, and the space
// before it is dropped. A word of width 0 (the empty word between two
// spaces, or one made only of escape sequences) leaves a line without
// visible content, and the space after it is dropped too. A single space at
// the end of the text starts no word.
//
// Words on a line are separated by exactly the single spaces of the text,
// so a line is appended as one span of the text. Without escape sequences
// (always, without colour), when a line starts with a visible character,
// its end is found without looking at its words: the text that fits is the
// first `room` code points, and the line ends at the last space within
// them (or after its first word, when even that does not fit).
void wrap(std::string& out, std::string_view text, std::string_view first, std::size_t first_width,
          std::string_view rest, std::size_t rest_width, std::size_t width) {
  if (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const bool plain = text.find('\x1b') == std::string_view::npos;
  out += first;
  std::size_t used = first_width;  // columns taken on the current line
  std::size_t i = 0;               // where the line's first word starts
  for (;;) {
    std::size_t end;  // where the line ends: text.size(), or the space before a word that does not fit
    if (plain && i < text.size() && text[i] != ' ' && !is_continuation(text[i])) {
      const std::size_t room = width > used ? width - used : 0;
      const std::size_t limit = skip_columns(text, i, room);
      if (limit == text.size()) {
        end = text.size();
      } else {
        std::size_t k = text.substr(i + 1, limit - i).rfind(' ');
        end = k != std::string_view::npos ? i + 1 + k : std::min(text.find(' ', i), text.size());
      }
      out += text.substr(i, end - i);
    } else {
      // Word by word. Until a visible word is on the line, each word goes
      // on it as it is.
      const std::size_t line_start = used;
      while (used == line_start) {
        std::size_t j = std::min(text.find(' ', i), text.size());
        std::string_view word = text.substr(i, j - i);
        out += word;
        used += display_width(word);
        if (j == text.size()) {
          out += '\n';
          return;
        }
        i = j + 1;
      }
      // Then the next words, each after the space before it, while they fit.
      const std::size_t sep = i - 1;
      end = sep;
      while (end < text.size()) {
        std::size_t j = std::min(text.find(' ', end + 1), text.size());
        std::size_t w = display_width(text.substr(end + 1, j - end - 1));
        if (used + 1 + w > width) break;
        used += 1 + w;
        end = j;
      }
      out += text.substr(sep, end - sep);
    }
    out += '\n';
    if (end == text.size()) return;
    out += rest;
    used = rest_width;
    i = end + 1;
  }
}

}  // namespace

void append_wrapped(std::string& out, std::string_view text, std::string_view first, std::string_view rest,
                    std::size_t width) {
  wrap(out, text, first, display_width(first), rest, display_width(rest), width);
}

void append_wrapped(std::string& out, std::string_view indent, std::size_t width, std::string_view text) {
  std::string hang(indent);
  hang += "  ";
  // An indent of spaces (the usual one) takes a column per byte.
  if (indent.find_first_not_of(' ') == std::string_view::npos)
    wrap(out, text, indent, indent.size(), hang, hang.size(), width);
  else
    wrap(out, text, indent, display_width(indent), hang, display_width(hang), width);
}

void append_grouped(std::string& out, long long v) {
  const unsigned long long magnitude = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  char buf[24];
  const std::string_view digits(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, magnitude).ptr - buf));
  if (v < 0) out += '-';
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
}

}  // namespace ragft
