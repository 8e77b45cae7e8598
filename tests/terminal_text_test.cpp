// terminal_text.h: display width and the one word wrap, for ASCII, accented,
// CJK and emoji text.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "ragft/terminal_text.h"

using namespace ragft;

namespace {

// Every line of `text` (each ends with '\n') takes at most `width` columns.
bool lines_fit(const std::string& text, std::size_t width) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (display_width(std::string_view(text).substr(start, nl - start)) > width) return false;
    start = nl + 1;
  }
  return true;
}

}  // namespace

TEST_CASE("display_width counts columns, not bytes or code points", "[terminal_text]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("plain ASCII text") == 16);
  CHECK(display_width("caf\xC3\xA9") == 4);    // é precomposed
  CHECK(display_width("cafe\xCC\x81") == 4);   // e + combining acute accent
  CHECK(display_width("\xE6\x97\xA5\xE6\x9C\xAC") == 4);  // 日本
  CHECK(display_width("\xF0\x9F\x98\x80") == 2);          // 😀
  CHECK(display_width("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD") == 2);  // 👍 with a skin tone
  CHECK(display_width("\x1b[1m\xE6\x97\xA5\xE6\x9C\xAC\x1b[0m ok") == 7);  // escapes take none
  CHECK(display_width("\x1b[2mdim\x1b[0m") == 3);
  CHECK(display_width("a\xFF" "b") == 3);  // an invalid byte is shown as one U+FFFD
  CHECK(display_width("\xE2\x9C\x93 done") == 6);  // ✓ is narrow
}

TEST_CASE("columns_prefix cuts at a character boundary within the columns", "[terminal_text]") {
  const std::string nihongo = "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E";  // 日本語
  CHECK(columns_prefix(nihongo, 0) == 0);
  CHECK(columns_prefix(nihongo, 1) == 0);  // half a wide character does not fit
  CHECK(columns_prefix(nihongo, 5) == 6);
  CHECK(columns_prefix(nihongo, 6) == 9);
  CHECK(columns_prefix(nihongo, 99) == 9);
  CHECK(columns_prefix("abcdef", 4) == 4);
  CHECK(columns_prefix("abc", 9) == 3);
  CHECK(columns_prefix("e\xCC\x81x", 1) == 3);  // the accent goes with its letter
}

TEST_CASE("the word wrap: ASCII text at single spaces, words never broken", "[terminal_text]") {
  CHECK(wrapped("aaa bbb ccc", "", "  ", 7) == "aaa bbb\n  ccc\n");
  CHECK(wrapped("aaa bbb ccc", "- ", "  ", 9) == "- aaa bbb\n  ccc\n");
  CHECK(wrapped("a  b", "", "", 10) == "a  b\n");            // a run of spaces is kept
  CHECK(wrapped("supercalifragilistic word", "  ", "  ", 10) == "  supercalifragilistic\n  word\n");
  CHECK(wrapped("trailing ", "", "", 20) == "trailing\n");
  CHECK(wrapped("", "> ", "", 20) == "> \n");
  std::string out = "x";
  append_wrapped(out, "one two", "", "", 3);
  CHECK(out == "xone\ntwo\n");
}

TEST_CASE("the word wrap counts accented letters once and wide characters twice", "[terminal_text]") {
  // Nine columns, eleven code points: it fits at 9.
  CHECK(wrapped("cafe\xCC\x81 cafe\xCC\x81", "", "", 9) == "cafe\xCC\x81 cafe\xCC\x81\n");
  // 日本 takes four columns: "ab 日本" takes seven and does not fit in six.
  CHECK(wrapped("ab \xE6\x97\xA5\xE6\x9C\xAC", "", "", 6) == "ab \xE6\x97\xA5\n\xE6\x9C\xAC\n");
  CHECK(wrapped("ab \xE6\x97\xA5\xE6\x9C\xAC", "", "", 7) == "ab \xE6\x97\xA5\xE6\x9C\xAC\n");
  // Emoji take two columns: "ok 😀😀" takes seven.
  CHECK(wrapped("ok \xF0\x9F\x98\x80\xF0\x9F\x98\x80", "", "", 5) == "ok \xF0\x9F\x98\x80\n\xF0\x9F\x98\x80\n");
}

