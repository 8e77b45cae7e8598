// Tests for the guarded YAML reader (src/yaml/yaml_doc.cpp).
#include <sys/stat.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "ragft/yaml_doc.h"
#include "yaml/yaml_fast.h"

using namespace std::string_literals;
using ragft::SourcePos;
using ragft::yaml::Kind;
using ragft::yaml::Limits;
using ragft::yaml::Node;
using ragft::yaml::parse_yaml;
using ragft::yaml::ParseResult;

namespace {

ParseResult parse(std::string_view text, const Limits& limits = {}) {
  return parse_yaml(text, "t.yaml", limits);
}

// The root of the only document of an input that must parse.
ragft::yaml::NodePtr root(const ParseResult& r) {
  INFO((r.errors.empty() ? std::string() : ragft::format_diagnostic(r.errors.front())));
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  return r.documents[0].root;
}

// The only error of an input that must fail.
const ragft::Diagnostic& error(const ParseResult& r) {
  REQUIRE(r.errors.size() == 1);
  return r.errors.front();
}

SourcePos at(int line, int col) { return SourcePos{line, col}; }

}  // namespace

namespace Catch {
template <>
struct StringMaker<SourcePos> {
  static std::string convert(const SourcePos& p) {
    return std::to_string(p.line) + ":" + std::to_string(p.col);
  }
};
}  // namespace Catch

TEST_CASE("block map: kinds, values and 1-based positions", "[yaml]") {
  auto r = parse("name: demo\ncount: 3\nlist:\n  - a\n  - 'b c'\nempty:\nnothing: ~\n");
  auto doc = root(r);
  REQUIRE(doc->is_map());
  CHECK(doc->pos == at(1, 1));
  REQUIRE(doc->entries.size() == 5);
  CHECK(doc->entries[0].first->value == "name");
  CHECK(doc->entries[0].first->pos == at(1, 1));

  const Node* name = doc->get("name");
  REQUIRE(name);
  CHECK(name->is_scalar());
  CHECK(name->value == "demo");
  CHECK(name->plain);
  CHECK(name->pos == at(1, 7));
  CHECK(name->offset == 6);

  const Node* count = doc->get("count");
  REQUIRE(count);
  CHECK(count->value == "3");
  CHECK(count->pos == at(2, 8));

  const Node* list = doc->get("list");
  REQUIRE(list);
  REQUIRE(list->is_seq());
  CHECK(list->pos == at(4, 3));
  REQUIRE(list->items.size() == 2);
  CHECK(list->items[0]->value == "a");
  CHECK(list->items[0]->pos == at(4, 5));
  CHECK(list->items[1]->value == "b c");
  CHECK_FALSE(list->items[1]->plain);
  CHECK(list->items[1]->pos == at(5, 5));

  CHECK(doc->get("empty")->is_null());
  CHECK(doc->get("nothing")->is_null());
  CHECK(doc->get("nothing")->pos == at(7, 10));
  CHECK(doc->get("missing") == nullptr);
  CHECK(list->get("a") == nullptr);
}

TEST_CASE("kind names and Node::get", "[yaml]") {
  auto doc = root(parse("m: {a: 1}\ns: [1]\nt: x\nn: null\n"));
  CHECK(doc->kind_name() == "a map");
  CHECK(doc->get("m")->kind_name() == "a map");
  CHECK(doc->get("s")->kind_name() == "a list");
  CHECK(doc->get("t")->kind_name() == "a text");
  CHECK(doc->get("n")->kind_name() == "null");
  CHECK(doc->get("m")->get("a")->value == "1");
}

TEST_CASE("flow styles and quoting", "[yaml]") {
  auto doc = root(parse("a: [1, \"two\", {k: v}]\nb: {x: 'it''s', y: \"q\\\"t\"}\nc: 97%\nd: \"97%\"\n"));
  const Node* a = doc->get("a");
  REQUIRE(a->is_seq());
  REQUIRE(a->items.size() == 3);
  CHECK(a->pos == at(1, 4));
  CHECK(a->items[0]->pos == at(1, 5));
  CHECK(a->items[1]->value == "two");
  CHECK_FALSE(a->items[1]->plain);
  CHECK(a->items[1]->pos == at(1, 8));
  REQUIRE(a->items[2]->is_map());
  CHECK(a->items[2]->get("k")->value == "v");
  CHECK(a->items[2]->get("k")->pos == at(1, 19));
  CHECK(doc->get("b")->get("x")->value == "it's");
  CHECK(doc->get("b")->get("y")->value == "q\"t");
  CHECK(doc->get("c")->plain);
  CHECK_FALSE(doc->get("d")->plain);
  CHECK(doc->get("c")->value == doc->get("d")->value);
}

