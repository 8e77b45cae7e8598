// Criteria: types, allowed values, and the parsing of answers given as text.
#include "ragft/criterion.h"
#include "ragft/lexical.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "ragft/safe_text.h"

namespace ragft {

std::string_view criterion_type_name(CriterionType t) {
  switch (t) {
    case CriterionType::choice: return "choice";
    case CriterionType::integer: return "integer";
    case CriterionType::number: return "number";
    case CriterionType::fraction: return "fraction";
    case CriterionType::yesno: return "yesno";
  }
  return "number";
}

std::optional<CriterionType> parse_criterion_type(std::string_view s) {
  for (auto t : {CriterionType::choice, CriterionType::integer, CriterionType::number,
                 CriterionType::fraction, CriterionType::yesno})
    if (criterion_type_name(t) == s) return t;
  return std::nullopt;
}

expr::Variable Criterion::variable() const {
  expr::Variable v;
  v.id = id;
  switch (type) {
    case CriterionType::choice:
      v.type = expr::Type::text;
      v.choices = choice_ids();
      break;
    case CriterionType::yesno: v.type = expr::Type::boolean; break;
    default: v.type = expr::Type::number; break;
  }
  return v;
}

const Choice* Criterion::choice(std::string_view cid) const {
  for (const auto& c : choices)
    if (c.id == cid) return &c;
  return nullptr;
}

std::vector<std::string> Criterion::choice_ids() const {
  std::vector<std::string> ids;
  for (const auto& c : choices) ids.push_back(c.id);
  return ids;
}

bool Criterion::numeric() const {
  return type == CriterionType::integer || type == CriterionType::number ||
         type == CriterionType::fraction;
}

namespace {

// A typical value for a hint: the default when it says something, else one
// that fits the unit, else one that fits the type; always inside the range.
double example_value(const Criterion& c) {
  double v = c.type == CriterionType::integer ? 2000 : 40000;
  if (c.default_value && c.default_value->kind == expr::Value::Kind::number && c.default_value->number > 0) {
    v = c.default_value->number;
  } else {
    // Units of the default criteria; a unit of another rule file keeps the type's value.
    static const std::pair<std::string_view, double> by_unit[] = {
        {"ms", 500},           {"seconds", 2},      {"minutes", 2},   {"hours", 8},   {"days", 30},
        {"months", 12},        {"years", 3},        {"USD/call", 0.002}, {"USD/hour", 50}, {"USD/month", 500},
        {"USD", 5000},         {"tokens", 1000},    {"examples", 2000},  {"calls/day", 40000}};
    for (const auto& [unit, value] : by_unit)
      if (c.unit == unit) v = value;
  }
  if (c.max && v > *c.max) v = *c.max;
  if (c.min && v < *c.min) v = *c.min;
  if (c.above && v <= *c.above) v = *c.above + 1;
  if (c.type == CriterionType::integer) v = std::floor(v);
  return v;
}

// "12", "0.002", "2000 or 2k", "40000, 40k or 4e4": the value as typed, and
// the short forms only where they are the natural way to write it.
std::string example_values(const Criterion& c) {
  double v = example_value(c);
  std::vector<std::string> forms{expr::format_number(v)};
  for (auto [scale, suffix] : {std::pair{1e9, "B"}, std::pair{1e6, "M"}, std::pair{1e3, "k"}})
    if (v >= scale && std::fmod(v, scale / 10) == 0) {
      forms.push_back(expr::format_number(v / scale) + suffix);
      break;
    }
  if (v >= 1e4) {
    int exponent = static_cast<int>(std::floor(std::log10(v)));
    double mantissa = v / std::pow(10.0, exponent);
    if (mantissa == std::floor(mantissa)) forms.push_back(fmt::format("{}e{}", mantissa, exponent));
  }
  std::string out;
  for (std::size_t i = 0; i < forms.size(); ++i)
    out += (i == 0 ? "" : i + 1 == forms.size() ? " or " : ", ") + forms[i];
  return out;
}

}  // namespace

std::string Criterion::allowed() const {
  auto bounds = [&]() {
    std::vector<std::string> parts;
    if (above) parts.push_back("> " + expr::format_number(*above));
    if (min) parts.push_back(">= " + expr::format_number(*min));
    if (max) parts.push_back("<= " + expr::format_number(*max));
    std::string s;
    for (const auto& p : parts) s += (s.empty() ? " " : " and ") + p;
    return s;
  };
  switch (type) {
    case CriterionType::choice: {
      std::string s = "one of: ";
      for (std::size_t i = 0; i < choices.size(); ++i) s += (i ? ", " : "") + choices[i].id;
      return s;
    }
    case CriterionType::integer: return "a whole number" + bounds() + ", such as " + example_values(*this);
    case CriterionType::number: return "a number" + bounds() + ", such as " + example_values(*this);
    case CriterionType::fraction: return "a fraction from 0 to 1, such as 0.97 or 97%";
    case CriterionType::yesno: return "yes or no";
  }
  return {};
}

namespace {

}  // namespace

ParsedAnswer parse_answer(const Criterion& c, std::string_view raw) {
  std::string_view text = trim(raw);
  ParsedAnswer out;
  switch (c.type) {
    case CriterionType::choice: {
      if (c.choice(text)) {
        out.value = expr::Value::of_text(std::string(text));
        return out;
      }
      out.error = fmt::format("'{}' is not a value of '{}'", text, c.id);
      std::string close = closest_match(ascii_lower(text), c.choice_ids());
      out.hint = close.empty() ? "expected " + c.allowed()
                               : fmt::format("did you mean '{}'? expected {}", close, c.allowed());
      return out;
    }
    case CriterionType::yesno: {
      std::string l = ascii_lower(text);
      if (l == "yes" || l == "true" || l == "y") out.value = expr::Value::of_bool(true);
      else if (l == "no" || l == "false" || l == "n") out.value = expr::Value::of_bool(false);
      else {
        out.error = fmt::format("'{}' is not yes or no for '{}'", text, c.id);
        out.hint = "expected yes or no (also true/false)";
      }
      return out;
    }
    default: break;
  }
  bool too_large = false;
  auto number = parse_human_number(text, &too_large);
  if (!number && too_large) {
    out.error = fmt::format("'{}' is too large a number for '{}'", text, c.id);
    out.hint = "expected " + c.allowed();
    return out;
  }
  if (!number) {
    std::string_view kind = c.type == CriterionType::integer ? "a whole number"
                            : c.type == CriterionType::fraction ? "a fraction" : "a number";
    out.error = fmt::format("'{}' is not {} for '{}'", text, kind, c.id);
    out.hint = "expected " + c.allowed();
    return out;
  }
  // 40% is 0.4 only where a share is asked: a count or a price in percent
  // is a slip (calls_per_day: 40% is not 0.4 calls a day).
  if (c.type != CriterionType::fraction && text.back() == '%') {
    out.error = fmt::format("'{}' is a percentage, but '{}' is {}{}, not a fraction", text, c.id,
                            c.type == CriterionType::integer ? "a whole number" : "a number",
                            c.unit.empty() ? "" : " of " + c.unit);
    out.hint = "expected " + c.allowed();
    return out;
  }
  double v = *number;
  if (c.type == CriterionType::integer && std::floor(v) != v) {
    out.error = fmt::format("'{}' is not a whole number for '{}'", text, c.id);
    out.hint = "expected " + c.allowed();
    return out;
  }
  // Beyond 2^53 a double no longer holds every whole number: a count there
  // is not exact (99999999999999999999999999 read as 1e26).
  constexpr double kMaxExactInteger = 9007199254740992.0;
  if (c.type == CriterionType::integer && std::fabs(v) > kMaxExactInteger) {
    out.error = fmt::format("'{}' is too large a count for '{}'", text, c.id);
    out.hint = "a whole number up to 9007199254740992 (2^53)";
    return out;
  }
  if (c.type == CriterionType::fraction && (v < 0 || v > 1)) {
    out.error = fmt::format("{} is outside 0..1 for '{}'", text, c.id);
    // 97 for 97%; a text that already ends in '%' is past 100% itself.
    bool percent = !text.empty() && text.back() == '%';
    out.hint = v > 1 && v <= 100 && !percent ? fmt::format("did you mean {}%? expected {}", text, c.allowed())
                                             : "expected " + c.allowed();
    return out;
  }
  auto range_error = [&](std::string_view rel, double bound) {
    out.error = fmt::format("{} is out of range for '{}': it must be {} {}", text, c.id, rel,
                            expr::format_number(bound));
    out.hint = "expected " + c.allowed();
  };
  if (c.above && !(v > *c.above)) range_error(">", *c.above);
  else if (c.min && v < *c.min) range_error(">=", *c.min);
  else if (c.max && v > *c.max) range_error("<=", *c.max);
  else out.value = expr::Value::of_number(v);
  return out;
}

std::string format_answer(const Criterion& c, const expr::Value& v) {
  switch (v.kind) {
    case expr::Value::Kind::missing: return "not answered";
    case expr::Value::Kind::boolean: return v.boolean ? "yes" : "no";
    case expr::Value::Kind::text: return v.text;
    case expr::Value::Kind::number: return expr::format_number(v.number);
    case expr::Value::Kind::list: return v.to_string();
  }
  (void)c;
  return {};
}

}  // namespace ragft
