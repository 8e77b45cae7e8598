// Fuzz target: the expression language (lexer, parser, type checker,
// evaluator and breakpoint solver). The input's first byte picks the type the
// expression must have; the rest is the expression, compiled against the
// built-in criteria. A compiled expression is evaluated under an environment
// derived from the input, through both the by-name and the by-slot entry
// points, which must agree.
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

  // An environment derived from the input (FNV-1a), by name and by slot.
  std::uint64_t h = 1469598103934665603ull;
  for (std::size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 1099511628211ull;
  std::map<std::string, expr::Value> named;
  expr::Slots slots;
  for (const auto& v : vars) {
    h = (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull;
    expr::Value value = value_for(v, h >> 7);
    slots.push_back(value);
    if (!value.is_missing()) named[v.id] = value;
  }
  expr::Env env = [&](const std::string& id) -> expr::Value {
    auto it = named.find(id);
    return it == named.end() ? expr::Value{} : it->second;
  };

  expr::Evaluation by_name = expr::evaluate(e, env);
  expr::Evaluation by_slot = expr::evaluate(e, slots);
  // NaN never equals itself; compare its kind instead.
  bool both_nan = by_name.value.kind == expr::Value::Kind::number && by_slot.value.kind == expr::Value::Kind::number &&
                  std::isnan(by_name.value.number) && std::isnan(by_slot.value.number);
  fuzz::check(both_nan || by_name.value == by_slot.value);
  fuzz::check(by_name.conditions.size() == by_slot.conditions.size());
  for (std::size_t i = 0; i < by_name.conditions.size() && i < by_slot.conditions.size(); ++i)
    fuzz::check(by_name.conditions[i].held == by_slot.conditions[i].held &&
                by_name.conditions[i].missing == by_slot.conditions[i].missing);
  bool held = by_name.value.kind == expr::Value::Kind::boolean && by_name.value.boolean;
  fuzz::check(expr::holds(e, env) == held);
  fuzz::check(expr::holds(e, slots) == held);
  for (const auto& c : by_name.conditions) {
    fuzz::check(c.offset + c.length <= text.size());
    for (const auto& [id, v] : c.seen) (void)v.to_string();
  }
  (void)by_name.value.to_string();

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
