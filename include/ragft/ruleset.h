// The rule set: options, criteria, rules and settings, loaded from one or more
// rule-file layers (the built-in rules first), checked completely at load.
// A RuleSet only exists when every check passed: nothing downstream re-checks.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ragft/cost.h"
#include "ragft/criterion.h"
#include "ragft/diagnostic.h"
#include "ragft/lexical.h"
#include "ragft/expr.h"
#include "ragft/yaml_doc.h"

namespace ragft {

struct Option {
  std::string id;
  std::string label;
  std::string description;
  Origin origin;
};

struct ScoreEffect {
  std::string option;
  int points = 0;
};

// What a gate asks for: the answer that would let the option it holds back
// through ("labeled_examples", ">= 1000"). The target may hold placeholders.
struct Unlock {
  std::string criterion;
  std::string target;
};

struct Rule {
  std::string id;
  expr::Expr when;
  std::optional<std::string> decide;  // an option id, or "none": no option fits
  std::vector<ScoreEffect> score;
  std::vector<std::string> exclude;
  std::optional<Severity> warn;
  std::vector<std::string> about;  // options a warning concerns; empty = all
  std::string text;                // may hold {criterion} and {= expression} placeholders
  std::string step;                // the next step this rule gives (placeholders too); "" for none
  std::vector<Unlock> unlock;      // with `step` on an excluding rule: what lifts the exclusion
  std::optional<std::string> confidence;  // "medium" or "low": the most confidence a decision by this rule has
  std::string confidence_because;  // why, for the result's confidence_reason
  std::string source;
  Origin origin;
  bool enabled = true;

  // "decide rag", "fine_tune +3, rag -2", "exclude hybrid", "warning" joined by "; ".
  std::string effect_summary() const;
};

struct Settings {
  int confidence_high = 4;    // margin >= this: high
  int confidence_medium = 2;  // margin >= this: medium; below: low
  int close_margin = 2;       // ragft check: an approach this close to the top passes
};

struct RuleSet {
  std::vector<std::string> layers;  // the files, in order
  std::string name;
  std::string version;
  std::vector<Option> options;      // in tie-break order
  std::vector<Criterion> criteria;  // in question order
  std::vector<Rule> rules;          // in evaluation order
  Settings settings;
  CostCatalog cost;                 // prices (the `cost:` sections); empty: no cost estimates
  // The {= expression} placeholders of rule texts, steps and targets, by
  // their source text, compiled as numbers.
  std::map<std::string, expr::Expr, std::less<>> text_exprs;

  const Criterion* criterion(std::string_view id) const;
  int criterion_index(std::string_view id) const;  // -1 when unknown
  int option_index(std::string_view id) const;     // -1 when unknown
  const Option* option(std::string_view id) const;
  std::vector<std::string> criterion_ids() const;
  std::vector<std::string> option_ids() const;
  std::vector<expr::Variable> variables() const;  // the criteria, then the derived cost figures
};

struct RuleSource {
  RuleSource() = default;
  RuleSource(std::string name_, std::string text_,
             std::shared_ptr<const std::vector<yaml::Document>> parsed_ = nullptr)
      : name(std::move(name_)), text(std::move(text_)), parsed(std::move(parsed_)) {}

  std::string name;  // file name as given, or "rules/default.yaml" for built-ins
  std::string text;
  // The documents of `text`, when they were parsed before (the built-in
  // rules, at build time); null: load_rules() parses the text.
  std::shared_ptr<const std::vector<yaml::Document>> parsed;
};

struct RuleLimits {
  std::size_t max_bytes = 4 << 20;
  std::size_t max_rules = 5000;
  std::size_t max_criteria = 500;
  std::size_t max_options = 64;
  std::size_t max_choices = 1000;  // per choice criterion, over all layers
  // All texts read from the layers (ids, labels, rule texts, ...), each use
  // of an alias counted as a copy.
  std::size_t max_text_bytes = 16 << 20;
  // Per option, the points of all rules added up without their signs; each
  // `score:` entry is also within -1,000,000..1,000,000 (docs/limits.md).
  long long max_total_points = 100000000;
  // The built-in layers (parsed at build time) were proven when ragft was
  // built: `ragft rules lint` and the tests prove them again; other commands
  // skip the reachability proof when no other layer is given.
  bool prove_builtin = false;
};

struct RulesLoad {
  std::optional<RuleSet> rules;          // set only when there is no error
  std::vector<Diagnostic> diagnostics;   // errors and warnings, in file order
  bool ok() const { return rules.has_value(); }
};

// Loads the layers in order: later layers add criteria, options and rules,
// replace rules with the same id, change criteria and disable rules.
RulesLoad load_rules(const std::vector<RuleSource>& layers, const RuleLimits& limits = {});


// The compiled-in rule files.
std::vector<RuleSource> builtin_rule_sources();

// After all layers and expressions: the model criteria name tiers that exist
// (and can be trained for fine_tune and hybrid); no criterion takes the name
// of a derived figure; notes whether rules read derived figures.
void check_cost_catalog(RuleSet& rules, const std::vector<RuleSource>& layers, std::vector<Diagnostic>& diags);

// Replaces {criterion_id} in a rule text with the answer as given, and
// {= expression} with its value as a number for people (1,000; 0.08; 29,000),
// "unknown" when it is missing. `slots` are the values of rules.variables():
// the criteria, then the cost figures.
std::string interpolate(const RuleSet& rules, const std::string& text, const expr::Slots& slots);

}  // namespace ragft
