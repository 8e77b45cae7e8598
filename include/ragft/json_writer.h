// A JSON document written as it goes into a string, byte for byte as
// nlohmann's dump() (json_text in safe_text.h) writes the same tree: the
// same escaping, U+FFFD for invalid UTF-8, the same numbers, the same
// indentation. Results are written through it instead of being built as a
// tree and dumped (the tree cost more than evaluating them).
#pragma once
#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ragft {

class JsonWriter {
 public:
  // indent < 0: one line without spaces. Else `indent` spaces per level,
  // the document starting `depth` levels in (its first line is not
  // indented: the caller places it).
  explicit JsonWriter(std::string& out, int indent = -1, int depth = 0) : out_(out), indent_(indent), depth_(depth) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // The key of the next member of the open object.
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(long long v);
  JsonWriter& value(unsigned long long v);
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  JsonWriter& value(T v) {
    if constexpr (std::is_signed_v<T>) return value(static_cast<long long>(v));
    else return value(static_cast<unsigned long long>(v));
  }
  // Shortest round trip ("0.1", "1e+308", "-0.0"); null when not finite.
  JsonWriter& value(double v);
  // A number as ragft writes every number: an integer without a decimal
  // point (40000, not 40000.0), anything else as value(double).
  JsonWriter& number(double v);
  // units / 10^places, a value rounded to `places` decimals, written as
  // that decimal, its fraction's trailing zeros dropped ("3.05", "12",
  // "-0.05", "0.000001"): read back, it is the double units / 10^places.
  // value(double) writes the same digits for two places (what ragft rounds
  // money to), but more slowly, and for some values of more places a
  // longer form ("-0.0006489999999999999" for -0.000649). Beyond 15 digits
  // or 6 places: number() of the double.
  JsonWriter& decimal(long long units, int places);
  JsonWriter& null();
  // `"key": value`.
  template <class T>
  JsonWriter& member(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }
  // A string, or null when it is empty.
  JsonWriter& string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }

  // `s` as a JSON string, quoted.
  static void append_string(std::string& out, std::string_view s);

 private:
  static constexpr std::size_t kShort = 64;  // strings written through a stack buffer
  static bool plain(std::string_view s);
  static void append_escaped(std::string& out, std::string_view s);
  bool put_short(std::string_view s, bool colon);
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  // Before a value or a key: the comma and line break after the one before.
  void separate();
  void newline(int depth);

  std::string& out_;
  int indent_;
  int depth_;
  std::vector<char> empty_;  // per open container: nothing written in it yet (1)
  bool after_key_ = false;
};

}  // namespace ragft
