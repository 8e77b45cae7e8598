// Lines of a text: line_of() and LineTable give the same line for every line
// number, whatever the line ends, byte-order marks and final newline.
#include "ragft/diagnostic.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace ragft;

TEST_CASE("line_of and LineTable agree", "[diagnostic]") {
  const std::vector<std::string> texts = {
      "",
      "one",
      "one\n",
      "one\ntwo",
      "one\r\ntwo\r\n",
      "one\rtwo\rthree",
      "one\r",
      "\n\n\n",
      "\r\n\r\n",
      "\xEF\xBB\xBFone\ntwo",
      "\xEF\xBB\xBF\xEF\xBB\xBFone",
      "a\r\r\nb\n\rc",
  };
  for (const auto& text : texts) {
    LineTable table(text);
    for (int n = -1; n <= 6; ++n) {
      INFO("line " << n << " of '" << text << "'");
      CHECK(table.line(n) == line_of(text, n));
    }
  }
  // The cases themselves are what the table must reproduce.
  CHECK(line_of("one\r\ntwo\r\n", 2) == "two");
  CHECK(line_of("one\rtwo\rthree", 3) == "three");
  CHECK(line_of("\xEF\xBB\xBFone\ntwo", 1) == "one");
  CHECK(line_of("a\r\r\nb\n\rc", 5) == "c");
  CHECK(line_of("one", 2).empty());
}
