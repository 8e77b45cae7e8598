// ANSI styling, display width and word wrap for the text renderers, and the
// terminal's width.
#include "ragft/terminal_text.h"

#include <sys/ioctl.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>

#include "ragft/safe_text.h"

namespace ragft {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101u;
constexpr std::uint64_t kHighBits = 0x8080808080808080u;

// Whether `s` is ASCII without an escape sequence: then each of its bytes
// takes one column (always, for English text without colour). Eight bytes
// at a time: none has its high bit set, and none is ESC (a byte of x ^ ESC
// that is zero).
bool plain_ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, sizeof x);
    const std::uint64_t esc = x ^ (kOnes * 0x1b);
    if ((x | ((esc - kOnes) & ~esc)) & kHighBits) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80 || s[i] == '\x1b') return false;
  return true;
}

// What starts at s[i]: a code point or an escape sequence (ESC up to 'm',
// no columns), its length in bytes and its width. An invalid UTF-8 byte
// takes a column: it is shown as U+FFFD.
struct Glyph {
  char32_t code_point;
  std::size_t length;
  std::size_t width;
};

Glyph glyph_at(std::string_view s, std::size_t i) {
  if (s[i] == '\x1b') {
    std::size_t m = s.find('m', i);
    return {0, (m == std::string_view::npos ? s.size() : m + 1) - i, 0};
  }
  const Utf8Char c = decode_utf8(s, i);
  if (c.length == 0) return {0xFFFD, 1, 1};
  return {c.code_point, c.length, static_cast<std::size_t>(code_point_width(c.code_point))};
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
  if (plain_ascii(s)) return s.size();
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Glyph g = glyph_at(s, i);
    w += g.width;
    i += g.length;
  }
  return w;
}

std::size_t columns_prefix(std::string_view s, std::size_t columns) {
  if (plain_ascii(s)) return std::min(columns, s.size());
  std::size_t used = 0, i = 0;
  while (i < s.size()) {
    const Glyph g = glyph_at(s, i);
    if (used + g.width > columns) break;
    used += g.width;
    i += g.length;
  }
  return i;
}

namespace {

// Closing punctuation, which does not start a line, and opening punctuation,
// which does not end one (the line-breaking rules of CJK text).
bool closing_mark(char32_t c) {
  static constexpr std::u32string_view kClosing =
      U")]}.,:;!?%\u3001\u3002\u3005\u300D\u300F\u3011\u3015\u3009\u300B\u30FB\u30FC\u309D\u309E\u30FD\u30FE"
      U"\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7"
      U"\uFF01\uFF09\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF3D\uFF5D";
  return kClosing.find(c) != std::u32string_view::npos;
}

bool opening_mark(char32_t c) {
  static constexpr std::u32string_view kOpening = U"([{\u300C\u300E\u3010\u3014\u3008\u300A\uFF08\uFF3B\uFF5B";
  return kOpening.find(c) != std::u32string_view::npos;
}

// Whether a line may break between two code points not separated by a space:
// next to a wide character (CJK text has no spaces between words), but not
// before a combining mark or a closing mark, nor after an opening one.
bool break_between(const Glyph& a, const Glyph& b) {
  if (a.width != 2 && b.width != 2) return false;
  return b.width != 0 && !closing_mark(b.code_point) && !opening_mark(a.code_point);
}

// The end of the piece of text that starts at `from`: the next space, the
// next break between wide characters, or the end of the text.
std::size_t piece_end(std::string_view text, std::size_t from) {
  std::size_t i = from;
  Glyph prev{0, 0, 1};
  bool first = true;
  while (i < text.size() && text[i] != ' ') {
    const Glyph g = glyph_at(text, i);
    if (text[i] == '\x1b') {  // an escape sequence goes with what precedes it
      i += g.length;
      continue;
    }
    if (!first && break_between(prev, g)) return i;
    prev = g;
    first = false;
    i += g.length;
  }
  return i;
}

// append_wrapped with the widths of `first` and `rest` known.
//
// The rule, piece by piece: a piece is a word, or a part of one between two
// characters where a line may break without a space (next to a wide CJK
// character). A line holds its first visible piece whatever its width, then
// each next piece (after its space, if any) while the line's width stays
// within `width`; a piece that does not fit starts a new line, and the space
// before it is dropped. A piece of width 0 (the empty word between two
// spaces, or one made only of escape sequences) leaves a line without
// visible content, and the space after it is dropped too. A single space at
// the end of the text starts no piece.
//
// Pieces on a line are separated by exactly the single spaces of the text,
// so a line is appended as one span of the text. For ASCII text without
// escape sequences (English without colour), when a line starts with a
// visible character, its end is found without looking at its words: the
// text that fits is the next `room` bytes, and the line ends at the last
// space within them (or after its first word, when even that does not fit).
void wrap(std::string& out, std::string_view text, std::string_view first, std::size_t first_width,
          std::string_view rest, std::size_t rest_width, std::size_t width) {
  if (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const bool ascii = plain_ascii(text);
  out += first;
  std::size_t used = first_width;  // columns taken on the current line
  std::size_t i = 0;               // where the line's first piece starts
  for (;;) {
    std::size_t end;  // where the line ends: text.size(), a space, or a break between wide characters
    if (ascii && i < text.size() && text[i] != ' ') {
      const std::size_t room = width > used ? width - used : 0;
      if (text.size() - i <= room) {
        end = text.size();
      } else {
        std::size_t k = text.substr(i + 1, room).rfind(' ');
        end = k != std::string_view::npos ? i + 1 + k : std::min(text.find(' ', i), text.size());
      }
      out += text.substr(i, end - i);
    } else {
      // Piece by piece. Until a visible piece is on the line, each piece
      // goes on it as it is, without the spaces between them.
      const std::size_t line_start = used;
      std::size_t j;
      for (;;) {
        j = piece_end(text, i);
        std::string_view piece = text.substr(i, j - i);
        out += piece;
        used += display_width(piece);
        if (j == text.size()) {
          out += '\n';
          return;
        }
        if (used != line_start) break;
        i = text[j] == ' ' ? j + 1 : j;
      }
      // Then the next pieces, each after its space, while they fit.
      end = j;
      while (end < text.size()) {
        const bool space = text[end] == ' ';
        const std::size_t from = space ? end + 1 : end;
        const std::size_t k = piece_end(text, from);
        const std::size_t w = display_width(text.substr(from, k - from)) + (space ? 1 : 0);
        if (used + w > width) break;
        used += w;
        end = k;
      }
      out += text.substr(j, end - j);
    }
    out += '\n';
    if (end == text.size()) return;
    out += rest;
    used = rest_width;
    i = text[end] == ' ' ? end + 1 : end;
  }
}

}  // namespace

void append_wrapped(std::string& out, std::string_view text, std::string_view first, std::string_view rest,
                    std::size_t width) {
  wrap(out, text, first, display_width(first), rest, display_width(rest), width);
}

std::string wrapped(std::string_view text, std::string_view first, std::string_view rest, std::size_t width) {
  std::string out;
  append_wrapped(out, text, first, rest, width);
  return out;
}

int terminal_width(int fd) {
  winsize ws{};
  if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
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