TEST_CASE("block scalars are not plain", "[yaml]") {
  auto doc = root(parse("lit: |\n  one\n  two\nfold: >-\n  a\n  b\n"));
  CHECK(doc->get("lit")->value == "one\ntwo\n");
  CHECK_FALSE(doc->get("lit")->plain);
  CHECK(doc->get("lit")->pos == at(1, 6));
  CHECK(doc->get("fold")->value == "a b");
  CHECK_FALSE(doc->get("fold")->plain);
}

TEST_CASE("standard tags are accepted; !!str makes a value non-plain", "[yaml]") {
  auto doc = root(parse("a: !!str 5\nb: !!int 7\nc: !!map {k: 1}\nd: !!seq [1]\ne: &x !!str q\nf: ! z\n"));
  CHECK(doc->get("a")->value == "5");
  CHECK_FALSE(doc->get("a")->plain);
  CHECK(doc->get("a")->pos == at(1, 10));
  CHECK(doc->get("b")->plain);
  CHECK(doc->get("c")->is_map());
  CHECK(doc->get("c")->pos == at(3, 10));
  CHECK(doc->get("d")->is_seq());
  CHECK(doc->get("e")->value == "q");
  CHECK(doc->get("e")->pos == at(5, 13));
  CHECK_FALSE(doc->get("f")->plain);
}

TEST_CASE("CRLF line endings give the same positions", "[yaml]") {
  auto r = parse("a: 1\r\nb:\r\n  - x\r\n  - \"y\"\r\nc: |\r\n  t\r\n");
  auto doc = root(r);
  CHECK(doc->get("a")->value == "1");
  CHECK(doc->get("b")->items[0]->value == "x");
  CHECK(doc->get("b")->items[0]->pos == at(3, 5));
  CHECK(doc->get("b")->items[1]->pos == at(4, 5));
  CHECK(doc->get("b")->items[1]->offset == 21);
  CHECK(doc->get("c")->value == "t\n");
  CHECK(doc->get("c")->pos == at(5, 4));

  auto bad = parse("a: 1\r\nb: [x\r\n");
  CHECK(error(bad).pos == at(3, 1));
}

TEST_CASE("a UTF-8 byte-order mark is skipped; offsets still index the text", "[yaml]") {
  std::string text = "\xEF\xBB\xBFkey: value\nnext: 2\n";
  auto doc = root(parse(text));
  const Node* key = doc->entries[0].first.get();
  CHECK(key->value == "key");
  CHECK(key->pos == at(1, 1));
  CHECK(key->offset == 3);
  CHECK(doc->get("key")->pos == at(1, 6));
  CHECK(text.substr(doc->get("key")->offset, 5) == "value");
  CHECK(doc->get("next")->pos == at(2, 7));

  auto bad = parse("\xEF\xBB\xBF" "a: 1\na: 2\n");
  CHECK(error(bad).message == "duplicate key 'a' (first defined at line 1)");
  auto bad1 = parse("\xEF\xBB\xBF" "a: b: c\n");
  CHECK(error(bad1).pos == at(1, 5));
  CHECK(error(bad1).source_line == "a: b: c");
}

TEST_CASE("multi-byte UTF-8 counts bytes in columns", "[yaml]") {
  auto doc = root(parse("\"\xC3\xA9t\xC3\xA9\": x\n"));
  CHECK(doc->entries[0].second->pos == at(1, 10));
}

TEST_CASE("multiple documents", "[yaml]") {
  auto r = parse("a: 1\n---\n- x\n---\n--- plain\n...\nlast: true\n");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 5);
  CHECK(r.documents[0].root->is_map());
  CHECK(r.documents[0].start == at(1, 1));
  CHECK(r.documents[1].root->is_seq());
  CHECK(r.documents[1].start == at(2, 1));
  CHECK(r.documents[2].root->is_null());
  CHECK(r.documents[2].root->pos.known());
  CHECK(r.documents[3].root->value == "plain");
  CHECK(r.documents[3].start == at(5, 1));
  CHECK(r.documents[4].root->get("last")->value == "true");
  CHECK(r.documents[4].start == at(7, 1));

  auto r2 = parse("a: 1\n...\nb: 2\n");
  REQUIRE(r2.ok());
  REQUIRE(r2.documents.size() == 2);
  CHECK(r2.documents[1].root->get("b")->pos == at(3, 4));

  CHECK(parse("").documents.empty());
  CHECK(parse("# only a comment\n").documents.empty());
  CHECK(parse("# only a comment\n").ok());
}

TEST_CASE("text after the root node is not silently a second document", "[yaml]") {
  auto r = parse("- a\nb: 1\n");
  REQUIRE(r.documents.size() == 1);
  const auto& e = error(r);
  CHECK(e.message == "unexpected text after the end of the document");
  CHECK(e.pos == at(2, 1));
  CHECK(e.hint == "check the indentation of this line; a second document must start with '---'");
}

