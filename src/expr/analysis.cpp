// What the conditions say beyond their truth, for "what would change the
// answer": the breakpoints of the number criteria (solved through + - * /),
// whether a truth is piecewise constant in a criterion, and which slots may
// still change a truth (sensitive_slots, could_change).
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "expr/program.h"

namespace ragft::expr {

namespace {

// ---------------------------------------------------------------------------
// Breakpoints

class Solver {
 public:
  Solver(const Ast& ast, const Slots& slots) : ast_(ast), run_(ast, slots, plain_) {}

  // Every criterion's breakpoints, by id, or (with `only`) that criterion's.
  void run(std::map<std::string, std::vector<double>>& out) {
    run([&](const std::string& id, double x) { out[id].push_back(x); });
  }
  void run(std::size_t only, std::vector<double>& out) {
    only_ = only;
    run([&](const std::string&, double x) { out.push_back(x); });
  }

 private:
  template <class Sink>
  void run(const Sink& sink) {
    for (const Node& n : ast_.nodes) {
      if (only_ != kAll && (!n.leaf || !(n.read_mask >> (only_ % 64) & 1) ||
                            std::find(n.reads.begin(), n.reads.end(), only_) == n.reads.end()))
        continue;
      if (n.kind == NodeKind::cmp) {
        std::size_t a = n.kids[0], b = n.kids[1];
        if (ast_.nodes[a].type != TK::number || ast_.nodes[b].type != TK::number) continue;
        count_.clear();
        count_ids(a, count_);
        count_ids(b, count_);
        for (const auto& [ident, c] : count_) {
          std::size_t slot = ident->slot;
          if (c != 1) continue;
          bool left = contains(a, slot);
          std::size_t side = left ? a : b, other = left ? b : a;
          const std::optional<double> target = number_of(other);
          if (!target) continue;
          if (auto x = solve(side, *target, slot)) sink(ident->id, *x);
        }
      } else if (n.kind == NodeKind::in) {
        std::size_t a = n.kids[0], b = n.kids[1];
        if (ast_.nodes[a].type != TK::number || ast_.nodes[b].elem != TK::number) continue;
        const Node& nb = ast_.nodes[b];
        const Value* list = nb.at == UINT32_MAX ? &nb.lit : run_.ref(nb.at);
        if (!list || list->kind != Value::Kind::list) continue;
        count_.clear();
        count_ids(a, count_);
        for (const auto& [ident, c] : count_) {
          std::size_t slot = ident->slot;
          if (c != 1) continue;
          for (const Value& e : list->list)
            if (e.kind == Value::Kind::number)
              if (auto x = solve(a, e.number, slot)) sink(ident->id, *x);
        }
      }
    }
  }

  // Number criteria read in the arithmetic subtree i (only_, unless kAll),
  // each by one of its identifier nodes, with how often: a few per
  // comparison, so a vector beats a map.
  using Counts = std::vector<std::pair<const Node*, int>>;
  void count_ids(std::size_t i, Counts& count) const {
    const Node& n = ast_.nodes[i];
    if (n.kind == NodeKind::ident && n.var_type == Type::number && (only_ == kAll || n.slot == only_)) {
      auto it = std::find_if(count.begin(), count.end(), [&](const auto& c) { return c.first->slot == n.slot; });
      if (it == count.end()) count.emplace_back(&n, 1);
      else ++it->second;
    }
    for (std::size_t k : n.kids) count_ids(k, count);
  }

  bool contains(std::size_t i, std::size_t slot) const {
    const Node& n = ast_.nodes[i];
    if (n.kind == NodeKind::ident) return n.slot == slot;
    return std::any_of(n.kids.begin(), n.kids.end(), [&](std::size_t k) { return contains(k, slot); });
  }

  // The value of the criterion in `slot` at which subtree i equals target.
  std::optional<double> solve(std::size_t i, double target, std::size_t slot) {
    if (!std::isfinite(target)) return std::nullopt;
    const Node& n = ast_.nodes[i];
    switch (n.kind) {
      case NodeKind::ident:
        if (n.slot == slot) return target;
        return std::nullopt;
      case NodeKind::neg:
        return solve(n.kids[0], -target, slot);
      case NodeKind::sum:
      case NodeKind::product: {
        bool sum = n.kind == NodeKind::sum;
        std::size_t at = n.kids.size();
        double rest = sum ? 0 : 1;
        for (std::size_t k = 0; k < n.kids.size(); ++k) {
          if (at == n.kids.size() && contains(n.kids[k], slot)) {
            at = k;
            continue;
          }
          const std::optional<double> v = number_of(n.kids[k]);
          if (!v) return std::nullopt;
          char op = n.ops[k];
          if (op == '+') rest += *v;
          else if (op == '-') rest -= *v;
          else if (op == '*') rest *= *v;
          else if (*v == 0) return std::nullopt;
          else rest /= *v;
        }
        if (at == n.kids.size() || !std::isfinite(rest)) return std::nullopt;
        char op = n.ops[at];
        double x = 0;
        if (op == '+') x = target - rest;
        else if (op == '-') x = rest - target;
        else if (op == '*') {
          if (rest == 0) return std::nullopt;
          x = target / rest;
        } else {
          if (rest == 0 || target == 0) return std::nullopt;
          x = rest / target;
        }
        if (!std::isfinite(x)) return std::nullopt;
        return solve(n.kids[at], x, slot);
      }
      default:
        return std::nullopt;
    }
  }

