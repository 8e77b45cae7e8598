// JsonWriter: nlohmann's dump(), written as it goes.
#include "ragft/json_writer.h"

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

void JsonWriter::append_string(std::string& out, std::string_view s) {
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
  empty_.back() = false;
  if (indent_ >= 0) newline(depth_);
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  empty_.push_back(true);
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

JsonWriter& JsonWriter::key(std::string_view k) {
  separate();
  append_string(out_, k);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
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

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

}  // namespace ragft