TEST_CASE("documents read before an error are kept", "[yaml]") {
  auto r = parse("a: 1\n---\nb: [\n");
  CHECK_FALSE(r.ok());
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].root->get("a")->value == "1");
}

TEST_CASE("duplicate keys", "[yaml]") {
  auto r = parse("name: a\nother: 1\nname: b\n");
  const auto& e = error(r);
  CHECK(e.message == "duplicate key 'name' (first defined at line 1)");
  CHECK(e.pos == at(3, 1));
  CHECK(e.length == 4);
  CHECK(e.file == "t.yaml");
  CHECK(e.source_line == "name: b");
  CHECK(e.hint == "remove or rename one of the two entries");

  auto nested = parse("top:\n  - k: 1\n    j: 2\n    k: 3\n");
  CHECK(error(nested).message == "duplicate key 'k' (first defined at line 2)");
  CHECK(error(nested).pos == at(4, 5));

  auto flow = parse("{a: 1, \"a\": 2}");
  CHECK(error(flow).message == "duplicate key 'a' (first defined at line 1)");
  CHECK(error(flow).pos == at(1, 8));

  // The same key in different maps is fine.
  CHECK(parse("a: {k: 1}\nb: {k: 2}\n").ok());
}

TEST_CASE("non-scalar and null keys", "[yaml]") {
  auto r = parse("? [a, b]\n: 1\n");
  CHECK(error(r).message == "complex (non-scalar) map keys are not supported");
  CHECK(error(r).pos == at(1, 3));
  auto m = parse("? {a: 1}\n: 1\n");
  CHECK(error(m).message == "complex (non-scalar) map keys are not supported");
  auto n = parse("{,}");
  CHECK(error(n).message == "null map keys are not supported");
}

TEST_CASE("aliases share the anchored node", "[yaml]") {
  auto r = parse("base: &b\n  k: v\ncopy: *b\nlist: [&s x, *s]\n");
  auto doc = root(r);
  const Node* base = doc->get("base");
  const Node* copy = doc->get("copy");
  CHECK(base == copy);
  CHECK(copy->get("k")->value == "v");
  CHECK(base->pos == at(2, 3));
  const Node* list = doc->get("list");
  CHECK(list->items[0] == list->items[1]);
  CHECK(list->items[0]->value == "x");
  CHECK(list->items[0]->pos == at(4, 11));
}

TEST_CASE("alias errors", "[yaml]") {
  auto cycle = parse("&a [*a]");
  CHECK(error(cycle).message == "alias '*a' refers to itself (cycle)");
  CHECK(error(cycle).pos == at(1, 5));

  auto deep_cycle = parse("root: &top\n  child:\n    - *top\n");
  CHECK(error(deep_cycle).message == "alias '*top' refers to itself (cycle)");
  CHECK(error(deep_cycle).pos == at(3, 7));

  auto unknown = parse("a: 1\nb: *nope\n");
  CHECK(error(unknown).message == "alias '*nope' refers to an anchor that is not defined");
  CHECK(error(unknown).pos == at(2, 4));
  CHECK(error(unknown).length == 5);

  // Anchors do not carry over to the next document.
  auto other_doc = parse("a: &x 1\n---\nb: *x\n");
  CHECK(error(other_doc).message == "alias '*x' refers to an anchor that is not defined");
  CHECK(other_doc.documents.size() == 1);

  // Defined later than used.
  auto later = parse("a: *x\nb: &x 1\n");
  CHECK(error(later).message == "alias '*x' refers to an anchor that is not defined");
}

TEST_CASE("alias bombs fail fast", "[yaml]") {
  std::string text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  std::string prev = "a";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string line = std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) line += (i ? ",*" : "*") + prev;
    text += line + "]\n";
    prev = std::string(1, c);
  }
  auto t0 = std::chrono::steady_clock::now();
  auto r = parse(text);
  auto elapsed = std::chrono::steady_clock::now() - t0;
  CHECK(elapsed < std::chrono::seconds(1));
  const auto& e = error(r);
  CHECK(e.message == "alias expansion exceeds 200000 nodes");
  CHECK(e.pos == at(6, 8));
  CHECK(e.hint == "each alias counts as a full copy of the node it refers to");
  CHECK(r.documents.empty());

  // The same structure within the limit is fine.
  Limits small;
  small.max_nodes = 50;
  auto ok = parse("a: &a [1, 2, 3]\nb: [*a, *a, *a]\n", small);
  CHECK(ok.ok());
  auto over = parse("a: &a [1, 2, 3]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n", small);
  CHECK(error(over).message == "alias expansion exceeds 50 nodes");
}