  // The value of number node i, if it has one; a node fused into its
  // comparison's instruction is a literal.
  std::optional<double> number_of(std::size_t i) {
    const Node& n = ast_.nodes[i];
    double x = 0;
    if (n.at == UINT32_MAX) return n.kind == NodeKind::number ? std::optional<double>(n.lit.number) : std::nullopt;
    return run_.num(n.at, x) ? std::optional<double>(x) : std::nullopt;
  }

  const Ast& ast_;
  Plain plain_;
  Runner<Plain> run_;
  static constexpr std::size_t kAll = static_cast<std::size_t>(-1);
  std::size_t only_ = kAll;  // solve for the criterion in this slot only, unless kAll
  // count_ids() of the comparison at hand: kept by the thread, so that the
  // solver, made afresh for every condition of every profile, allocates
  // nothing once warm.
  Counts& count_ = counts();
  static Counts& counts() {
    thread_local Counts c;
    return c;
  }
};

}  // namespace

namespace {

// sensitive_slots(): a leaf changes with any slot it reads. An `and` that
// holds stops holding when any operand changes; one that does not hold
// starts only when every false operand changes with the same slot. `or` is
// the same with true and false swapped; `not` changes when its operand does.
struct Sensitivity {
  bool holds = false;
  std::uint64_t slots = 0;  // bit i: slot i (all bits for a slot past 63)
};

Sensitivity sensitive_slots(const Instr* ops, std::size_t i, const signed char* truths) {
  const Instr& op = ops[i];
  if (op.code == Code::not_) {
    Sensitivity s = sensitive_slots(ops, i + 1, truths);
    s.holds = !s.holds;
    return s;
  }
  if (op.code != Code::and_ && op.code != Code::or_) return {truths[i] == 1, op.wide ? ~std::uint64_t{0} : op.reads};
  // The operand truth that decides: false for and, true for or.
  const bool decides = op.code == Code::or_;
  std::uint64_t any = 0, every = ~std::uint64_t{0};
  bool decided = false;
  for (std::size_t k = i + 1; k < op.end; k = ops[k].end) {
    Sensitivity kid = sensitive_slots(ops, k, truths);
    any |= kid.slots;
    if (kid.holds == decides) {
      every &= kid.slots;
      decided = true;
    }
  }
  return decided ? Sensitivity{decides, every} : Sensitivity{!decides, any};
}

// could_change(): whether some values of the slots in `open` (taken
// together) may change the truth of node i, the other leaves keeping theirs:
// a leaf may when it reads one of them; an `and` holds fixed as soon as one
// operand is fixed false, an `or` as soon as one is fixed true.
struct Openness {
  bool holds = false;
  bool open = false;
};

Openness openness(const Instr* ops, std::size_t i, const signed char* truths, std::uint64_t open) {
  const Instr& op = ops[i];
  if (op.code == Code::not_) {
    Openness o = openness(ops, i + 1, truths, open);
    o.holds = !o.holds;
    return o;
  }
  if (op.code != Code::and_ && op.code != Code::or_)
    return {truths[i] == 1, op.wide || (op.reads & open) != 0};
  const bool decides = op.code == Code::or_;
  bool any_open = false;
  for (std::size_t k = i + 1; k < op.end; k = ops[k].end) {
    Openness kid = openness(ops, k, truths, open);
    if (!kid.open && kid.holds == decides) return {decides, false};
    any_open = any_open || kid.open;
  }
  return {!decides, any_open};
}

}  // namespace

bool could_change(const Expr& e, const signed char* truths, std::uint64_t open) {
  const Ast* ast = yes_no(e);
  if (!ast || open == 0) return false;
  return openness(ast->prog.data(), 0, truths, open).open;
}

std::uint64_t sensitive_slots(const Expr& e, const signed char* truths) {
  const Ast* ast = yes_no(e);
  if (!ast) return 0;
  return sensitive_slots(ast->prog.data(), 0, truths).slots;
}

void breakpoints(const Expr& e, const Slots& slots, std::map<std::string, std::vector<double>>& out) {
  const Ast* ast = Access::ast(e);
  if (!ast) return;
  Solver(*ast, slots).run(out);
}

void breakpoints(const Expr& e, const Slots& slots, std::size_t slot, std::vector<double>& out) {
  const Ast* ast = Access::ast(e);
  if (!ast) return;
  Solver(*ast, slots).run(slot, out);
}

bool piecewise_constant_in(const Expr& e, std::string_view id) {
  const Ast* ast = Access::ast(e);
  if (!ast) return true;
  std::function<std::size_t(std::size_t)> count = [&](std::size_t i) {
    const Node& n = ast->nodes[i];
    std::size_t c = n.kind == NodeKind::ident && n.id == id ? 1 : 0;
    for (std::size_t k : n.kids) c += count(k);
    return c;
  };
  for (const Node& n : ast->nodes) {
    if ((n.kind == NodeKind::cmp || n.kind == NodeKind::in) && count(static_cast<std::size_t>(&n - ast->nodes.data())) > 1)
      return false;
    if (n.kind == NodeKind::product)
      for (std::size_t k = 1; k < n.kids.size(); ++k)
        if (n.ops[k] == '/' && count(n.kids[k]) > 0) return false;
  }
  return true;
}

bool breakpoints_constant(const Expr& e) {
  const Ast* ast = Access::ast(e);
  if (!ast) return true;
  // A comparison is a leaf, and a leaf knows the criteria it reads.
  return std::none_of(ast->nodes.begin(), ast->nodes.end(), [](const Node& n) {
    return (n.kind == NodeKind::cmp || n.kind == NodeKind::in) && n.reads.size() > 1;
  });
}

}  // namespace ragft::expr
