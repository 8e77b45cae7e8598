// The CI gate (`ragft check`): does a proposal's approach hold up against the
// facts it states? Each proposal is evaluated like a profile and judged:
//
//   it fails when
//     - its approach is neither the recommendation nor a close alternative;
//     - a rule raises an error-severity warning that concerns its approach
//       (Warning::about is empty or names it);
//     - it leaves out an answer the rules need: a criterion with neither a
//       default nor `optional: true` (and whose ask_when, if any, holds), and
//       `problem` always. Leaving answers out is never the easy way through;
//   and with --strict also when a warning-severity warning concerns it, or
//   when the verdict is at low confidence (the finding says which answers
//   would settle it).
//
//   A close alternative is an approach that is not excluded, scores within
//   settings.close_margin points of the recommendation (RuleSet::settings,
//   tunable in rule files), while no `decide` rule fired: a decide rule fixes
//   the answer, and then only the decided option passes.
//
// Waivers suppress the findings of one rule on one proposal; a suppressed
// finding is still reported, it just does not fail. An expired waiver no
// longer applies (a waiver holds up to and including its `expires` date) and
// is itself reported; so is a waiver that matches no finding. Invalid input is
// reported by the loaders (proposal.h) and makes the run exit 2.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ragft/check_spool.h"
#include "ragft/diagnostic.h"
#include "ragft/engine.h"
#include "ragft/proposal.h"
#include "ragft/ruleset.h"

namespace ragft {

// ragft's own finding ids; rule ids never contain '/'.
inline constexpr const char* kWaiverExpired = "ragft/waiver-expired";
inline constexpr const char* kWaiverUnused = "ragft/waiver-unused";
inline constexpr const char* kInvalidInput = "ragft/invalid-input";
inline constexpr const char* kMissingAnswer = "ragft/missing-answer";
inline constexpr const char* kLowConfidence = "ragft/low-confidence";

enum class FindingKind {
  not_recommended,  // the approach is not accepted by the decision
  warning,          // a rule's warning concerns the approach
  waiver_expired,
  waiver_unused,
  missing_answer,  // an answer the rules need is left out
  low_confidence,  // the verdict is at low confidence
};

// One reason a proposal may fail, in one line, with the rule behind it and
// where in the file it applies.
struct Finding {
  FindingKind kind = FindingKind::warning;
  std::string rule;      // a rule id, or one of the ragft/ ids above
  std::string source;    // the rule's source (its citation); "" for ragft/ ids
  Severity severity = Severity::error;
  std::string message;   // one line: why
  SourcePos pos;         // the line of `approach`, of the answer that matters, or of the waiver
  int length = 1;        // bytes to underline from pos.col
  std::string source_line;
  int waiver = -1;     // >= 0: suppressed by ProposalCheck::waivers[waiver]
  bool fails = false;  // counts against the proposal (an error, or a warning with --strict; not suppressed)

  bool suppressed() const { return waiver >= 0; }
};

enum class Verdict {
  recommended,  // the approach is the recommendation
  close,        // a close alternative (see above)
  rejected,     // neither
};

struct ProposalCheck {
  std::string file;
  int document = 0;
  std::string project;
  std::string approach;
  SourcePos approach_pos;
  Result result;                // the evaluation of the proposal's answers
  Verdict verdict = Verdict::rejected;
  int behind = 0;               // points the approach scores below the recommendation (0 if not below)
  std::vector<Waiver> waivers;  // the proposal's, in file order
  std::vector<Finding> findings;
  std::vector<std::string> missing;  // the answers the rules need that it leaves out, in criterion order
  bool passed = false;
};

// The answers `rules` need that `profile` leaves out (after --set), in
// criterion order: `problem` when the rules have it, and every criterion
// with neither a default nor `optional: true` whose ask_when holds.
std::vector<std::string> missing_answers(const RuleSet& rules, const Profile& profile);

struct CheckOptions {
  bool strict = false;  // warning-severity findings fail too
  Date today;           // for waiver expiry
};

// Judges one proposal. `sets` (--set) override its answers first.
ProposalCheck check_proposal(const Engine& engine, const Proposal& proposal, const CheckOptions& options,
                             const std::vector<std::pair<std::string, expr::Value>>& sets = {});

// A whole run: what the renderers (check_report.h) print.
struct CheckReport {
  CheckOptions options;
  std::vector<std::string> rule_layers;  // RuleSet::layers, for the tool description
  // The proposals and the problems of every invalid input, spooled to a
  // temporary file past the first few hundred (check_spool.h): memory does
  // not grow with them. Add proposals with add(), which keeps the counts.
  Spool<ProposalCheck> proposals;
  Spool<Diagnostic> invalid;
  std::vector<Skip> skipped;
  int invalid_files = 0;
  // No proposal was checked (every file skipped or empty) and --allow-empty
  // was not given: an error, since nothing checked is not a pass.
  bool nothing_checked = false;
  std::string nothing_checked_reason;  // "nothing checked: no proposal file in 'docs/adr/' (...)"

  void add(const ProposalCheck& p);
  int passed() const { return passed_; }
  int failed() const { return static_cast<int>(proposals.size()) - passed_; }
  // 0 every proposal passed, 1 one failed, 2 invalid input or nothing
  // checked (wins over 1).
  int exit_code() const;

 private:
  int passed_ = 0;
};

}  // namespace ragft