TEST_CASE("too many nodes without aliases", "[yaml]") {
  Limits small;
  small.max_nodes = 10;
  auto r = parse("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]", small);
  CHECK(error(r).message == "document has more than 10 nodes");
  CHECK(error(r).pos == at(1, 29));
}

TEST_CASE("deep nesting is an error, not a crash", "[yaml]") {
  auto flow = parse(std::string(10000, '['));
  CHECK(error(flow).message == "nesting deeper than 64 levels");

  std::string closed = std::string(65, '[') + std::string(65, ']');
  CHECK(error(parse(closed)).message == "nesting deeper than 64 levels");
  CHECK(error(parse(closed)).pos == at(1, 65));
  CHECK(parse(std::string(64, '[') + std::string(64, ']')).ok());

  std::string block;
  for (int i = 0; i < 1000; ++i) block += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  auto b = parse(block);
  CHECK(error(b).message == "nesting deeper than 64 levels");
  CHECK(error(b).pos == at(65, 65));

  std::string seq;
  for (int i = 0; i < 1000; ++i) seq += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- \n";
  CHECK(error(parse(seq)).message == "nesting deeper than 64 levels");

  // yaml-cpp's own recursion limit (500) becomes the same message.
  Limits high;
  high.max_depth = 100000;
  auto deep = parse(std::string(3000, '[') + std::string(3000, ']'), high);
  CHECK(error(deep).message == "nesting deeper than 499 levels");
  CHECK(error(deep).pos == at(1, 499));
}

TEST_CASE("inputs that make yaml-cpp loop forever terminate with an error", "[yaml]") {
  for (std::string text : {",", ", a", "a: 1\n---\n,", ",,", "- a\n,", "!|\n? ", "---\n,\n", "[a]\n,"}) {
    INFO(text);
    auto r = parse(text);
    REQUIRE_FALSE(r.ok());
  }
  auto comma = parse(",");
  CHECK(error(comma).message == "unexpected ','");
  CHECK(error(comma).pos == at(1, 1));
  CHECK(error(comma).hint ==
        "',' separates items only inside [...] or {...}; quote the value if the comma is part of the text");
  CHECK(comma.documents.empty());

  auto later = parse("x: 1\n---\n,");
  CHECK(error(later).message == "unexpected ','");
  CHECK(error(later).pos == at(3, 1));
  REQUIRE(later.documents.size() == 1);
  CHECK(later.documents[0].root->is_map());

  auto key = parse("!|\n? ");
  CHECK(error(key).message == "unexpected text after the end of the document");
  CHECK(error(key).pos == at(2, 1));

  // Inputs that yaml-cpp rejects on its own.
  for (std::string text : {"]", "}", "- ,", "? ,", "[,", "{a: 1", "[a, b"}) {
    INFO(text);
    REQUIRE_FALSE(parse(text).ok());
  }
  CHECK(error(parse("]")).message == "unexpected ']'");
  CHECK(error(parse("}")).message == "unexpected '}'");
}

TEST_CASE("the document cap", "[yaml]") {
  Limits few;
  few.max_documents = 3;
  auto r = parse("a\n---\nb\n---\nc\n---\nd\n", few);
  CHECK(error(r).message == "text has more than 3 documents");
  CHECK(error(r).pos == at(6, 1));
  CHECK(r.documents.size() == 3);
}

TEST_CASE("merge keys and custom tags are rejected", "[yaml]") {
  auto merge = parse("base: &b {a: 1}\nchild:\n  <<: *b\n  c: 2\n");
  const auto& m = error(merge);
  CHECK(m.message == "merge keys ('<<') are not supported");
  CHECK(m.pos == at(3, 3));
  CHECK(m.hint == "write the keys out in this map instead of merging them from an anchor");
  CHECK(parse("\"<<\": 1\n").ok());  // a quoted '<<' is just a key

  auto tag = parse("a: !foo bar\n");
  CHECK(error(tag).message == "custom tags ('!foo') are not supported");
  CHECK(error(tag).pos == at(1, 4));
  CHECK(error(tag).hint == "remove the tag; ragft reads plain YAML values only");
  CHECK(error(parse("- !!python/object x\n")).message == "custom tags ('!!python/object') are not supported");
  CHECK(error(parse("a: &x !<tag:x> b\n")).message == "custom tags ('!<tag:x>') are not supported");
  CHECK(error(parse("a: &x !<tag:x> b\n")).pos == at(1, 7));
  CHECK(error(parse("a: !foo\n  k: v\n")).message == "custom tags ('!foo') are not supported");
  CHECK(error(parse("a: !!seq x\n")).message == "tag '!!seq' cannot be used on a text");
  CHECK(error(parse("a: !!str [x]\n")).message == "tag '!!str' cannot be used on a list");
}

