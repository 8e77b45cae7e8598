// Fuzz target: the rule-file loader and the engine under any rules that
// load. The input is a rule file; the first byte picks whether it is a layer
// on top of the built-in rules or stands alone. When the rules load, a few
// fixed profiles are evaluated and rendered with them.
#include <nlohmann/json.hpp>

#include "fuzz_common.h"
#include "ragft/engine.h"
#include "ragft/profile.h"
#include "ragft/report.h"

namespace {

using namespace ragft;

// Profiles evaluated with whatever rules loaded; answers the rules do not
// know are errors, which is fine: the valid ones are evaluated.
const char* const kProfiles[] = {
    ("answers:\n  problem: behavior\n  behavior: format\n  prompt_quality: 97%\n  quality_target: 0.997\n"
     "  labeled_examples: 2000\n  eval_set: true\n  calls_per_day: 40k\n"),
    "answers:\n  problem: knowledge\n  knowledge_change: daily\n  citations_required: yes\n",
    "answers: {}\n",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  bool layered = data[0] % 4 == 0;
  RuleSource layer{"fuzz.yaml", std::string(reinterpret_cast<const char*>(data) + 1, size - 1)};
  std::vector<RuleSource> layers;
  if (layered) layers = builtin_rule_sources();
  layers.push_back(layer);

  RulesLoad load = load_rules(layers);
  fuzz::check_diagnostics(load.diagnostics, layer.name, layer.text);
  bool has_error = false;
  for (const auto& d : load.diagnostics) has_error |= d.severity == Severity::error;
  fuzz::check(load.ok() != has_error);
  if (!load.ok()) return 0;

  const RuleSet& rules = *load.rules;
  fuzz::check(!rules.options.empty());
  Engine engine(rules);
  EvalOptions opts;
  opts.trace = true;
  TextStyle style;
  for (const char* text : kProfiles) {
    ProfileLoad profiles = load_profiles(text, "profile.yaml", rules);
    fuzz::check_diagnostics(profiles.errors, "profile.yaml", text);
    for (const auto& p : profiles.profiles) {
      Result r = engine.evaluate(p, opts);
      fuzz::check(r.decision.recommendation == "none" || rules.option_index(r.decision.recommendation) >= 0);
      (void)result_text(r, rules, style);
      (void)explain_text(r, rules, style);
      fuzz::check(nlohmann::json::accept(result_json(r, rules).dump()));
      (void)csv_row(r, rules);
      (void)markdown_row(r, rules);
    }
  }
  (void)csv_header(rules);
  (void)markdown_header(rules);
  return 0;
}
