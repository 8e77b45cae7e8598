// JsonWriter: nlohmann's dump(), written as it goes.
#include "ragft/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "ragft/safe_text.h"

namespace ragft {

namespace {

// Eight bytes at a time (SWAR): most of what ragft writes in JSON is plain
// ASCII prose with nothing to escape, and a byte-at-a-time loop spent about
// 20 instructions a byte on it (a quarter of `score --format jsonl`).
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// Nonzero when a byte of `w` is zero (exact when no byte has its high bit).
constexpr std::uint64_t zero_byte(std::uint64_t w) { return (w - kOnes) & ~w & kHigh; }

// True when the eight bytes are ASCII and none needs escaping in JSON: no
// control character, no '"', no '\\'.
bool plain8(std::uint64_t w) {
  if (w & kHigh) return false;
  const std::uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;
  return !(control | zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\\')));
}

#if defined(__GNUC__)
// Sixteen bytes at a time where the compiler has vectors (SSE2 on x86-64,
// NEON on arm64): as signed bytes, everything from 0x80 up and every
// control character is below 0x20.
using Bytes16 = signed char __attribute__((vector_size(16)));

bool plain16(const char* p) {
  Bytes16 v;
  std::memcpy(&v, p, sizeof v);
  const Bytes16 bad = (v < 0x20) | (v == '"') | (v == '\\');
  std::uint64_t half[2];
  std::memcpy(half, &bad, sizeof half);
  return (half[0] | half[1]) == 0;
}
#endif

// The length of the UTF-8 sequence that starts at p (its first byte 0x80 or
// above), or 0 when it is not valid UTF-8 (a stray or missing continuation
// byte, an overlong form, a surrogate, above U+10FFFF): what nlohmann's
// decoder accepts.
std::size_t utf8_length(const unsigned char* p, const unsigned char* end) {
  auto cont = [&](const unsigned char* q, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return q < end && *q >= lo && *q <= hi;
  };
  const unsigned char b = *p;
  if (b >= 0xC2 && b <= 0xDF) return cont(p + 1) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    unsigned char lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
    return cont(p + 1, lo, hi) && cont(p + 2) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    unsigned char lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
    return cont(p + 1, lo, hi) && cont(p + 2) && cont(p + 3) ? 4 : 0;
  }
  return 0;
}

}  // namespace

// True when every byte of `s` is ASCII that JSON writes as it is: the
// string needs nothing but its quotes.
bool JsonWriter::plain(std::string_view s) {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n < 8) {
    static constexpr auto kPlain = [] {
      std::array<bool, 256> t{};
      for (int c = 0x20; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
      return t;
    }();
    bool all = true;
    for (std::size_t i = 0; i < n; ++i) all &= kPlain[static_cast<unsigned char>(p[i])];
    return all;
  }
  std::size_t i = 0;
#if defined(__GNUC__)
  for (; i + 16 <= n; i += 16)
    if (!plain16(p + i)) return false;
#endif
  for (; i + 8 <= n; i += 8)
    if (!plain8(load8(p + i))) return false;
  // The last few bytes: the last eight, overlapping bytes already checked.
  return i == n || plain8(load8(p + n - 8));
}

void JsonWriter::append_string(std::string& out, std::string_view s) {
  if (plain(s)) {
    // Most strings: quoted as they are, in one append when short.
    if (s.size() <= kShort) {
      char buf[kShort + 2];
      buf[0] = '"';
      std::memcpy(buf + 1, s.data(), s.size());
      buf[s.size() + 1] = '"';
      out.append(buf, s.size() + 2);
    } else {
      out.reserve(out.size() + s.size() + 2);
      out.append(1, '"').append(s).append(1, '"');
    }
    return;
  }
  append_escaped(out, s);
}

void JsonWriter::append_escaped(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out.reserve(start + s.size() + 2);
  out += '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  const auto* run = p;  // start of the bytes not yet copied
  while (p < end) {
    // The next eight bytes, or the last few padded with a plain letter.
    const auto left = static_cast<std::size_t>(end - p);
    std::uint64_t w = 0;
    if (left >= 8) {
      w = load8(reinterpret_cast<const char*>(p));
    } else {
      char tail[8] = {'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'};
      std::memcpy(tail, p, left);
      w = load8(tail);
    }
    if (plain8(w)) {
      p += left >= 8 ? 8 : left;
      continue;
    }
    const unsigned char c = *p;
    if (c >= 0x80) {
      const std::size_t n = utf8_length(p, end);
      if (n == 0) {
        // Rare: invalid UTF-8 gets nlohmann's own replacement of the bytes.
        out.resize(start);
        out += json_text(nlohmann::json(std::string(s)));
        return;
      }
      p += n;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++p;
      continue;
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    run = ++p;
    out += '\\';
    switch (c) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '\b': out += 'b'; break;
      case '\f': out += 'f'; break;
      case '\n': out += 'n'; break;
      case '\r': out += 'r'; break;
      case '\t': out += 't'; break;
      default:
        out += "u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(end - run));
  out += '"';
}

void JsonWriter::newline(int depth) {
  out_ += '\n';
  out_.append(static_cast<std::size_t>(depth) * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the document itself
  if (!empty_.back()) out_ += ',';
  empty_.back() = 0;
  if (indent_ >= 0) newline(depth_);
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  empty_.push_back(1);
  ++depth_;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  --depth_;
  if (!empty_.back() && indent_ >= 0) newline(depth_);
  empty_.pop_back();
  out_ += bracket;
  return *this;
}

// A short plain string (a key when `colon`), with the comma before it, in
// one append: most of what a one-line document is made of.
bool JsonWriter::put_short(std::string_view s, bool colon) {
  if (indent_ >= 0 || after_key_ || s.size() > kShort || !plain(s)) return false;
  char buf[kShort + 4];
  std::size_t n = 0;
  if (!empty_.empty()) {
    if (!empty_.back()) buf[n++] = ',';
    empty_.back() = 0;
  }
  buf[n++] = '"';
  std::memcpy(buf + n, s.data(), s.size());
  n += s.size();
  buf[n++] = '"';
  if (colon) buf[n++] = ':';
  out_.append(buf, n);
  return true;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  if (!put_short(k, true)) {
    separate();
    append_string(out_, k);
    out_ += indent_ >= 0 ? ": " : ":";
  }
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  if (put_short(s, false)) return *this;
  separate();
  append_string(out_, s);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  separate();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(long long v) {
  separate();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  return *this;
}

JsonWriter& JsonWriter::value(unsigned long long v) {
  separate();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  return *this;
}

JsonWriter& JsonWriter::value(double v) {
  if (!std::isfinite(v)) return null();
  separate();
  // The digits nlohmann's serializer writes (its Grisu2, not always the
  // shortest std::to_chars would give).
  char buf[64];
  out_.append(buf, nlohmann::detail::to_chars(buf, buf + sizeof buf, v));
  return *this;
}

JsonWriter& JsonWriter::number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 9e15) return value(static_cast<long long>(v));
  return value(v);
}

JsonWriter& JsonWriter::decimal(long long units, int places) {
  static constexpr long long kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  const unsigned long long magnitude =
      units < 0 ? 0 - static_cast<unsigned long long>(units) : static_cast<unsigned long long>(units);
  // Beyond 15 digits a decimal may not be one double: the double itself.
  if (places < 0 || places > 6 || magnitude >= 1000000000000000ULL) {
    const double v = static_cast<double>(units) / (places >= 0 && places <= 6 ? static_cast<double>(kPow10[places])
                                                                               : std::pow(10.0, places));
    return number(v);
  }
  separate();
  // The digits of |units|, at least places + 1 of them (leading zeros), the
  // point before the last `places`, trailing zeros of the fraction dropped.
  char digits[32];
  char* end = std::to_chars(digits, digits + sizeof digits, magnitude).ptr;
  std::size_t n = static_cast<std::size_t>(end - digits);
  const auto frac = static_cast<std::size_t>(places);
  char buf[48];
  std::size_t k = 0;
  if (units < 0) buf[k++] = '-';
  const std::size_t whole = n > frac ? n - frac : 0;
  if (whole == 0) buf[k++] = '0';
  for (std::size_t i = 0; i < whole; ++i) buf[k++] = digits[i];
  std::size_t last = k;  // past the last digit to keep
  if (frac > 0) {
    buf[k++] = '.';
    for (std::size_t i = 0; i < frac; ++i) {
      // The fraction's digit i: a leading zero while |units| has fewer digits.
      const std::size_t from_end = frac - i;  // 1 = the last digit
      const char d = from_end <= n ? digits[n - from_end] : '0';
      buf[k++] = d;
      if (d != '0') last = k;
    }
  }
  out_.append(buf, last);  // an integer keeps no point
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

}  // namespace ragft