TEST_CASE("text checks before parsing", "[yaml]") {
  auto nul = parse("a: 1\nb: x\0y\n"s);
  CHECK(error(nul).message == "text contains a NUL byte");
  CHECK(error(nul).pos == at(2, 5));
  CHECK(error(nul).source_line == "b: x\0y"s);

  auto utf16 = parse("\xFF\xFE" "a\0:\0 \0" "1\0"s);
  CHECK(error(utf16).message == "text is UTF-16 (or UTF-32); save it as UTF-8");
  CHECK_FALSE(error(utf16).pos.known());
  CHECK(error(parse("\xFE\xFF\0a\0:"s)).message == "text is UTF-16 (or UTF-32); save it as UTF-8");
  CHECK(error(parse("a\0:\0 \0" "1\0\n\0"s)).message == "text is UTF-16 (or UTF-32); save it as UTF-8");
  CHECK(error(parse("\0\0\0a\0\0\0:"s)).message == "text is UTF-16 (or UTF-32); save it as UTF-8");

  auto latin1 = parse("name: caf\xE9\n");
  CHECK(error(latin1).message == "text is not valid UTF-8 (byte 0xE9)");
  CHECK(error(latin1).pos == at(1, 10));
  CHECK(error(latin1).hint == "save the file as UTF-8");
  CHECK(error(parse("a: \xC0\xAF\n")).message == "text is not valid UTF-8 (byte 0xC0)");  // overlong
  CHECK(error(parse("a: \xED\xA0\x80\n")).pos == at(1, 4));                            // surrogate
  CHECK(error(parse("a: \xE2\x82\n")).pos == at(1, 4));                                // truncated
  CHECK(parse("a: \xE2\x82\xAC \xF0\x9F\x98\x80\n").ok());

  auto cr = parse("a: 1\rb: 2\r");
  CHECK(error(cr).message == "lone carriage return (\\r) used as a line end");
  CHECK(error(cr).pos == at(1, 5));
}

TEST_CASE("size cap is checked first", "[yaml]") {
  Limits tiny;
  tiny.max_bytes = 8;
  auto r = parse("a: 123456\0\xFF"s, tiny);
  CHECK(error(r).message == "file is larger than 8 bytes");
  CHECK_FALSE(error(r).pos.known());
  CHECK(error(r).file == "t.yaml");
  CHECK(parse("a: 12345", tiny).ok());
}

TEST_CASE("syntax errors are readable and positioned", "[yaml]") {
  auto r = parse("a: [1, 2\nb: 3\n");
  CHECK(ragft::format_diagnostic(error(r)) ==
        "t.yaml:2:2: error: expected ',' or ']' in a [...] list\n"
        " 2 | b: 3\n"
        "   |  ^\n"
        "  hint: the '[' at line 1, column 4 is not closed\n");

  auto indent = parse("a:\n  b: 1\n c: 2\n");
  CHECK(ragft::format_diagnostic(error(indent)) ==
        "t.yaml:3:2: error: expected 'key: value' here\n"
        " 3 |  c: 2\n"
        "   |  ^\n"
        "  hint: check the indentation: the keys of one map must start in the same column\n");

  auto colon = parse("a: b: c\n");
  CHECK(error(colon).message == "unexpected ':' here");
  CHECK(error(colon).pos == at(1, 5));

  auto esc = parse("a: \"x\\qy\"\n");
  CHECK(error(esc).message == "unknown escape '\\q' in a double-quoted string");
  CHECK(error(esc).pos == at(1, 6));

  auto eof = parse("a: \"abc");
  CHECK(error(eof).message == "the text ends inside a quoted string");
  CHECK(error(eof).pos == at(1, 8));

  // yaml-cpp itself would read the rest of the file into the string.
  auto open = parse("a: 'abc\nb: 1\n");
  CHECK(error(open).message == "this quoted string is not closed");
  CHECK(error(open).pos == at(1, 4));
  CHECK(error(open).hint == "add the closing ' where the string ends");
  CHECK(error(parse("a: \"x\\\"\n")).message == "this quoted string is not closed");
  CHECK(parse("a: 'it''s'\nb: \"q\\\"\"\n").ok());

  auto tab = parse("a:\n\t- b\n");
  CHECK(error(tab).message == "tab character in indentation");
  CHECK(error(tab).pos == at(2, 1));
  auto tab_key = parse("answers:\n\tproblem: knowledge\n");  // yaml-cpp: "unexpected ':'"
  CHECK(error(tab_key).message == "tab character in indentation");
  CHECK(error(tab_key).pos == at(2, 1));
  CHECK(error(tab_key).hint == "indent with spaces; YAML does not allow tabs there");
  auto tab_after_spaces = parse("answers:\n  a: 1\n  \tb: 2\n");
  CHECK(error(tab_after_spaces).message == "tab character in indentation");
  CHECK(error(tab_after_spaces).pos == at(3, 3));

  CHECK(error(parse("a: @x\n")).message == "unexpected '@'");
  CHECK(error(parse("a: *\n")).message == "'*' must be followed by an alias name");
  CHECK(error(parse("key: value\n- item\n")).message == "expected 'key: value' here");
  CHECK(error(parse("- a\n b: 1\n")).message.size() > 0);
  CHECK(error(parse("{a: 1")).message == "expected ',' or '}' in a {...} map");
  CHECK(error(parse("{a: 1")).hint == "the '{' at line 1, column 1 is not closed");
}

