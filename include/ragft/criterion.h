// A criterion: one question ragft asks, its type, its allowed values and its
// default; and the parsing of answers given as text ("40k", "97%", "y").
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/diagnostic.h"
#include "ragft/lexical.h"
#include "ragft/expr.h"

namespace ragft {

enum class CriterionType { choice, integer, number, fraction, yesno };
std::string_view criterion_type_name(CriterionType t);  // "choice", "integer", ...
std::optional<CriterionType> parse_criterion_type(std::string_view s);

struct Choice {
  std::string id;
  std::string label;
};

struct Criterion {
  std::string id;
  CriterionType type = CriterionType::number;
  std::string question;
  std::string hint;
  std::string help;
  std::string unit;
  std::string group = "core";            // "core" or "cost"
  std::vector<Choice> choices;           // for choice
  std::optional<expr::Value> default_value;
  bool optional = false;
  std::optional<double> min, max, above; // numeric bounds (above is exclusive)
  std::optional<expr::Expr> ask_when;    // the question applies only when this holds
  Origin origin;

  expr::Variable variable() const;
  const Choice* choice(std::string_view id) const;
  std::vector<std::string> choice_ids() const;
  bool numeric() const;
  // What is allowed, for messages: "one of: knowledge, behavior, both",
  // "a whole number >= 0", "a fraction from 0 to 1 (0.97 or 97%)", "yes or no".
  std::string allowed() const;
};

// The outcome of parsing one answer: a value, or why not.
struct ParsedAnswer {
  std::optional<expr::Value> value;
  std::string error;  // e.g. "'lots' is not a number for 'calls_per_day'"
  std::string hint;   // e.g. "expected a whole number >= 0, such as 40000 or 40k"
};

// Parses an answer given as text (a profile scalar, --set, or a typed answer).
// Numbers accept 40000, 40k, 3M, 2B, 4e4, 40_000, 40,000 and, for fractions,
// 97%. Yes/no accepts yes/no/true/false/y/n. A choice accepts its id exactly.
ParsedAnswer parse_answer(const Criterion& c, std::string_view text);


// Prints a value as a profile would hold it: 40000, 0.97, format, yes.
std::string format_answer(const Criterion& c, const expr::Value& v);

}  // namespace ragft
