// The registry of output formats: which format serves which command (what
// --help, the man page and the completions list), and the seam a new format
// plugs into: a writer registered with its name is found, listed and driven
// through a batch like the built-in ones.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "ragft/engine.h"
#include "ragft/formats.h"
#include "ragft/profile.h"
#include "ragft/report.h"
#include "ragft/ruleset.h"

using namespace ragft;

namespace {

const RuleSet& rules() {
  static const RuleSet r = [] {
    RulesLoad load = load_rules(builtin_rule_sources());
    REQUIRE(load.ok());
    return std::move(*load.rules);
  }();
  return r;
}

std::vector<Result> results() {
  ProfileLoad load = load_profiles("project: One\nanswers: {problem: behavior, behavior: task, calls_per_day: 300}\n"
                                   "---\nproject: Two\nanswers: {problem: knowledge}\n",
                                   "batch.yaml", rules());
  REQUIRE(load.errors.empty());
  Engine engine(rules());
  std::vector<Result> out;
  for (const auto& p : load.profiles) out.push_back(engine.evaluate(p));
  return out;
}

// What `ragft score` writes: each result after what goes before it, then the end.
std::string batch(const FormatWriter& f, const std::vector<Result>& rs) {
  TextStyle style;
  const ResultOptions o{rules(), style};
  std::map<std::string, long> tally;
  std::string out;
  long n = 0;
  for (const auto& r : rs) {
    f.before_result(out, o, n++);
    f.result(out, r, o);
    ++tally[r.decision.recommendation];
  }
  f.end_results(out, o, ResultSummary{n, 0, tally});
  return out;
}

// A format only this test knows: tab-separated file and verdict.
class TsvFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "tsv"; }
  std::string_view description() const override { return "file and verdict, tab-separated"; }
  unsigned uses() const override { return use_score | use_explain; }
  void before_result(std::string& out, const ResultOptions&, long index) const override {
    if (index == 0) out += "file\trecommendation\n";
  }
  void result(std::string& out, const Result& r, const ResultOptions&) const override {
    out += document_name(r.file, r.document) + "\t" + r.decision.recommendation + "\n";
  }
};

}  // namespace

TEST_CASE("each command lists the formats that serve it, in registry order") {
  CHECK(format_names(use_score) == "text, json, jsonl, csv, markdown");
  CHECK(format_names(use_explain) == format_names(use_score));
  CHECK(format_names(use_ask) == format_names(use_score));
  CHECK(format_names(use_cost) == "text, json, jsonl, csv, markdown, svg");
  CHECK(format_names(use_check) == "text, json, github, sarif, junit");
  CHECK(format_names(use_check, true) == "text, json, github (annotations), sarif, junit");
  CHECK(format_names(use_rules_show) == "text, json");
  std::set<std::string_view> names;
  for (const auto& f : output_formats().all()) {
    CHECK(names.insert(f->name()).second);
    CHECK_FALSE(f->description().empty());
    CHECK(f->uses() != 0);
  }
  CHECK(format_use("rules show") == use_rules_show);
  CHECK(format_use("init") == 0);
}

TEST_CASE("a format is found by its name or alias, for the commands it serves only") {
  REQUIRE(find_format("md", use_score));
  CHECK(find_format("md", use_score)->name() == "markdown");
  CHECK(find_format("svg", use_cost));
  CHECK_FALSE(find_format("svg", use_score));
  CHECK_FALSE(find_format("md", use_check));
  CHECK_FALSE(find_format("jsonl", use_rules_show));
  CHECK_FALSE(find_format("bogus"));
  CHECK(find_format("svg")->most_costs() == 1);
}

TEST_CASE("json frames a batch as one array, also an empty one") {
  const FormatWriter& json = *find_format("json");
  CHECK(batch(json, {}) == "[]\n");
  auto rs = results();
  std::string one = batch(json, {rs[0]});
  CHECK(one.substr(0, 4) == "[\n  ");
  CHECK(one.substr(one.size() - 4) == "}\n]\n");
  CHECK(batch(json, rs).find("},\n  {") != std::string::npos);
  CHECK(batch(*find_format("csv"), rs).find("file,document,project,recommendation") == 0);
}

TEST_CASE("a new format is one writer registered by its name") {
  FormatRegistry registry;
  registry.add(std::make_unique<TsvFormat>());
  const FormatWriter* tsv = registry.find("tsv", use_score);
  REQUIRE(tsv);
  CHECK_FALSE(registry.find("tsv", use_check));
  CHECK(registry.names(use_explain) == "tsv");
  CHECK_FALSE(tsv->shows_would_change(ResultOptions{rules(), TextStyle{}}));
  auto rs = results();
  CHECK(batch(*tsv, rs) == "file\trecommendation\nbatch.yaml\t" + rs[0].decision.recommendation + "\nbatch.yaml#2\t" +
                               rs[1].decision.recommendation + "\n");
}