TEST_CASE("errors follow the message conventions", "[yaml]") {
  for (std::string text : std::vector<std::string>{",", "]", "a: [1", "a: {b", "a: 1\na: 2", "&a [*a]", "a: *x", "<<: 1", "a: !x y",
                           "a: \"\\q\"", "a: 'x", "a: @", "a:\n\t- b", "a: b: c", "- a\nb", "\xFF",
                           "a\0"s, "? [a]\n: 1", "%YAML 1.2\n%YAML 1.2\n---\na", "a: |0\n x",
                           "&", "!<x", "a: 1\n  b: 2"}) {
    INFO(text);
    auto r = parse(text);
    REQUIRE_FALSE(r.ok());
    const auto& m = r.errors.front().message;
    REQUIRE_FALSE(m.empty());
    CHECK_FALSE((m[0] >= 'A' && m[0] <= 'Z'));
    CHECK(m.back() != '.');
    CHECK(m.find("yaml-cpp") == std::string::npos);
  }
}

TEST_CASE("parse_yaml never throws on odd inputs", "[yaml]") {
  const std::string alphabet = ",[]{}?:-&*!|>'\" \n#%a@`";
  // Every two-character input, and a deterministic sample of longer ones.
  for (char a : alphabet)
    for (char b : alphabet) {
      std::string text{a, b};
      INFO(text);
      CHECK_NOTHROW(parse(text));
    }
  unsigned seed = 12345;
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    for (int k = 0; k < 6; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += alphabet[(seed >> 16) % alphabet.size()];
    }
    INFO(text);
    CHECK_NOTHROW(parse(text));
  }
}

// ---------------------------------------------------------------------------

TEST_CASE("locate_in_scalar: plain and quoted single-line scalars", "[yaml]") {
  using ragft::yaml::locate_in_scalar;
  std::string text = "when: score > 3 and x\nq: \"a\\\"b + c\"\ns: 'it''s + x'\n";
  auto doc = root(parse(text));

  const Node& when = *doc->get("when");
  CHECK(locate_in_scalar(text, when, 0) == at(1, 7));
  CHECK(locate_in_scalar(text, when, 6) == at(1, 13));
  CHECK(locate_in_scalar(text, when, when.value.size()) == at(1, 22));
  CHECK(locate_in_scalar(text, when, 1000) == at(1, 22));

  const Node& q = *doc->get("q");
  REQUIRE(q.value == "a\"b + c");
  CHECK(locate_in_scalar(text, q, 0) == at(2, 5));  // after the opening quote
  CHECK(locate_in_scalar(text, q, 1) == at(2, 6));  // the escape \"
  CHECK(locate_in_scalar(text, q, 2) == at(2, 8));  // 'b'
  CHECK(locate_in_scalar(text, q, 4) == at(2, 10));  // '+'

  const Node& s = *doc->get("s");
  REQUIRE(s.value == "it's + x");
  CHECK(locate_in_scalar(text, s, 2) == at(3, 7));   // the '' pair
  CHECK(locate_in_scalar(text, s, 3) == at(3, 9));   // 's'
  CHECK(locate_in_scalar(text, s, 5) == at(3, 11));  // '+'
}

TEST_CASE("locate_in_scalar: escapes producing several bytes", "[yaml]") {
  using ragft::yaml::locate_in_scalar;
  std::string text = "a: \"\\u00e9 x \\t y\"\n";
  auto doc = root(parse(text));
  const Node& a = *doc->get("a");
  REQUIRE(a.value == "\xC3\xA9 x \t y");
  CHECK(locate_in_scalar(text, a, 3) == at(1, 12));  // 'x'
  CHECK(locate_in_scalar(text, a, 5) == at(1, 14));  // '\t'
  CHECK(locate_in_scalar(text, a, 7) == at(1, 17));  // 'y'
}

