// The rule set: looking up its criteria and options, the built-in rule
// files (read from their binary form), and load_rules(), which runs the
// loader (rules/rule_loader.h: rule_loader*.cpp read the files,
// rule_checks.cpp checks the whole set). Texts are filled in by
// interpolate.cpp.
#include "ragft/ruleset.h"
#include "rules/rule_loader.h"
#include "yaml/yaml_binary.h"

#include <memory>

#include <fmt/format.h>

#include "rules/builtin_rules.h"
#include "ragft/yaml_doc.h"

namespace ragft {

std::string Rule::effect_summary() const {
  std::vector<std::string> parts;
  if (decide) parts.push_back("decide " + *decide);
  if (!score.empty()) {
    std::string s;
    for (const auto& e : score) s += fmt::format("{}{} {:+d}", s.empty() ? "" : ", ", e.option, e.points);
    parts.push_back(s);
  }
  if (!exclude.empty()) {
    std::string s = "exclude ";
    for (std::size_t i = 0; i < exclude.size(); ++i) s += (i ? ", " : "") + exclude[i];
    parts.push_back(s);
  }
  if (warn) parts.push_back(std::string(severity_name(*warn)));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
  return out;
}

const Criterion* RuleSet::criterion(std::string_view id) const {
  int i = criterion_index(id);
  return i < 0 ? nullptr : &criteria[static_cast<std::size_t>(i)];
}

int RuleSet::criterion_index(std::string_view id) const {
  for (std::size_t i = 0; i < criteria.size(); ++i)
    if (criteria[i].id == id) return static_cast<int>(i);
  return -1;
}

int RuleSet::option_index(std::string_view id) const {
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].id == id) return static_cast<int>(i);
  return -1;
}

const Option* RuleSet::option(std::string_view id) const {
  int i = option_index(id);
  return i < 0 ? nullptr : &options[static_cast<std::size_t>(i)];
}

std::vector<std::string> RuleSet::criterion_ids() const {
  std::vector<std::string> ids;
  for (const auto& c : criteria) ids.push_back(c.id);
  return ids;
}

std::vector<std::string> RuleSet::option_ids() const {
  std::vector<std::string> ids;
  for (const auto& o : options) ids.push_back(o.id);
  return ids;
}

std::vector<expr::Variable> RuleSet::variables() const {
  std::vector<expr::Variable> vars;
  for (const auto& c : criteria) vars.push_back(c.variable());
  for (auto& v : cost_variables(cost)) vars.push_back(std::move(v));
  return vars;
}

namespace {

using ParsedFile = std::shared_ptr<const std::vector<yaml::Document>>;

// The documents of each built-in file, read from their binary form on first
// use and kept until the process ends, never freed (about 0.3 MB): a run
// does not spend the time to free some 1,900 nodes just before it exits, and
// loading the rules again (the tests do, many times) does not read them
// again. Null for a file whose tree does not read back (it was checked when
// ragft was built; should it fail, the text is parsed instead).
const std::vector<ParsedFile>& builtin_trees() {
  static const std::vector<ParsedFile>* const trees = [] {
    auto* out = new std::vector<ParsedFile>;
    for (const auto& f : builtin_rule_files()) {
      auto docs = std::make_shared<std::vector<yaml::Document>>();
      if (!yaml::from_binary(f.tree, *docs)) docs.reset();
      out->push_back(std::move(docs));
    }
    return out;
  }();
  return *trees;
}

}  // namespace

std::vector<RuleSource> builtin_rule_sources() {
  const auto& files = builtin_rule_files();
  const auto& trees = builtin_trees();
  std::vector<RuleSource> out;
  out.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i)
    out.emplace_back(std::string(files[i].name), std::string(files[i].text), trees[i]);
  return out;
}

RulesLoad load_rules(const std::vector<RuleSource>& layers, const RuleLimits& limits) {
  return detail::Loader(layers, limits).run();
}

}  // namespace ragft
