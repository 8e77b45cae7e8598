// Fuzz target: the profile loader and everything a profile reaches. The input
// is a profile file: it goes through the guarded YAML reader (also with
// small limits, so the depth, node and document limits are hit), the
// profile checks against the built-in criteria, the engine (with the trace
// and "what would change") and every output format.
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "fuzz_common.h"
#include "ragft/engine.h"
#include "ragft/profile.h"
#include "ragft/report.h"
#include "ragft/yaml_doc.h"

namespace {

using namespace ragft;

// Maps a few offsets inside every scalar back to the source; the positions
// must stay inside the text. Shared (aliased) nodes are visited once.
void check_positions(const yaml::Node& n, std::string_view text, std::unordered_set<const yaml::Node*>& seen) {
  if (!seen.insert(&n).second) return;
  if (n.is_scalar()) {
    for (std::size_t at : {std::size_t{0}, n.value.size() / 2, n.value.size()}) {
      SourcePos p = yaml::locate_in_scalar(text, n, at);
      fuzz::check(p.line >= 1 && p.col >= 1);
      fuzz::check(line_of(text, p.line).size() + 1 >= static_cast<std::size_t>(p.col));
    }
  }
  for (const auto& item : n.items) check_positions(*item, text, seen);
  for (const auto& [k, v] : n.entries) {
    check_positions(*k, text, seen);
    check_positions(*v, text, seen);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const RuleSet& rules = fuzz::builtin_rules();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string file = "fuzz.yaml";

  // The reader with small limits: errors instead of work.
  yaml::Limits small;
  small.max_depth = 8;
  small.max_nodes = 400;
  small.max_documents = 16;
  yaml::ParseResult parsed = yaml::parse_yaml(text, file, small);
  fuzz::check(parsed.errors.size() <= 1);
  fuzz::check_diagnostics(parsed.errors, file, text);
  std::unordered_set<const yaml::Node*> seen;
  for (const auto& doc : parsed.documents) {
    fuzz::check(doc.root != nullptr);
    check_positions(*doc.root, text, seen);
  }

  // The real thing.
  ProfileLoad load = load_profiles(text, file, rules);
  fuzz::check_diagnostics(load.errors, file, text);
  Engine engine(rules);
  EvalOptions opts;
  opts.trace = true;
  TextStyle style;
  for (const auto& p : load.profiles) {
    Result r = engine.evaluate(p, opts);
    fuzz::check(!r.decision.recommendation.empty());
    fuzz::check(r.decision.recommendation == "none" || rules.option_index(r.decision.recommendation) >= 0);
    fuzz::check(!result_text(r, rules, style).empty());
    fuzz::check(!explain_text(r, rules, style).empty());
    std::string json = result_json(r, rules).dump();
    fuzz::check(nlohmann::json::accept(json));
    fuzz::check(!csv_row(r, rules).empty());
    fuzz::check(!markdown_row(r, rules).empty());
    // "What would change the answer" must hold: setting that one value gives
    // that recommendation.
    for (const auto& w : r.would_change) {
      Answers trial = r.given;
      trial[w.criterion] = w.value;
      fuzz::check(engine.decide(trial).recommendation == w.recommendation);
    }
  }
  return 0;
}
