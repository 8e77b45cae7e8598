// The binary form of parsed YAML (src/yaml/yaml_binary.h): every field of every
// node survives the round trip, damaged data is refused without a crash, and
// the built-in rules compiled into ragft are exactly their texts, parsed.
#include "yaml/yaml_binary.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "rules/builtin_rules.h"
#include "ragft/ruleset.h"
#include "ragft/yaml_doc.h"

using namespace ragft::yaml;

namespace {

// Empty when equal, else where the first difference is.
std::string diff(const Node& a, const Node& b, const std::string& at) {
  if (a.kind != b.kind) return at + ": kind";
  if (a.value != b.value) return at + ": value '" + a.value + "' vs '" + b.value + "'";
  if (a.plain != b.plain) return at + ": plain";
  if (!(a.pos == b.pos)) return at + ": pos";
  if (a.offset != b.offset) return at + ": offset";
  if (a.items.size() != b.items.size()) return at + ": item count";
  if (a.entries.size() != b.entries.size()) return at + ": entry count";
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (auto d = diff(*a.items[i], *b.items[i], at + "[" + std::to_string(i) + "]"); !d.empty()) return d;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    std::string here = at + "." + a.entries[i].first->value;
    if (auto d = diff(*a.entries[i].first, *b.entries[i].first, here + "(key)"); !d.empty()) return d;
    if (auto d = diff(*a.entries[i].second, *b.entries[i].second, here); !d.empty()) return d;
  }
  return "";
}

std::string diff(const std::vector<Document>& a, const std::vector<Document>& b) {
  if (a.size() != b.size()) return "document count";
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!(a[i].start == b[i].start)) return "document start";
    if (auto d = diff(*a[i].root, *b[i].root, "doc" + std::to_string(i)); !d.empty()) return d;
  }
  return "";
}

std::vector<Document> parsed(const std::string& text) {
  ParseResult r = parse_yaml(text, "t.yaml");
  REQUIRE(r.ok());
  return r.documents;
}

}  // namespace

TEST_CASE("the binary form keeps every field of every node", "[yaml_binary]") {
  const std::vector<std::string> texts = {
      "",
      "# only a comment\n",
      "a: 1\n",
      "project: x\nanswers:\n  problem: knowledge\n  quality_target: 97%\n  eval_set: ~\n",
      "- a\n- 'b c'\n- \"d\\te\"\n- [1, 2, {x: y}]\n- |\n  block\n  text\n- >\n  folded\n  text\n",
      "a: &x [1, 2]\nb: *x\n",
      "---\nfirst: 1\n---\nsecond: 2\n...\n",
      "key with spaces: \"quoted: value\"\nempty:\nnested:\n  deeper:\n    deepest: [a, b]\n",
      "unicode: 'Zürich — 東京'\n",
  };
  for (const auto& text : texts) {
    INFO(text);
    std::vector<Document> docs = parsed(text);
    std::string bin = to_binary(docs);
    std::vector<Document> back;
    REQUIRE(from_binary(bin, back));
    CHECK(diff(docs, back) == "");
    // The same documents give the same bytes.
    CHECK(to_binary(back) == bin);
  }
  // The comparison itself notices a difference.
  CHECK(diff(parsed("a: 1\n"), parsed("a: 2\n")) == "doc0.a: value '1' vs '2'");
  CHECK(diff(parsed("a: 1\n"), parsed("a:  1\n")) == "doc0.a: pos");
}

TEST_CASE("damaged binary data is refused", "[yaml_binary]") {
  std::string bin = to_binary(parsed("a: [1, 2, {b: c}]\nd: 'e'\n---\nf: g\n"));
  std::vector<Document> out;
  REQUIRE(from_binary(bin, out));
  REQUIRE(out.size() == 2);
  // Every truncation, and every extension, is refused and leaves out unchanged.
  for (std::size_t n = 0; n < bin.size(); ++n) {
    INFO("first " << n << " bytes");
    CHECK_FALSE(from_binary(std::string_view(bin).substr(0, n), out));
    CHECK(out.size() == 2);
  }
  CHECK_FALSE(from_binary(bin + "x", out));
  CHECK_FALSE(from_binary("RGY0" + bin.substr(4), out));
  // Every single-byte change either reads back or is refused: never a crash.
  for (std::size_t i = 0; i < bin.size(); ++i) {
    for (int v : {0x00, 0x05, 0x7f, 0xff}) {
      std::string bad = bin;
      bad[i] = static_cast<char>(v);
      std::vector<Document> ignored;
      (void)from_binary(bad, ignored);
    }
  }
  // A huge child count is refused before anything is allocated for it.
  std::string huge = bin;
  std::size_t count_at = 4 + 4 + 8 + 2 + 16;  // magic, documents, start, kind+plain, line/col/offset/length
  REQUIRE(huge.size() > count_at + 4);
  for (int k = 0; k < 4; ++k) huge[count_at + static_cast<std::size_t>(k)] = static_cast<char>(0xff);
  CHECK_FALSE(from_binary(huge, out));
}

TEST_CASE("the built-in rules are their texts, parsed", "[yaml_binary]") {
  const auto& files = ragft::builtin_rule_files();
  REQUIRE(files.size() >= 2);
  CHECK(files[0].name == "rules/default.yaml");
  for (const auto& f : files) {
    INFO(f.name);
    std::vector<Document> embedded;
    REQUIRE(from_binary(f.tree, embedded));
    ParseResult now = parse_yaml(f.text, std::string(f.name));
    REQUIRE(now.ok());
    CHECK(diff(embedded, now.documents) == "");
  }
  for (const auto& s : ragft::builtin_rule_sources()) {
    INFO(s.name);
    CHECK(s.parsed != nullptr);
  }
}
