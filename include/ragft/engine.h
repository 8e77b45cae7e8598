// The evaluation: a profile's answers through the rules to a recommendation,
// with the reasons, warnings, exclusions, assumptions, an optional per-rule
// trace, and what single change of answer would change the recommendation.
#pragma once
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/expr.h"
#include "ragft/profile.h"
#include "ragft/ruleset.h"

namespace ragft {

using Answers = std::map<std::string, expr::Value>;  // only the answers given

struct Reason {
  std::string rule, effect, text, source;
};

struct Warning {
  std::string rule;
  Severity severity = Severity::warning;
  std::string text, source;
  std::vector<std::string> about;  // empty: concerns every option
  bool concerns(std::string_view option) const {
    return about.empty() || std::find(about.begin(), about.end(), option) != about.end();
  }
};

struct Exclusion {
  std::string option, rule, reason;
};

struct Assumption {
  std::string criterion;
  expr::Value value;  // the default, or missing when nothing was assumed
};

struct RuleTrace {
  std::string rule;
  bool enabled = true;
  bool fired = false;
  std::vector<expr::Condition> conditions;
  std::vector<expr::ConditionNode> tree;  // the conditions under their and / or / not
  std::string effect;  // what firing does (effect_summary)
};

struct WouldChange {
  std::string criterion;
  std::string condition;       // "< 500", ">= 0.9", "= 'knowledge'", "= yes"
  expr::Value value;           // a concrete value that does it
  std::string recommendation;  // what it becomes
  std::string trap{};          // an error-level rule warning about it after the change, or ""
};

// What to do next: an action for the recommendation, or a prerequisite
// that a gate holds back an option for, with the answer that lifts it.
struct NextStep {
  std::string text;
  std::string criterion;  // the answer that unlocks `unlocks`; "" for an action
  std::string target;     // ">= 1000", "= yes", ...
  std::string unlocks;    // the option held back
  std::string rule, source;
};

// The bare decision, cheap to compute many times.
struct Decision {
  std::string recommendation;  // an option id, or "none" when no option fits
  std::string confidence;      // high, medium, low
  std::string confidence_reason;  // why it is not high ("" when it is)
  std::string decided_by;      // the decide rule, if one fired
  int decided_rule = -1;       // its index in the rule set, -1 when points decided
  std::vector<int> scores;     // per option, in option order
  std::vector<bool> excluded;  // per option
};

struct Result {
  std::string file;
  int document = 0;
  std::string project;
  std::optional<std::string> approach;
  Answers given;  // the answers the profile gave (after --set)
  Decision decision;
  std::vector<Reason> reasons;
  std::vector<Warning> warnings;
  std::vector<Exclusion> excluded;
  std::vector<Assumption> assumed;
  std::vector<WouldChange> would_change;
  std::vector<NextStep> next_steps;
  std::vector<RuleTrace> trace;  // only with EvalOptions::trace
  std::optional<CostEstimate> cost;  // ragft/cost.h; none when the rules have no cost catalog
};

struct EvalOptions {
  bool trace = false;
  bool would_change = true;
};

class Engine {
 public:
  // What would change the answer tries at most this many values per numeric
  // criterion, the nearest to the current answer first (docs/limits.md).
  static constexpr std::size_t kMaxTrialsPerCriterion = 64;

  explicit Engine(const RuleSet& rules);
  const RuleSet& rules() const { return rules_; }

  Decision decide(const Answers& given) const;
  Result evaluate(const Profile& profile, const EvalOptions& options = {}) const;
  // The profile's answers with --set overrides applied.
  static Answers answers_of(const Profile& profile);