TEST_CASE("locate_in_scalar: block scalars", "[yaml]") {
  using ragft::yaml::locate_in_scalar;
  std::string text =
      "rules:\n"
      "  - check: |\n"
      "      first line\n"
      "\n"
      "      third  + x\n"
      "  - fold: >-\n"
      "      a b\n"
      "      c d\n"
      "  - indented: |2\n"
      "       x\n"
      "      y\n";
  auto doc = root(parse(text));
  const Node& check = *doc->get("rules")->items[0]->get("check");
  REQUIRE(check.value == "first line\n\nthird  + x\n");
  CHECK(locate_in_scalar(text, check, 0) == at(3, 7));
  CHECK(locate_in_scalar(text, check, 6) == at(3, 13));
  CHECK(locate_in_scalar(text, check, 12) == at(5, 7));
  CHECK(locate_in_scalar(text, check, 19) == at(5, 14));

  const Node& fold = *doc->get("rules")->items[1]->get("fold");
  REQUIRE(fold.value == "a b c d");
  CHECK(locate_in_scalar(text, fold, 2) == at(7, 9));
  CHECK(locate_in_scalar(text, fold, 4) == at(8, 7));
  CHECK(locate_in_scalar(text, fold, 6) == at(8, 9));

  const Node& ind = *doc->get("rules")->items[2]->get("indented");
  REQUIRE(ind.value == " x\ny\n");
  CHECK(locate_in_scalar(text, ind, 1) == at(10, 8));
  CHECK(locate_in_scalar(text, ind, 3) == at(11, 7));
}

TEST_CASE("locate_in_scalar: CRLF and BOM", "[yaml]") {
  using ragft::yaml::locate_in_scalar;
  std::string text = "\xEF\xBB\xBFx: a + b\r\ny: |\r\n  p\r\n  q + r\r\n";
  auto doc = root(parse(text));
  CHECK(locate_in_scalar(text, *doc->get("x"), 2) == at(1, 6));
  CHECK(locate_in_scalar(text, *doc->get("y"), 4) == at(4, 5));
}

TEST_CASE("locate_in_scalar: multi-line flow scalars", "[yaml]") {
  using ragft::yaml::locate_in_scalar;
  std::string text = "a: one two\n  three four\nb: \"x y\n   z\"\nc: \"p\\\n   q\"\n";
  auto doc = root(parse(text));
  const Node& a = *doc->get("a");
  REQUIRE(a.value == "one two three four");
  CHECK(locate_in_scalar(text, a, 8) == at(2, 3));
  CHECK(locate_in_scalar(text, a, 14) == at(2, 9));
  const Node& b = *doc->get("b");
  REQUIRE(b.value == "x y z");
  CHECK(locate_in_scalar(text, b, 4) == at(4, 4));
  const Node& c = *doc->get("c");
  REQUIRE(c.value == "pq");
  CHECK(locate_in_scalar(text, c, 1) == at(6, 4));
}

TEST_CASE("locate_in_scalar never points beyond the text", "[yaml]") {
  using ragft::yaml::locate_in_scalar;
  std::string text = "a: xyz";
  auto doc = root(parse(text));
  CHECK(locate_in_scalar(text, *doc->get("a"), 99) == at(1, 7));
  Node bogus;
  bogus.kind = Kind::scalar;
  bogus.value = "something else entirely";
  bogus.offset = 1000;
  CHECK(locate_in_scalar(text, bogus, 5) == at(1, 7));
  bogus.offset = 3;
  bogus.pos = at(1, 4);
  SourcePos p = locate_in_scalar(text, bogus, 20);
  CHECK(p.line == 1);
  CHECK(p.col <= 7);
}

// ---------------------------------------------------------------------------

