// The questionnaire of `ragft ask`, without any I/O: which criteria are asked
// given the answers so far (ask_when, the cost group with --detailed), where
// the user is ("3 of 9"), what a typed reply means (a value, `?`, `back`, a
// skip), the final summary with editing by number, and the answers as a
// Profile. The CLI reads lines and prints the strings rendered here.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "ragft/criterion.h"
#include "ragft/profile.h"
#include "ragft/terminal_text.h"
#include "ragft/ruleset.h"

namespace ragft {

struct QuestionnaireOptions {
  bool detailed = false;  // also ask the criteria of group "cost"
};

// Where a recorded answer came from.
enum class AnswerSource { asked, from_file, set, defaults };

// What one typed reply did.
struct Reply {
  enum class Kind {
    answered,  // a value was recorded and the walk moved on
    skipped,   // an optional question was left unanswered ("not sure")
    help,      // `text` is the help to show; the same question stays
    back,      // moved to the previous question (in an edit: back to the summary)
    invalid,   // `text` says why, `hint` what to type; the same question stays
    edit,      // from the summary: the question `text` is open again
    done,      // summary confirmed: the answers are final
  };
  Kind kind = Kind::invalid;
  std::string text;
  std::string hint;
  // answered: what was typed is not the value itself (a prefix, a choice's
  // number, 40k, Enter for the default), so the value is shown back.
  bool echo = false;
};

enum class Stage { question, summary, done };

// 1-based place of the current question among those the walk asks.
struct Position {
  int index = 0;  // 0 while changing an answer from the summary
  int total = 0;
};

// What pressing Enter on an empty line does for the current question.
struct Suggestion {
  std::optional<expr::Value> value;  // accepts this value
  bool skip = false;                 // leaves an optional question unanswered
};

struct SummaryLine {
  int number = 0;  // what the user types to change it
  const Criterion* criterion = nullptr;
  std::optional<expr::Value> value;  // nullopt: not answered
  bool skipped = false;              // "not sure" was chosen
  AnswerSource source = AnswerSource::asked;
};

class Questionnaire {
 public:
  explicit Questionnaire(const RuleSet& rules, QuestionnaireOptions options = {});
  const RuleSet& rules() const { return rules_; }

  // Pre-filling, before the walk: recorded answers are not asked again.
  void prefill(const std::string& id, const expr::Value& value, AnswerSource source);
  // --from: project, description and approach are kept; every answer is recorded.
  void prefill_profile(const Profile& profile);
  // The project's name for the verdict and the saved profile ("" for none).
  void set_project(std::string name) { base_.project = std::move(name); }
  const std::string& project() const { return base_.project; }
  // --defaults: every question with a default takes it; optional questions
  // without one are left unanswered. Questions without either are still asked.
  void accept_defaults();

  Stage stage() const;
  // The question to ask now, or nullptr outside Stage::question.
  const Criterion* current() const;
  Position position() const;
  bool editing() const { return editing_.has_value(); }
  bool can_go_back() const;
  Suggestion suggestion() const;
  // A reply to the current question: `?`/`help`, `back`/`b`, an empty line
  // (the suggestion), `skip`/`-`/`not sure` for optional questions, or a value:
  // a choice by number, id or unique prefix; a number such as 40k, 3M, 97%
  // (a trailing unit is allowed: "300 ms"); yes/no as y/n.
  Reply reply(std::string_view text);

  // The summary stage: every question that applies, numbered.
  std::vector<SummaryLine> summary() const;
  // Recorded answers to questions that do not apply given the other answers;
  // they are left out of the profile.
  std::vector<std::pair<const Criterion*, expr::Value>> left_out() const;
  // At the summary: an empty line or `done` confirms; a number (or an id)
  // changes that answer; `back` reopens the last question asked; `?` explains.
  Reply choose(std::string_view text);

  // The input ended: every question not reached takes its default, optional
  // ones stay unanswered, and the walk is over (see missing()).
  void end_of_input();
  // Questions that apply, are not optional, have no default and no answer.
  std::vector<const Criterion*> missing() const;

  // The answers that apply, as a profile (file left empty).
  Profile profile() const;
  // Optional questions that apply and were left unanswered, in question order.
  std::vector<std::string> skipped() const;

  // Whether criterion `c` applies (its ask_when holds) given the answers so far.
  bool applies(const Criterion& c) const;
  // The file given to prefill_profile(), or "".
  const std::string& from_file() const { return from_file_; }

 private:
  struct Entry {
    std::optional<expr::Value> value;  // nullopt: skipped
    AnswerSource source = AnswerSource::asked;
  };
  const RuleSet& rules_;
  QuestionnaireOptions options_;
  Profile base_;
  std::string from_file_;                      // the --from profile, for the summary
  std::map<std::string, Entry> entries_;       // settled questions
  std::vector<std::string> history_;           // asked in this walk, in order, for `back`
  std::map<std::string, expr::Value> remembered_;  // answers undone by `back`
  std::optional<std::string> editing_;
  bool confirmed_ = false;
  bool ended_ = false;

  bool askable(const Criterion& c) const;
  const Criterion* next_unsettled() const;
  // The answers so far, else the defaults, by slot (the criteria in order).
  expr::Slots slots() const;
  void record(const Criterion& c, std::optional<expr::Value> value);
  Reply go_back();
  std::optional<expr::Value> parse_choice(const Criterion& c, std::string_view text, Reply& err) const;
};

// Rendering for people: pure functions to strings, wrapped at style.width.
// The current question: "Question 3 of 9: ...", the hint, the numbered
// choices, what to type and what Enter does.
std::string render_question(const Questionnaire& q, const TextStyle& style);
// An invalid reply ("  error: ...", "  hint: ..."), help text, or the value
// an answer was read as ("  problem = behavior") when it was typed otherwise.
std::string render_reply(const Reply& r, const TextStyle& style);
// The help of a criterion: its help text, what is allowed, and when it is asked.
std::string criterion_help(const Criterion& c);
// The summary with its numbers, what was left out, and what to type.
std::string render_summary(const Questionnaire& q, const TextStyle& style);

// `ragft ask --list`: every question with its id, type, group, choices,
// default, bounds and condition ("schema": "ragft/questions/v1").
nlohmann::ordered_json questions_json(const RuleSet& rules);
std::string questions_text(const RuleSet& rules, const TextStyle& style);

}  // namespace ragft
