// Tests for the typed node reader (src/yaml/yaml_reader.cpp): the unknown-key
// check, the typed getters and the one cap on diagnostics.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ragft/yaml_doc.h"
#include "ragft/yaml_reader.h"

using ragft::Diagnostic;
using ragft::format_diagnostic;
using ragft::yaml::KeyRules;
using ragft::yaml::Node;
using ragft::yaml::Reader;

namespace {

// A text, its parsed root and a reader over it.
struct Fixture {
  explicit Fixture(std::string t) : text(std::move(t)) {
    auto r = ragft::yaml::parse_yaml(text, file);
    REQUIRE(r.ok());
    root = r.documents.at(0).root;
  }
  std::string file = "t.yaml";
  std::string text;
  ragft::yaml::NodePtr root;
  std::vector<Diagnostic> diags;
  Reader reader{file, text, diags};

  std::string all() const {
    std::string s;
    for (const auto& d : diags) s += format_diagnostic(d);
    return s;
  }
};

}  // namespace

TEST_CASE("an unknown key gets a did-you-mean, else the allowed keys, underlined") {
  Fixture f("nmae: a\nzzz: b\nname: c\n");
  f.reader.check_keys(*f.root, {"name", "label"}, "a choice");
  CHECK(f.all() ==
        "t.yaml:1:1: error: unknown key 'nmae' in a choice\n"
        " 1 | nmae: a\n"
        "   | ^~~~\n"
        "  hint: did you mean 'name'?\n"
        "t.yaml:2:1: error: unknown key 'zzz' in a choice\n"
        " 2 | zzz: b\n"
        "   | ^~~\n"
        "  hint: allowed keys: name, label\n");
  CHECK(f.reader.errors() == 2);
}

TEST_CASE("extension keys are allowed and named; a suggestion comes before the list") {
  Fixture f("x-mine: 1\nlabeled_examples: 2\nqqq: 3\n");
  KeyRules rules{"", true, [](const std::string& k) {
                   return k == "labeled_examples" ? std::string("put it under 'answers:'") : std::string();
                 }};
  f.reader.check_keys(*f.root, {"project", "answers"}, rules);
  REQUIRE(f.diags.size() == 2);
  CHECK(f.diags[0].message == "unknown key 'labeled_examples'");
  CHECK(f.diags[0].hint == "put it under 'answers:'");
  CHECK(f.diags[1].message == "unknown key 'qqq'");
  CHECK(f.diags[1].hint == "allowed keys: project, answers, and x-... for your own");
}

TEST_CASE("typed getters name the value and what it is instead") {
  Fixture f("a: [1]\nb: lots\nc: maybe\nd: x\ne: 40k\nf: yes\n");
  const Node& r = *f.root;
  CHECK(!f.reader.text(r.get("a"), "'a'"));
  CHECK(!f.reader.number(r.get("b"), ragft::yaml::What("the points for ", "rag"), "write it like 2.50"));
  CHECK(!f.reader.boolean(r.get("c"), "'c'"));
  CHECK(!f.reader.map(r.get("d"), "'d'"));
  CHECK(!f.reader.list(r.get("d"), "'d'"));
  CHECK(!f.reader.map(nullptr, "'cost'"));
  CHECK(*f.reader.number(r.get("e"), "'e'") == 40000);
  CHECK(*f.reader.boolean(r.get("f"), "'f'") == true);
  CHECK(!f.reader.text(r.get("missing"), "'missing'"));  // no report
  std::vector<std::string> messages;
  for (const auto& d : f.diags) messages.push_back(d.message + " | " + d.hint);
  CHECK(messages == std::vector<std::string>{"'a' must be a text, not a list | ",
                                             "the points for 'rag' must be a number, not 'lots' | write it like 2.50",
                                             "'c' must be true or false, not 'maybe' | ",
                                             "'d' must be a map, not a text | ",
                                             "'d' must be a list, not a text | ",
                                             "'cost' must be a map, not missing | "});
}

TEST_CASE("a hook on texts can refuse them") {
  Fixture f("a: hello\n");
  f.reader.accept_text = [&](const Node& n) {
    f.reader.error(&n, "too much text");
    return false;
  };
  CHECK(!f.reader.text(f.root->get("a"), "'a'"));
  REQUIRE(f.diags.size() == 1);
  CHECK(f.diags[0].message == "too much text");
}

TEST_CASE("one cap: readers keep one past it and count the rest; cap_diagnostics cuts and says so") {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "k" + std::to_string(i) + ": v\n";
  Fixture f(text);
  Reader second(f.file, f.text, f.diags);  // a second reader of the same list shares the cap
  f.reader.check_keys(*f.root, {"name"}, "a test");
  second.error(f.root.get(), "one more");
  CHECK(f.diags.size() == ragft::yaml::kMaxDiagnostics + 1);
  CHECK(f.reader.errors() == 80);
  CHECK(second.errors() == 1);
  CHECK(f.reader.full());
  ragft::yaml::cap_diagnostics(f.diags, f.file);
  REQUIRE(f.diags.size() == ragft::yaml::kMaxDiagnostics + 1);
  CHECK(f.diags.back().message == "too many errors; only the first 50 are shown");
  CHECK(f.diags.back().hint == "fix these and run again");
}

TEST_CASE("item_id: the id of a list entry, or one report of what is wrong with it") {
  Fixture f("- {id: ok_1}\n- {label: x}\n- {id: [a]}\n- {id: Bad Id}\n- {id: with-dash}\n");
  const auto& items = f.root->items;
  CHECK(f.reader.item_id(*items[0], "option") == "ok_1");
  CHECK_FALSE(f.reader.item_id(*items[1], "option"));
  CHECK_FALSE(f.reader.item_id(*items[2], "tier"));
  CHECK_FALSE(f.reader.item_id(*items[3], "criterion"));
  CHECK_FALSE(f.reader.item_id(*items[4], "criterion"));
  CHECK(f.reader.item_id(*items[4], "rule", true) == "with-dash");
  CHECK(f.all() ==
        "t.yaml:2:3: error: an option needs an 'id'\n"
        " 2 | - {label: x}\n"
        "   |   ^\n"
        "t.yaml:3:8: error: a tier id must be a text, not a list\n"
        " 3 | - {id: [a]}\n"
        "   |        ^\n"
        "t.yaml:4:8: error: invalid criterion id 'Bad Id'\n"
        " 4 | - {id: Bad Id}\n"
        "   |        ^~~~~~\n"
        "  hint: ids are lower-case letters, digits and '_'\n"
        "t.yaml:5:8: error: invalid criterion id 'with-dash'\n"
        " 5 | - {id: with-dash}\n"
        "   |        ^~~~~~~~~\n"
        "  hint: ids are lower-case letters, digits and '_'\n");
}
