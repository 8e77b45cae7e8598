// The expression language of rule conditions (`when:`). Small, typed, without
// side effects, and always terminating: an expression is parsed and checked
// against the declared criteria once, at load, and then evaluated per profile.
//
//   labeled_examples >= 1k and problem in ['behavior', 'both']
//   calls_per_day * 365 > 1M or not answered(prompt_quality)
//
// Literals: numbers (12, 1.5, 1e6, 40k, 3M, 2B, 97%, 40_000), strings ('a' or
// "a"), true/false (also yes/no), lists ([1, 2], ['a', 'b']).
// Operators, loosest first: or; and; not; == != < <= > >= in, not in (also
// the symbols ≤ ≥ ≠); + -; * /; unary -. Parentheses. One function:
// answered(criterion_id). Identifiers are criterion ids.
//
// Missing answers: arithmetic with a missing value is missing; a comparison,
// `in`, or a bare yes/no criterion with a missing value is false and its
// Condition is marked `missing`. Division by zero gives missing, never a trap.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ragft::expr {

enum class Type : std::uint8_t { number, boolean, text, list };
std::string_view type_name(Type t);  // "a number", "yes/no", "a text", "a list"

// A criterion as expressions see it.
struct Variable {
  std::string id;
  Type type = Type::number;           // integer, number, fraction -> number; yes/no -> boolean; choice -> text
  std::vector<std::string> choices;   // for a choice: its allowed values; empty for free text
};

struct Value {
  enum class Kind { missing, number, boolean, text, list };
  Kind kind = Kind::missing;
  double number = 0;
  bool boolean = false;
  std::string text;
  std::vector<Value> list;

  static Value missing_value() { return {}; }
  static Value of_number(double d);
  static Value of_bool(bool b);
  static Value of_text(std::string s);
  bool is_missing() const { return kind == Kind::missing; }
  // For traces: 2000, 0.97, 'format', true, ['a', 'b'], "not answered".
  std::string to_string() const;
  friend bool operator==(const Value&, const Value&);
};

// Formats a number the way ragft prints numbers everywhere: integers without a
// decimal point (40000), others with up to 6 significant digits (0.97, 1.5e+07
// only beyond 1e15).
std::string format_number(double d);

// A problem found while compiling, located by byte offset in the expression.
struct Error {
  std::size_t offset = 0;
  std::size_t length = 1;
  std::string message;  // see tests/expr_test.cpp for the exact texts
  std::string hint;     // e.g. "did you mean 'labeled_examples'?", may be ""
};

struct Ast;  // private

class Expr {
 public:
  const std::string& text() const;
  // The criterion ids the expression reads, sorted, unique.
  std::vector<std::string> identifiers() const;
  // True when the expression has no identifiers and is constant.
  std::optional<Value> constant_value() const;

 private:
  friend struct Access;
  std::shared_ptr<const Ast> ast_;
};

struct Limits {
  std::size_t max_length = 4096;  // bytes
  int max_depth = 64;             // nesting of operators and parentheses
  // Suggestions ("did you mean") for unknown names and choices; off when the
  // errors will only be counted, as each costs a search of the candidates.
  bool hints = true;
};

struct CompileResult {
  std::optional<Expr> expr;   // set when errors is empty
  std::vector<Error> errors;  // all errors found (parsing stops at the first syntax error)
};

// Parses and type-checks `text`. `expected` is the type the whole expression
// must have (conditions are boolean).
CompileResult compile(std::string_view text, const std::vector<Variable>& vars,
                      Type expected = Type::boolean, const Limits& limits = {});

// The values an expression reads, by slot: slots[i] is the value of vars[i]
// of the `vars` it was compiled against; Value{} (missing) when unanswered,
// and missing past the end. A value of another kind than its criterion's (or
// a number that is not finite) reads as missing.
using Slots = std::vector<Value>;