TEST_CASE("read_text_file", "[yaml]") {
  using ragft::yaml::read_text_file;
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("ragft_yaml_doc_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string out;
  ragft::Diagnostic err;

  std::string missing = (dir / "missing.yaml").string();
  CHECK_FALSE(read_text_file(missing, 1000, out, err));
  CHECK(err.message == "cannot read '" + missing + "': No such file or directory");
  CHECK(err.file == missing);
  CHECK_FALSE(err.pos.known());

  CHECK_FALSE(read_text_file(dir.string(), 1000, out, err));
  CHECK(err.message == "'" + dir.string() + "' is a directory");

  std::string file = (dir / "f.yaml").string();
  {
    std::ofstream f(file, std::ios::binary);
    f << "a: 1\n";
  }
  CHECK(read_text_file(file, 1000, out, err));
  CHECK(out == "a: 1\n");
  CHECK(read_text_file(file, 5, out, err));
  CHECK_FALSE(read_text_file(file, 4, out, err));
  CHECK(err.message == "file is larger than 4 bytes");
  CHECK(out.empty());

#ifdef __linux__
  // Only regular files are read: a device that never ends, a FIFO with no
  // writer (which used to block forever) are refused at once.
  CHECK_FALSE(read_text_file("/dev/zero", 100000, out, err));
  CHECK(err.message == "cannot read '/dev/zero': it is a character device, not a regular file");
  CHECK(err.hint == "only regular files are read; give - to read standard input");
  std::string fifo = (dir / "pipe.yaml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_FALSE(read_text_file(fifo, 1000, out, err));
  CHECK(err.message == "cannot read '" + fifo + "': it is a FIFO (named pipe), not a regular file");
#endif
  fs::remove_all(dir);
}

TEST_CASE("escapes are text outside double quotes: block scalars, plain continuations, document roots", "[yaml]") {
  // The full reader itself (yaml-cpp's events), as used for whatever the
  // fast path declines: a quote that opens a line of a block scalar or of a
  // plain scalar's continuation starts no double-quoted scalar, so a pair
  // of escapes in it stays the text it is. (The fuzzer's case: "a: >" and
  // a line ' "\ud83e\udd1b' read as '"\uF03E\uF51B'.)
  auto full = [](std::string_view text) {
    return root(ragft::yaml::detail::parse_yaml_events(text, "t.yaml"));
  };
  const std::string pair = "\\ud83e\\udd16", robot = "\xF0\x9F\xA4\x96";
  CHECK(full("a: >\n \"" + pair + "\n")->get("a")->value == "\"" + pair + "\n");
  CHECK(full("a: |-\n  x\n  \"" + pair + "\"\nb: \"" + pair + "\"\n")->get("a")->value == "x\n\"" + pair + "\"");
  CHECK(full("a: |-\n  x\n  \"" + pair + "\"\nb: \"" + pair + "\"\n")->get("b")->value == robot);
  CHECK(full("a: text\n  \"" + pair + "\"\n")->get("a")->value == "text \"" + pair + "\"");
  CHECK(full("a: x, \"" + pair + "\"\n")->get("a")->value == "x, \"" + pair + "\"");
  // The scalar ends where a line is no more indented than its entry.
  auto seq = ragft::yaml::detail::parse_yaml_events("- a: |\n  b: \"" + pair + "\"\n- |\n \"" + pair + "\n", "t.yaml");
  REQUIRE(seq.ok());
  CHECK(seq.documents.at(0).root->items.at(0)->get("b")->value == robot);
  CHECK(seq.documents.at(0).root->items.at(1)->value == "\"" + pair + "\n");
  // A document's root: a plain scalar goes on at column 0, a block scalar
  // at column 1; the next "---" ends either.
  auto docs = ragft::yaml::detail::parse_yaml_events(
      "--- text\n\"" + pair + "\"\n--- |\n \"" + pair + "\n--- \"" + pair + "\"\n", "t.yaml");
  REQUIRE(docs.ok());
  REQUIRE(docs.documents.size() == 3);
  CHECK(docs.documents[0].root->value == "text \"" + pair + "\"");
  CHECK(docs.documents[1].root->value == "\"" + pair + "\n");
  CHECK(docs.documents[2].root->value == robot);
}

TEST_CASE("JSON surrogate pairs read as one character; a lone half is an error", "[yaml]") {
  // As Python's json.dump writes 🤖 (U+1F916): a pair of \u escapes.
  auto r = root(parse("{\"p\": \"bot \\ud83e\\udd16!\", \"q\": \"\\uD83D\\uDE80\", \"k\": 'it''s \\ud83e\\udd16'}"));
  CHECK(r->get("p")->value == "bot \xF0\x9F\xA4\x96!");
  CHECK(r->get("q")->value == "\xF0\x9F\x9A\x80");
  CHECK(r->get("k")->value == "it's \\ud83e\\udd16");  // single quotes: no escapes
  // A comment or a plain scalar with the same characters is left alone.
  auto b = root(parse("a: x \\ud83e\\udd16 # \"\\ud83e\\udd16\"\nb: \"\\ud83e\\udd16\"\n"));
  CHECK(b->get("a")->value == "x \\ud83e\\udd16");
  CHECK(b->get("b")->value == "\xF0\x9F\xA4\x96");
  // Positions after the pair are unchanged (the rewrite keeps the length).
  auto bad = parse("{\"p\": \"\\ud83e\\udd16\", \"p\": 1}");
  CHECK(error(bad).message == "duplicate key 'p' (first defined at line 1)");
  CHECK(error(bad).pos == at(1, 23));
  auto lone = parse("p: \"lone \\ud83e half\"\n");
  CHECK(error(lone).message == "'\\ud83e' is half of a surrogate pair, without the other half");
  CHECK(error(lone).hint == "a character beyond U+FFFF is written as a pair, high then low, such as \\ud83e\\udd16");
}
