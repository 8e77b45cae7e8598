// Making input text safe to write: valid UTF-8, visible control characters,
// cuts at character boundaries (safe_text.h).
#include "ragft/safe_text.h"

#include <fmt/format.h>

namespace ragft {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c == 0xE0) n = 3, lo = 0xA0;
  else if (c == 0xED) n = 3, hi = 0x9F;  // no surrogates
  else if (c >= 0xE1 && c <= 0xEF) n = 3;
  else if (c == 0xF0) n = 4, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) n = 4;
  else if (c == 0xF4) n = 4, hi = 0x8F;
  else return 0;
  if (i + n > s.size()) return 0;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  return n;
}

// The shared loop: `keep_lines` keeps \n and \t, `keep_sgr` ragft's colours,
// `controls` shows control characters as '?' (else only UTF-8 is repaired).
std::string clean(std::string_view s, bool controls, bool keep_lines, bool keep_sgr) {
  std::string out;
  out.reserve(s.size());
  // Runs of printable ASCII (nearly all text) are copied whole.
  auto plain = [](unsigned char c) { return c >= 0x20 && c < 0x7f; };
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (plain(c)) {
      std::size_t j = i + 1;
      while (j < s.size() && plain(static_cast<unsigned char>(s[j]))) ++j;
      out.append(s.substr(i, j - i));
      i = j;
      continue;
    }
    std::size_t n = sequence_length(s, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (controls && n == 1 && (c < 0x20 || c == 0x7f)) {
      if (keep_lines && (c == '\n' || c == '\t')) {
        out += static_cast<char>(c);
        ++i;
        continue;
      }
      if (keep_sgr && c == 0x1b && i + 1 < s.size() && s[i + 1] == '[') {
        std::size_t j = i + 2;
        while (j < s.size() && j < i + 16 && ((s[j] >= '0' && s[j] <= '9') || s[j] == ';')) ++j;
        if (j < s.size() && s[j] == 'm') {
          out.append(s.substr(i, j + 1 - i));
          i = j + 1;
          continue;
        }
      }
      out += '?';
      ++i;
      continue;
    }
    if (controls && n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      out += '?';  // C1 controls, U+0080..U+009F
      i += 2;
      continue;
    }
    out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace

std::string valid_utf8(std::string_view s) { return clean(s, false, false, false); }

std::string visible(std::string_view s) { return clean(s, true, false, false); }

std::string visible_text(std::string_view s, bool keep_sgr) { return clean(s, true, true, keep_sgr); }

std::size_t utf8_prefix(std::string_view s, std::size_t max_bytes) {
  if (max_bytes >= s.size()) return s.size();
  std::size_t n = max_bytes;
  // Back up over continuation bytes to the start of the sequence cut in two.
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

std::string excerpt(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  return fmt::format("{}... ({} bytes)", s.substr(0, utf8_prefix(s, max_bytes)), s.size());
}

}  // namespace ragft
