// safe_text.h: what every writer does to text from inputs.
#include <catch2/catch.hpp>

#include <cstdint>
#include <utility>

#include <nlohmann/json.hpp>

#include "ragft/safe_text.h"

using namespace ragft;

TEST_CASE("valid_utf8 replaces every invalid byte and keeps valid text", "[safe_text]") {
  CHECK(valid_utf8("caf\xC3\xA9 \xE3\x81\x82 \xF0\x9F\xA4\x96") == "caf\xC3\xA9 \xE3\x81\x82 \xF0\x9F\xA4\x96");
  CHECK(valid_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");          // overlong
  CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(valid_utf8("\xE3\x81") == "\xEF\xBF\xBD\xEF\xBF\xBD");          // cut short
  CHECK(valid_utf8(std::string("a\0b", 3)) == std::string("a\0b", 3));  // not a control filter
}

TEST_CASE("visible shows control characters as '?', one line", "[safe_text]") {
  CHECK(visible("title \x1B]0;pwned\x07 \x1B[2J") == "title ?]0;pwned? ?[2J");
  CHECK(visible("a\nb\rc\td\x7F") == "a?b?c?d?");
  CHECK(visible("\xC2\x9B" "31m") == "?31m");  // C1 CSI
  CHECK(visible("\x9B" "31m") == "\xEF\xBF\xBD" "31m");  // a lone byte 0x9B is not UTF-8
  CHECK(visible("\xC2\xA0ok") == "\xC2\xA0ok");  // no-break space is not a control
}

TEST_CASE("visible_text keeps lines, tabs and, when asked, ragft's own colours", "[safe_text]") {
  CHECK(visible_text("a\n\tb\x1B[1mc\x1B[0m\n", false) == "a\n\tb?[1mc?[0m\n");
  CHECK(visible_text("a\n\tb\x1B[1mc\x1B[0m\n", true) == "a\n\tb\x1B[1mc\x1B[0m\n");
  // Only SGR sequences (ESC [ digits ; m) survive: no title, no clearing.
  CHECK(visible_text("\x1B]0;t\x07\x1B[2J\x1B[31;1m", true) == "?]0;t??[2J\x1B[31;1m");
}

TEST_CASE("utf8_prefix and excerpt cut only at character boundaries", "[safe_text]") {
  std::string a = "\xE3\x81\x82\xE3\x81\x82";  // two 3-byte characters
  CHECK(utf8_prefix(a, 6) == 6);
  CHECK(utf8_prefix(a, 5) == 3);
  CHECK(utf8_prefix(a, 4) == 3);
  CHECK(utf8_prefix(a, 3) == 3);
  CHECK(utf8_prefix(a, 2) == 0);
  CHECK(excerpt("short") == "short");
  std::string big(300, 'x');
  CHECK(excerpt(big, 10) == "xxxxxxxxxx... (300 bytes)");
  std::string kana;
  for (int i = 0; i < 100; ++i) kana += "\xE3\x81\x82";
  CHECK(excerpt(kana, 64) == kana.substr(0, 63) + "... (300 bytes)");
}

TEST_CASE("json_text writes any byte string instead of throwing", "[safe_text]") {
  nlohmann::ordered_json j = {{"file", "bad\xFF.yaml"}};
  CHECK(json_text(j) == "{\"file\":\"bad\xEF\xBF\xBD.yaml\"}");
}

TEST_CASE("decode_utf8 decodes one valid sequence and refuses invalid ones", "[safe_text]") {
  auto decoded = [](std::string_view s) {
    Utf8Char c = decode_utf8(s, 0);
    return std::pair<std::uint32_t, std::size_t>(static_cast<std::uint32_t>(c.code_point), c.length);
  };
  using P = std::pair<std::uint32_t, std::size_t>;
  CHECK(decoded("a") == P{0x61, 1});
  CHECK(decoded("\xC3\xA9") == P{0xE9, 2});                // é
  CHECK(decoded("\xE6\x97\xA5x") == P{0x65E5, 3});         // 日, then more text
  CHECK(decoded("\xF0\x9F\x98\x80") == P{0x1F600, 4});     // 😀
  CHECK(decoded("\xF4\x8F\xBF\xBF") == P{0x10FFFF, 4});    // the last code point
  CHECK(decode_utf8("\x80", 0).length == 0);               // a stray continuation byte
  CHECK(decode_utf8("\xC0\xAF", 0).length == 0);           // overlong
  CHECK(decode_utf8("\xE0\x80\xAF", 0).length == 0);       // overlong
  CHECK(decode_utf8("\xED\xA0\x80", 0).length == 0);       // a surrogate
  CHECK(decode_utf8("\xF4\x90\x80\x80", 0).length == 0);   // above U+10FFFF
  CHECK(decode_utf8("\xE3\x81", 0).length == 0);           // cut short
  CHECK(decode_utf8("\xE3\x81x", 0).length == 0);          // not continued
  CHECK(decode_utf8("ab\xC3\xA9", 2).code_point == 0xE9);  // at an offset
}

TEST_CASE("code_point_width: 2 for East Asian wide characters and emoji, 0 for combining marks", "[safe_text]") {
  CHECK(code_point_width(U'a') == 1);
  CHECK(code_point_width(U'\u00E9') == 1);   // é
  CHECK(code_point_width(U'\u0301') == 0);   // combining acute accent
  CHECK(code_point_width(U'\u200B') == 0);   // zero width space
  CHECK(code_point_width(U'\u200D') == 0);   // zero width joiner
  CHECK(code_point_width(U'\uFE0F') == 0);   // variation selector 16
  CHECK(code_point_width(U'\u3099') == 0);   // combining kana voiced mark, inside the kana block
  CHECK(code_point_width(U'\u65E5') == 2);   // 日
  CHECK(code_point_width(U'\u3042') == 2);   // あ
  CHECK(code_point_width(U'\u30A2') == 2);   // ア
  CHECK(code_point_width(U'\uAC00') == 2);   // 가
  CHECK(code_point_width(U'\u3000') == 2);   // ideographic space
  CHECK(code_point_width(U'\u3001') == 2);   // 、
  CHECK(code_point_width(U'\uFF21') == 2);   // Ａ (fullwidth)
  CHECK(code_point_width(U'\uFF61') == 1);   // ｡ (halfwidth)
  CHECK(code_point_width(U'\U0001F600') == 2);  // 😀
  CHECK(code_point_width(U'\U0001F680') == 2);  // 🚀
  CHECK(code_point_width(U'\U00020000') == 2);  // CJK extension B
  CHECK(code_point_width(U'\u2713') == 1);   // ✓ is not wide
  CHECK(code_point_width(U'\u303F') == 1);   // half fill space
  CHECK(code_point_width(U'\u4DC0') == 1);   // a Yijing hexagram, between two CJK blocks
  CHECK(code_point_width(U'\u00C5') == 1);
}

TEST_CASE("ascii_lower lowers ASCII letters only", "[safe_text]") {
  CHECK(ascii_lower("Yes, NO, MaYbE 42") == "yes, no, maybe 42");
  CHECK(ascii_lower("\xC3\x89" "COLE") == "\xC3\x89" "cole");  // "ÉCOLE": the É stays valid UTF-8
  CHECK(ascii_lower(".JSON") == ".json");
  CHECK(ascii_lower("") == "");
}