 private:
  // A rule's effects with option names resolved to indices.
  struct Effects {
    int decide = -1;             // option index
    bool decide_none = false;    // decide: none
    std::vector<std::pair<std::size_t, int>> score;
    std::vector<std::size_t> exclude;
  };
  const RuleSet& rules_;
  std::vector<Effects> effects_;                   // per rule
  std::vector<std::string> reason_effects_;        // per rule: its effect_summary() without the warning
  std::vector<std::size_t> error_rules_;           // enabled rules that warn at error level
  std::vector<expr::Value> defaults_;              // per variable: the criterion's default, or missing
  std::vector<std::vector<std::size_t>> readers_;  // per variable: the enabled rules whose condition reads it
  std::vector<std::size_t> cost_readers_;          // enabled rules that read a derived cost figure
  std::vector<std::vector<expr::Value>> answer_values_;  // per choice or yes/no criterion: its answers, in the order tried
  std::vector<int> cost_inputs_;                   // per cost_input_ids(): its criterion's slot, or -1
  std::vector<int> cost_input_of_;                 // per criterion: its index in cost_input_ids(), or -1
  std::vector<std::size_t> read_figures_;          // the derived figures some rule reads (index past criteria_)
  // Per criterion: the slots of the figures of read_figures_ it may move
  // (all bits past 63), and whether there is one; per rule: the slots of
  // the figures it reads.
  std::vector<std::uint64_t> figure_bits_;
  std::vector<char> moves_figures_;
  std::vector<std::uint64_t> rule_figures_;
  std::vector<std::vector<std::size_t>> trial_rules_;  // per criterion moving figures: the rules reading it or one of them
  std::size_t criteria_ = 0;                       // variables [0, criteria_) are criteria, the rest derived
  std::vector<std::string> derived_ids_;           // the derived cost figures' ids, from slot criteria_ on
  // What would change the answer: the values numeric criteria are compared
  // with, found once from the rules whose comparisons read one criterion
  // each; the rules whose breakpoints depend on other answers are solved per
  // profile.
  std::vector<std::vector<double>> static_points_;      // per criterion, sorted, unique
  std::vector<std::vector<double>> static_candidates_;  // per criterion: the values tried around them
  std::vector<std::vector<std::size_t>> varying_points_;  // per criterion: the rules reading it whose breakpoints vary
  // Per criterion: every rule reading it changes truth only at its
  // breakpoints (expr::piecewise_constant_in), so two values between the
  // same two breakpoints give the same answer and one of them is tried
  // (not when the trial derives the cost figures again: they move between
  // breakpoints).
  std::vector<char> piecewise_constant_;
  std::vector<std::size_t> decide_rules_;               // enabled rules with `decide`, in order
  std::vector<std::vector<std::size_t>> reads_;         // per rule: the criteria its condition reads
  std::vector<std::vector<std::size_t>> excluders_;     // per option: the enabled rules that exclude it
  std::vector<std::size_t> leaf_offsets_;               // per rule: where its leaf truths start (expr::holds_filling)
  std::size_t leaf_total_ = 0;
  // Per rule: 1 when its text, step or unlock target has a {placeholder}, 2
  // when one of them is an {= expression} that reads a cost figure.
  std::vector<char> placeholders_;

  // The values of every variable (criteria, then derived figures) by slot.
  expr::Slots slots(const Answers& given) const;
  expr::Slots answer_slots(const Answers& given) const;  // the figures left unknown
  void derive(expr::Slots& slots) const;
  void derive(expr::Slots& slots, const CostInputs& inputs) const;  // from these inputs
  void derive(expr::Slots& slots, const CostEstimate& estimate) const;  // from this estimate
  void set_figure(expr::Slots& slots, std::size_t figure, double value) const;
  CostInputs cost_inputs(const expr::Slots& slots) const;
  // `leaves`: every enabled rule's leaf truths under `slots`
  // (expr::holds_filling, at leaf_offsets_), or null: computed where needed.
  Decision tally(const std::vector<char>& fired, const expr::Slots& slots, const Answers& given,
                 const signed char* leaves = nullptr) const;
  // How sure the decision is, and why not more (docs/rules.md, "Confidence").
  void rate(Decision& d, int winner, int decided, const std::vector<char>& fired, const expr::Slots& slots,
            const Answers& given, const signed char* leaves) const;
  // The next steps: actions for the recommendation, then the prerequisites
  // of the options that gates hold back.
  // `text_slots`: what texts read (see interpolate()).
  std::vector<NextStep> next_steps(const Decision& d, const std::vector<char>& fired,
                                   const expr::Slots& text_slots) const;
  // Adds (sign 1) or takes off (-1) rule's points and exclusions.
  void count(std::size_t rule, int sign, std::vector<int>& scores, std::vector<int>& exclusions) const;
  // The first decide rule that fired and whose option no rule excluded
  // (an exclusion wins over a decide rule), or -1.
  int decider(const std::vector<char>& fired, const std::vector<int>& exclusions) const;
  // The winning option's index (-1: none): the first decide rule that fired,
  // else the best score among the options no rule excluded, the first on a tie.
  int pick(const std::vector<char>& fired, const std::vector<int>& scores, const std::vector<int>& exclusions) const;
  // Candidate values for a numeric criterion around each breakpoint, into out.
  static void numeric_candidates(const Criterion& c, const std::vector<double>& points, std::vector<double>& out);
  // False when no truth of the rules in `open` (the others keeping theirs)
  // can make another option than `winner` win: a sound bound that spares
  // the trials of a criterion that cannot change the answer. `work`: its
  // scratch space, kept by the caller across calls.
  bool could_change(const std::vector<std::size_t>& open, const std::vector<char>& fired,
                    const std::vector<int>& scores, const std::vector<int>& exclusions, int winner,
                    std::vector<int>& work) const;
  // The first error-level rule among `fired` that warns about `option`
  // (an index; -1: none), or "".
  std::string error_trap(int option, const std::vector<char>& fired) const;
  // `slots`: the profile's (taken: the trials change them in place);
  // `leaves`: the leaf truths of every enabled rule under them, or empty
  // (then computed here); `inputs`: the profile's cost inputs (its
  // estimate's), which a trial that moves the figures changes one of.
  std::vector<WouldChange> would_change(expr::Slots slots, const std::vector<char>& base_fired,
                                        std::vector<signed char> leaves, const CostInputs& inputs) const;
};

}  // namespace ragft