TEST_CASE("the word wrap breaks CJK text between characters, not before closing punctuation", "[terminal_text]") {
  // 日本語のテキストを折り返します。これは二番目の文です。 at 20 columns: ten
  // characters a line, and 。 stays with the character before it.
  const std::string text =
      "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88\xE3\x82\x92"
      "\xE6\x8A\x98\xE3\x82\x8A\xE8\xBF\x94\xE3\x81\x97\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\xE3\x81\x93\xE3\x82\x8C"
      "\xE3\x81\xAF\xE4\xBA\x8C\xE7\x95\xAA\xE7\x9B\xAE\xE3\x81\xAE\xE6\x96\x87\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82";
  CHECK(wrapped(text, "", "", 20) ==
        "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88\xE3\x82\x92"
        "\xE6\x8A\x98\n"  // 日本語のテキストを折
        "\xE3\x82\x8A\xE8\xBF\x94\xE3\x81\x97\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\xE3\x81\x93\xE3\x82\x8C\xE3\x81\xAF"
        "\xE4\xBA\x8C\n"  // り返します。これは二
        "\xE7\x95\xAA\xE7\x9B\xAE\xE3\x81\xAE\xE6\x96\x87\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82\n");  // 番目の文です。
  CHECK(lines_fit(wrapped(text, "  ", "    ", 15), 15));
  // あいうえお。かき at 10 columns: 。 may not start a line, so お goes down with it.
  CHECK(wrapped("\xE3\x81\x82\xE3\x81\x84\xE3\x81\x86\xE3\x81\x88\xE3\x81\x8A\xE3\x80\x82\xE3\x81\x8B\xE3\x81\x8D", "",
                "", 10) ==
        "\xE3\x81\x82\xE3\x81\x84\xE3\x81\x86\xE3\x81\x88\n\xE3\x81\x8A\xE3\x80\x82\xE3\x81\x8B\xE3\x81\x8D\n");
  // Mixed with English: spaces and CJK characters are both places to break.
  // "Use RAG: 検索拡張生成を使います" at 20, continued under four spaces.
  CHECK(wrapped("Use RAG: \xE6\xA4\x9C\xE7\xB4\xA2\xE6\x8B\xA1\xE5\xBC\xB5\xE7\x94\x9F\xE6\x88\x90\xE3\x82\x92\xE4\xBD\xBF"
                "\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99",
                "  ", "    ", 20) ==
        "  Use RAG: \xE6\xA4\x9C\xE7\xB4\xA2\xE6\x8B\xA1\xE5\xBC\xB5\n"
        "    \xE7\x94\x9F\xE6\x88\x90\xE3\x82\x92\xE4\xBD\xBF\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99\n");
  // Opening punctuation stays with what follows it: 「本」 is not split after 「.
  CHECK(wrapped("\xE3\x81\x82\xE3\x81\x84\xE3\x80\x8C\xE6\x9C\xAC\xE3\x80\x8D", "", "", 6) ==
        "\xE3\x81\x82\xE3\x81\x84\n\xE3\x80\x8C\xE6\x9C\xAC\xE3\x80\x8D\n");  // あい / 「本」
}

TEST_CASE("the word wrap keeps escape sequences and does not count them", "[terminal_text]") {
  CHECK(wrapped("\x1b[1mbold\x1b[0m text here", "", "", 9) == "\x1b[1mbold\x1b[0m text\nhere\n");
}

TEST_CASE("terminal_width is 0 for what is not a terminal", "[terminal_text]") {
  CHECK(terminal_width(-1) == 0);
  int fd = ::open("/dev/null", O_RDONLY);
  REQUIRE(fd >= 0);
  CHECK(terminal_width(fd) == 0);
  ::close(fd);
}
