// safe_text.h: what every writer does to text from inputs.
#include <catch2/catch.hpp>

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
