// Running the compiled program: evaluate() with its trace, holds(), and the
// filling and cached runs of "what would change the answer", each the one
// runner of program.h with its listener.
#include <algorithm>
#include <string>
#include <vector>

#include "expr/program.h"

namespace ragft::expr {

namespace {

// holds_filling(): the truth of every instruction in a yes/no context, in
// truths[i]; every operand of an and/or evaluated.
struct Filler {
  static constexpr bool kHooks = true;
  static constexpr bool kShortCircuit = false;
  signed char* truths;
  bool skip(std::size_t, const Instr&, int&) { return false; }
  void enter(std::size_t, const Instr&) {}
  void leave(std::size_t i, const Instr&, int t) { truths[i] = static_cast<signed char>(t); }
  void read(std::size_t, const Value*, bool) {}
};

// holds_changed(): the truths from a filling for the instructions that do
// not read slot `changed`.
struct Changed {
  static constexpr bool kHooks = true;
  static constexpr bool kShortCircuit = true;
  const Ast& ast;
  const signed char* truths;
  std::size_t changed;
  bool skip(std::size_t i, const Instr& in, int& t) {
    if ((in.reads >> (changed % 64) & 1) && (skeleton(in) || reads(in))) return false;
    t = truths[i];
    return true;
  }
  // Whether a leaf whose `reads` has the changed slot's bit reads that slot.
  bool reads(const Instr& in) const {
    switch (in.code) {
      case Code::yesno: case Code::answered: case Code::number_cmp: case Code::text_cmp: case Code::text_in:
        return in.slot == changed;
      default: {
        const std::vector<std::size_t>& r = ast.nodes[in.node].reads;
        return std::find(r.begin(), r.end(), changed) != r.end();
      }
    }
  }
  void enter(std::size_t, const Instr&) {}
  void leave(std::size_t, const Instr&, int) {}
  void read(std::size_t, const Value*, bool) {}
};

// evaluate(): every condition (a leaf in a yes/no context, but a yes/no
// literal) with the criteria it read, and the tree of and/or/not above them.
class Tracer {
 public:
  static constexpr bool kHooks = true;
  static constexpr bool kShortCircuit = false;
  Tracer(const Ast& ast, Evaluation& out) : ast_(ast), out_(out) {}

  bool skip(std::size_t, const Instr&, int&) { return false; }

  void enter(std::size_t, const Instr& in) {
    if (skeleton(in)) {
      const auto kind = in.code == Code::and_ ? ConditionNode::Kind::and_
                        : in.code == Code::or_ ? ConditionNode::Kind::or_
                                               : ConditionNode::Kind::not_;
      open_.push_back(out_.tree.size());
      out_.tree.push_back({kind, depth_++, false, 0});
      return;
    }
    if (in.code == Code::boolean) return;  // a literal is no condition
    out_.tree.push_back({ConditionNode::Kind::leaf, depth_, false, out_.conditions.size()});
    const Node& n = ast_.nodes[in.node];
    condition_ = Condition{};
    condition_.offset = n.off;
    condition_.length = n.len;
    condition_.text = ast_.text.substr(n.off, n.len);
    in_condition_ = true;
    missing_read_ = false;
  }

  void leave(std::size_t, const Instr& in, int t) {
    const bool held = t == 1;
    if (skeleton(in)) {
      --depth_;
      out_.tree[open_.back()].held = held;
      open_.pop_back();
      return;
    }
    if (in.code == Code::boolean) return;
    out_.tree.back().held = held;
    condition_.held = held;
    condition_.missing = !held && missing_read_;
    out_.conditions.push_back(std::move(condition_));
    in_condition_ = false;
  }

  void read(std::size_t slot, const Value* v, bool counts) {
    if (!in_condition_) return;
    if (counts && !v) missing_read_ = true;
    const std::string* id = nullptr;
    for (const auto& [s, name] : ast_.names)
      if (s == slot) id = &name;
    if (!id) return;
    for (const auto& seen : condition_.seen)
      if (seen.first == *id) return;
    condition_.seen.emplace_back(*id, v ? *v : Value{});
  }

 private:
  const Ast& ast_;
  Evaluation& out_;
  std::vector<std::size_t> open_;  // the tree nodes of the and/or/not being run
  int depth_ = 0;
  Condition condition_;
  bool in_condition_ = false;
  bool missing_read_ = false;  // an unanswered criterion was read in the condition
};

}  // namespace

Evaluation evaluate(const Expr& e, const Slots& slots) {
  Evaluation out;
  const Ast* ast = Access::ast(e);
  if (!ast) return out;
  Tracer tracer(*ast, out);
  out.value = Runner<Tracer>(*ast, slots, tracer).value();
  return out;
}

bool holds(const Expr& e, const Slots& slots) {
  const Ast* ast = Access::ast(e);
  if (!ast) return false;
  Plain plain;
  return Runner<Plain>(*ast, slots, plain).holds();
}

std::size_t node_count(const Expr& e) {
  const Ast* ast = yes_no(e);
  return ast ? ast->prog.size() : 0;
}

bool holds_filling(const Expr& e, const Slots& slots, signed char* truths) {
  const Ast* ast = yes_no(e);
  if (!ast) return false;
  Filler filler{truths};
  return Runner<Filler>(*ast, slots, filler).holds();
}

bool holds_changed(const Expr& e, const Slots& slots, const signed char* truths, std::size_t changed) {
  const Ast* ast = yes_no(e);
  if (!ast) return false;
  Changed cache{*ast, truths, changed};
  return Runner<Changed>(*ast, slots, cache).holds();
}

}  // namespace ragft::expr