// One condition of an evaluated expression: a comparison, an `in`, an
// answered(), or a bare yes/no criterion.
struct Condition {
  std::size_t offset = 0, length = 0;  // span in the expression text
  std::string text;                    // that span
  std::vector<std::pair<std::string, Value>> seen;  // each criterion it read, and the value
  bool held = false;
  bool missing = false;  // false because an answer it needed was missing
};

// A yes/no expression as its tree, node by node in pre-order: `and`, `or`
// and `not` with the truth they gave, and the leaves, each an index into
// Evaluation::conditions. `depth`: 0 for the root, its operands 1, ...
struct ConditionNode {
  enum class Kind { and_, or_, not_, leaf };
  Kind kind = Kind::leaf;
  int depth = 0;
  bool held = false;
  std::size_t condition = 0;  // leaf: its index in `conditions`
};

struct Evaluation {
  Value value;                        // the expression's value
  std::vector<Condition> conditions;  // every condition, in source order (no short-circuit)
  std::vector<ConditionNode> tree;    // the same conditions under their and / or / not
};

// Every evaluation runs the expression's one compiled program; these say
// what the run records.
//
// The value, with the trace `explain` shows: every condition, in source
// order, and the and/or/not tree above them (no short-circuit).
Evaluation evaluate(const Expr& e, const Slots& slots);
// Only the truth: true when the value is yes/no true. What the engine runs
// per profile; it stops an and/or at the operand that decides.
bool holds(const Expr& e, const Slots& slots);
// For many evaluations that differ in one slot ("what would change the
// answer"), on a yes/no expression: holds_filling() is holds() that also
// stores the three-state truth of every node in its yes/no skeleton (its
// and, or and not, and its leaves: a comparison, an `in`, an answered(), a
// yes/no criterion) in truths[0, node_count(e)), every operand evaluated;
// holds_changed() is holds() on slots that differ from those only in slot
// `changed`, running only the nodes that read it. node_count() is the size
// of the program (0 for an expression that is not yes/no).
std::size_t node_count(const Expr& e);
bool holds_filling(const Expr& e, const Slots& slots, signed char* truths);
bool holds_changed(const Expr& e, const Slots& slots, const signed char* truths, std::size_t changed);
// The slots whose value alone may change the truth of `e`, the other leaves
// keeping their truth in `truths` (from holds_filling()): bit i for slot i,
// and every bit when a leaf that may change it reads a slot past 63. A
// bound for "what would change the answer": a rule whose truth cannot change
// with a criterion is not evaluated again when that criterion is tried.
std::uint64_t sensitive_slots(const Expr& e, const signed char* truths);
// Whether some values of the slots in `open` (bit i: slot i), taken
// together, may change the truth of `e`, the leaves that read none of them
// keeping their truth in `truths`: what an answer not given could still do.
bool could_change(const Expr& e, const signed char* truths, std::uint64_t open);

// For "what would change the answer": for every comparison in `e` in which one
// side reads number criterion `id` (once) and everything else evaluates to a
// number under `slots`, the value of `id` at which the two sides are equal,
// solved through + - * / (e.g. `calls_per_day * 365 > 1M` gives
// calls_per_day: 2739.73). Appends to out[id]; unsorted, may repeat.
void breakpoints(const Expr& e, const Slots& slots, std::map<std::string, std::vector<double>>& out);
// The same for the criterion in `slot` only, appended to out.
void breakpoints(const Expr& e, const Slots& slots, std::size_t slot, std::vector<double>& out);
// True when breakpoints() of `e` are the same under every environment: every
// comparison in it reads at most one criterion, so the engine can compute
// them once when it is built instead of once per profile.
bool breakpoints_constant(const Expr& e);
// True when, with every other criterion fixed, the truth of `e` can change
// only where number criterion `id` crosses a breakpoint: each comparison that
// reads `id` reads it once, and never under the right-hand side of a '/'
// (where the value jumps at 0 without a breakpoint).
bool piecewise_constant_in(const Expr& e, std::string_view id);

}  // namespace ragft::expr
