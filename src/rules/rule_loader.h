// The rule loader, private to the rules layer: reads each layer's rule file
// (options, settings, criteria, rules, disable, cost), then compiles and
// checks the whole set. load_rules() (ruleset.h) runs it. Its parts:
//   rule_loader.cpp           the run over the layers, the file's top level,
//                             options, settings, disable
//   rule_loader_criteria.cpp  criteria and their choices
//   rule_loader_rules.cpp     rules and their effects
//   rule_checks.cpp           expressions and placeholders, points, the cost
//                             catalog, unreachable decide rules
// Every value is read through the layer's yaml::Reader.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ragft/ruleset.h"
#include "ragft/yaml_doc.h"
#include "ragft/yaml_reader.h"

namespace ragft::detail {

using yaml::Node;
using yaml::What;

// A rule as read from one layer, before its expression is compiled.
struct PendingRule {
  Rule rule;
  const Node* when_node = nullptr;
  const Node* text_node = nullptr;
  const Node* decide_node = nullptr;
  const Node* step_node = nullptr;
  std::vector<std::pair<const Node*, const Node*>> unlock_nodes;  // criterion key, target
  std::vector<std::pair<std::string, const Node*>> option_refs;  // every option an effect names
  std::size_t layer = 0;
};

struct PendingCriterion {
  const Node* ask_when_node = nullptr;
  std::size_t layer = 0;
};

class Loader {
 public:
  Loader(const std::vector<RuleSource>& layers, const RuleLimits& limits);
  RulesLoad run();

 private:
  const std::vector<RuleSource>& layers_;
  RuleLimits limits_;
  std::size_t layer_ = 0;
  RuleSet set_;
  std::vector<PendingRule> rules_;
  std::map<std::string, PendingCriterion> criteria_extra_;
  std::vector<Diagnostic> diags_;
  std::vector<yaml::Reader> readers_;  // one per layer, all appending to diags_
  int errors_ = 0;                     // the errors not reported through readers_
  std::size_t text_bytes_ = 0;         // the texts read by scalar(), aliases counted at each use
  bool text_bytes_reported_ = false;
  std::map<std::string, std::optional<std::vector<expr::Value>>> domains_;  // domain()'s, per criterion

  // The reader of the layer being read, and its file.
  yaml::Reader& reader() { return readers_[layer_]; }
  const std::string& file() const { return layers_[layer_].name; }
  // Errors so far, shown or only counted.
  int errors() const {
    int n = errors_;
    for (const auto& r : readers_) n += r.errors();
    return n;
  }
  // Runs a check that appends to diags_ itself (the cost catalog's), counting its errors.
  template <class F>
  void adopt(F check) {
    std::size_t before = diags_.size();
    check();
    for (std::size_t i = before; i < diags_.size(); ++i)
      if (diags_[i].severity == Severity::error) ++errors_;
  }
  // A diagnostic at `n` in layer `layer` (the current one by default).
  void at(Severity sev, const Node* n, std::string msg, std::string hint = {}, int length = 0,
          std::size_t layer = SIZE_MAX) {
    readers_[layer == SIZE_MAX ? layer_ : layer].report(sev, n, std::move(msg), std::move(hint), length);
  }
  void error(const Node* n, std::string msg, std::string hint = {}, int length = 0) {
    reader().error(n, std::move(msg), std::move(hint), length);
  }
  void check_keys(const Node& n, const std::vector<std::string>& known, std::string_view what) {
    reader().check_keys(n, known, what);
  }
  // Typed values of the current layer, read through its reader.
  const Node* require_map(const Node* n, const What& what) { return reader().map(n, what); }
  std::optional<std::string> scalar(const Node* n, const What& what) { return reader().text(n, what); }
  std::optional<double> number(const Node* n, const What& what) { return reader().number(n, what); }
  std::optional<bool> boolean(const Node* n, const What& what) { return reader().boolean(n, what); }

  // rule_loader.cpp
  std::size_t layer_of(const std::string& file) const;
  Diagnostic plain_error(std::string msg, std::string hint);
  bool count_text(const Node& n);
  std::optional<int> integer(const Node* n, const What& what);
  std::vector<const Node*> id_list(const Node* n, std::string_view what);
  void read_layer(const Node& root);
  void read_options(const Node& list);
  void read_settings(const Node& s);
  void read_disable(const Node& list);

  // rule_loader_criteria.cpp
  void read_criteria(const Node& list);
  void read_choices(Criterion& c, const Node& list);

  // rule_loader_rules.cpp
  void read_rules(const Node& list);

  // rule_checks.cpp
  void expr_error(std::size_t layer, const Node* n, const expr::Error& e);
  std::optional<expr::Expr> compile_expr(std::size_t layer, const Node* n, const std::vector<expr::Variable>& vars);
  void check_option(std::size_t layer, const std::string& id, const Node* n);
  void check_placeholders(std::size_t layer, const Node* n, const std::string& text, const std::vector<expr::Variable>& vars);
  void compile();
  void check_total_points();
  const std::vector<expr::Value>* domain(const std::string& id);
  void check_decide_reachability();
};

}  // namespace ragft::detail
