// Filling in the placeholders of rule texts: {criterion} gives the answer,
// {= expression} a number, both written for people (2,000,000; 0.08).
#include "ragft/ruleset.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ragft/terminal_text.h"

namespace ragft {

namespace {

// A number for people: whole numbers with thousands separators (29,000),
// others with up to three decimals and no trailing zeros (0.08, 2.5).
std::string human_number(double d) {
  if (!std::isfinite(d)) return "unknown";
  double r = std::round(d);
  if (std::fabs(d - r) < 0.0005 * std::max(1.0, std::fabs(d)) || std::fabs(d) >= 1e5) {
    if (std::fabs(r) >= 1e15) return expr::format_number(r);
    std::string out;
    append_grouped(out, static_cast<long long>(r));
    return out;
  }
  std::string s = fmt::format("{:.3f}", d);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

std::string interpolate(const RuleSet& rules, const std::string& text, const expr::Slots& slots) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('{', i);
    if (open == std::string::npos) break;
    std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string_view inside = std::string_view(text).substr(open + 1, close - open - 1);
    out += text.substr(i, open - i);
    if (!inside.empty() && inside[0] == '=') {
      auto it = rules.text_exprs.find(inside.substr(1));
      if (it != rules.text_exprs.end()) {
        expr::Value v = expr::evaluate(it->second, slots).value;
        out += v.kind == expr::Value::Kind::number ? human_number(v.number) : std::string("unknown");
      } else {
        out += text.substr(open, close - open + 1);
      }
    } else if (int ci = rules.criterion_index(inside); ci >= 0) {
      // Numbers for people: 2,000,000 calls a day, not 2000000.
      const auto slot = static_cast<std::size_t>(ci);
      const Criterion* c = &rules.criteria[slot];
      const expr::Value v = slot < slots.size() ? slots[slot] : expr::Value{};
      out += v.kind == expr::Value::Kind::number ? human_number(v.number) : format_answer(*c, v);
    } else {
      out += text.substr(open, close - open + 1);
    }
    i = close + 1;
  }
  out += text.substr(i);
  return out;
}

}  // namespace ragft
