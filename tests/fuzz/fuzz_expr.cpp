// Fuzz target: the expression language (lexer, parser, type checker,
// evaluator and breakpoint solver). The input's first byte picks the type the
// expression must have; the rest is the expression, compiled against the
// built-in criteria. A compiled expression is evaluated under values derived
// from the input, traced and untraced, which must agree, and again with the
// slots padded to all the criteria, which must change nothing.
#include <cmath>
#include <map>

#include "fuzz_common.h"
#include "ragft/expr.h"

namespace {

using namespace ragft;

// A value for `v`, or missing, chosen by `pick`.
expr::Value value_for(const expr::Variable& v, std::uint64_t pick) {
  if (pick % 5 == 0) return {};
  switch (v.type) {
    case expr::Type::number: {
      static const double numbers[] = {0, 1, -1, 0.5, 0.97, 2, 99, 100, 499, 500, 1000, 40000, 1e6, 1e15, 1e300, -1e300};
      return expr::Value::of_number(numbers[pick % (sizeof numbers / sizeof numbers[0])]);
    }
    case expr::Type::boolean: return expr::Value::of_bool(pick % 2 == 0);
    case expr::Type::text:
      if (!v.choices.empty()) return expr::Value::of_text(v.choices[pick % v.choices.size()]);
      return expr::Value::of_text(pick % 2 ? "" : "it's a text");
    case expr::Type::list: return {};
  }
  return {};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const RuleSet& rules = fuzz::builtin_rules();
  static const std::vector<expr::Variable> vars = rules.variables();
  static const expr::Type types[] = {expr::Type::boolean, expr::Type::number, expr::Type::text, expr::Type::list};
  expr::Type expected = types[data[0] % 4];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  expr::CompileResult compiled = expr::compile(text, vars, expected);
  fuzz::check(compiled.expr.has_value() == compiled.errors.empty());
  for (const auto& e : compiled.errors) {
    fuzz::check(!e.message.empty());
    fuzz::check(e.offset <= text.size());
  }
  if (!compiled.expr) return 0;
  const expr::Expr& e = *compiled.expr;
  fuzz::check(e.text() == text);
  auto declared = [&](const std::string& id) {
    for (const auto& v : vars)
      if (v.id == id) return true;
    return false;
  };
  for (const auto& id : e.identifiers()) fuzz::check(declared(id));
  (void)e.constant_value();

  // Values derived from the input (FNV-1a), by slot; the trailing missing
  // ones left off, as the slots past the end read as missing.
  std::uint64_t h = 1469598103934665603ull;
  for (std::size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 1099511628211ull;
  expr::Slots padded;
  for (const auto& v : vars) {
    h = (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull;
    padded.push_back(value_for(v, h >> 7));
  }
  expr::Slots slots = padded;
  while (!slots.empty() && slots.back().is_missing()) slots.pop_back();

  expr::Evaluation traced = expr::evaluate(e, slots);
  expr::Evaluation again = expr::evaluate(e, padded);
  // NaN never equals itself; compare its kind instead.
  bool both_nan = traced.value.kind == expr::Value::Kind::number && again.value.kind == expr::Value::Kind::number &&
                  std::isnan(traced.value.number) && std::isnan(again.value.number);
  fuzz::check(both_nan || traced.value == again.value);
  fuzz::check(traced.conditions.size() == again.conditions.size());
  for (std::size_t i = 0; i < traced.conditions.size() && i < again.conditions.size(); ++i)
    fuzz::check(traced.conditions[i].held == again.conditions[i].held &&
                traced.conditions[i].missing == again.conditions[i].missing &&
                traced.conditions[i].seen.size() == again.conditions[i].seen.size());
  std::size_t leaves_in_tree = 0;
  for (const auto& n : traced.tree) {
    if (n.kind != expr::ConditionNode::Kind::leaf) continue;
    fuzz::check(n.condition == leaves_in_tree++);
    fuzz::check(n.held == traced.conditions[n.condition].held);
  }
  fuzz::check(leaves_in_tree == traced.conditions.size());
  bool held = traced.value.kind == expr::Value::Kind::boolean && traced.value.boolean;
  fuzz::check(expr::holds(e, slots) == held);
  fuzz::check(expr::holds(e, padded) == held);
  for (const auto& c : traced.conditions) {
    fuzz::check(c.offset + c.length <= text.size());
    for (const auto& [id, v] : c.seen) (void)v.to_string();
  }
  (void)traced.value.to_string();

  // With every leaf cached, re-evaluating "after a change" of a slot that did
  // not change gives the same truth.
  std::vector<signed char> leaves(expr::node_count(e), 0);
  fuzz::check(expr::holds_filling(e, slots, leaves.data()) == held);
  for (std::size_t k = 0; k < slots.size(); ++k) fuzz::check(expr::holds_changed(e, slots, leaves.data(), k) == held);

  std::map<std::string, std::vector<double>> points;
  expr::breakpoints(e, slots, points);
  for (const auto& [id, values] : points) {
    fuzz::check(declared(id));
    for (double p : values) (void)expr::format_number(p);
  }
  return 0;
}
