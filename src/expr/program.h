// The runner of the compiled program (see Code in ast.h), with the plain
// listener; program.cpp has the others and the entry points that run it,
// analysis.cpp runs it for the breakpoint solver.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "expr/ast.h"

namespace ragft::expr {

// ---------------------------------------------------------------------------
// The compiled program: running it
//
// One runner, three typed walks: truth() of a yes/no instruction (1 true, 0
// false, -1 an unanswered yes/no criterion), num() of a number (false when
// missing), ref() of a text or list (nullptr when missing); numbers travel as
// doubles, texts and lists by pointer, nothing is copied. A listener L sees
// what the run does at the instructions in a yes/no context and every
// criterion read (with kHooks), and says whether and/or stop at the operand
// that decides (kShortCircuit):
//   Plain    holds(): no hooks, short-circuit.
//   Filler   holds_filling(): stores every yes/no-context truth; no short-circuit.
//   Changed  holds_changed(): takes those truths for the instructions that do
//            not read the changed slot.
//   Tracer   evaluate(): records the conditions and their tree; no short-circuit.
// A listener has: bool skip(i, in, int& truth), enter(i, in),
// leave(i, in, truth), read(slot, value or nullptr, counts_as_missing).

struct Plain {
  static constexpr bool kHooks = false;
  static constexpr bool kShortCircuit = true;
  bool skip(std::size_t, const Instr&, int&) { return false; }
  void enter(std::size_t, const Instr&) {}
  void leave(std::size_t, const Instr&, int) {}
  void read(std::size_t, const Value*, bool) {}
};

template <class L>
class Runner {
 public:
  Runner(const Ast& ast, const Slots& slots, L& listener)
      : ast_(ast), prog_(ast.prog.data()), slots_(slots), listener_(listener) {}

  // The value of the whole expression.
  Value value() {
    switch (type_of(ast_.nodes[ast_.root].type)) {
      case Type::boolean: return Value::of_bool(truth(0) == 1);
      case Type::number: {
        double x = 0;
        return num(0, x) ? Value::of_number(x) : Value{};
      }
      default: {
        const Value* v = ref(0);
        return v ? *v : Value{};
      }
    }
  }
  bool holds() { return ast_.nodes[ast_.root].type == TK::boolean && truth(0) == 1; }

  int truth(std::size_t i) {
    if constexpr (L::kHooks) {
      const Instr& in = prog_[i];
      if (in.cond) {
        int t = 0;
        if (listener_.skip(i, in, t)) return t;
        listener_.enter(i, in);
        t = truth_of(i);
        listener_.leave(i, in, t);
        return t;
      }
    }
    return truth_of(i);
  }

  bool num(std::size_t i, double& out) {
    const Instr& in = prog_[i];
    switch (in.code) {
      case Code::number:
        out = in.number;
        return true;
      case Code::number_var: {
        const Value* v = read(in.slot, Type::number, true);
        if (!v) return false;
        out = v->number;
        return true;
      }
      case Code::neg:
        if (!num(i + 1, out)) return false;
        out = -out;
        return true;
      case Code::sum:
      case Code::product: {
        const std::vector<char>& ops = ast_.nodes[in.node].ops;
        double acc = 0;
        bool ok = true;
        std::size_t k = 0;
        for (std::size_t j = i + 1; j < in.end; j = prog_[j].end, ++k) {
          double x = 0;
          if (!num(j, x)) ok = false;
          if (!ok) {
            if (L::kShortCircuit) return false;
            continue;  // the other operands are still read, for the trace
          }
          if (k == 0) acc = x;
          else if (ops[k] == '+') acc += x;
          else if (ops[k] == '-') acc -= x;
          else if (ops[k] == '*') acc *= x;
          else if (x == 0) ok = false;  // division by zero
          else acc /= x;
          if (!std::isfinite(acc)) ok = false;
        }
        out = acc;
        return ok;
      }
      default:
        return false;
    }
  }

  const Value* ref(std::size_t i) {
    const Instr& in = prog_[i];
    if (in.code == Code::literal) return &ast_.nodes[in.node].lit;
    if (in.code == Code::ref_var) return read(in.slot, in.var_type, true);
    return nullptr;
  }

 private:
  // The slot's value when it is one of type `t` (a finite number for a
  // number), else nullptr: a value of another kind reads as missing.
  // `counts`: an unanswered criterion read here makes a false condition
  // "missing" (not so for answered()).
  const Value* read(std::size_t slot, Type t, bool counts) {
    const Value* v = slot < slots_.size() && of_type(slots_[slot], t) ? &slots_[slot] : nullptr;
    if constexpr (L::kHooks) listener_.read(slot, v, counts);
    return v;
  }

  int truth_of(std::size_t i) {
    const Instr& in = prog_[i];
    switch (in.code) {
      case Code::and_:
      case Code::or_: {
        const bool is_and = in.code == Code::and_;
        bool result = is_and;
        for (std::size_t k = i + 1; k < in.end; k = prog_[k].end) {
          if ((truth(k) == 1) == is_and) continue;
          result = !is_and;
          if (L::kShortCircuit) break;
        }
        return result ? 1 : 0;
      }
      case Code::not_:
        return truth(i + 1) == 1 ? 0 : 1;
      case Code::boolean:
        return static_cast<int>(in.slot);
      case Code::yesno: {
        const Value* v = read(in.slot, Type::boolean, true);
        return v ? (v->boolean ? 1 : 0) : -1;
      }
      case Code::answered:
        return read(in.slot, in.var_type, false) ? 1 : 0;
      case Code::number_cmp: {
        const Value* v = read(in.slot, Type::number, true);
        return v && compare_numbers(in.cmp, v->number, in.number) ? 1 : 0;
      }
      case Code::text_cmp: {
        const Value* v = read(in.slot, Type::text, true);
        if (!v) return 0;
        return (v->text == ast_.texts[in.text]) == (in.cmp == CmpOp::eq) ? 1 : 0;
      }
      case Code::text_in: {
        const Value* v = read(in.slot, Type::text, true);
        if (!v) return 0;
        const std::string* first = ast_.texts.data() + in.text;
        const bool found = std::find(first, first + in.count, v->text) != first + in.count;
        return found != in.negated ? 1 : 0;
      }
      case Code::cmp: return compare(i) ? 1 : 0;
      case Code::in: return contains(i) ? 1 : 0;
      default: return -1;
    }
  }

  // A comparison: false when either side is missing; texts, lists and
  // yes/no values are only equal or not.
  bool compare(std::size_t i) {
    const Instr& in = prog_[i];
    const std::size_t a = i + 1, b = prog_[a].end;
    switch (in.var_type) {
      case Type::number: {
        double x = 0, y = 0;
        const bool have_a = num(a, x);
        if (!have_a && L::kShortCircuit) return false;
        const bool have_b = num(b, y);
        return have_a && have_b && compare_numbers(in.cmp, x, y);  // as decimals
      }
      case Type::boolean: {
        const int x = truth(a), y = truth(b);
        if (x < 0 || y < 0) return false;
        return in.cmp == CmpOp::eq ? x == y : in.cmp == CmpOp::ne ? x != y : false;
      }
      default: {
        const Value* x = ref(a);
        if (!x && L::kShortCircuit) return false;
        const Value* y = ref(b);
        if (!x || !y) return false;
        return in.cmp == CmpOp::eq ? *x == *y : in.cmp == CmpOp::ne ? !(*x == *y) : false;
      }
    }
  }

  // `in`: false when the value or the list is missing; numbers compare as
  // decimals.
  bool contains(std::size_t i) {
    const Instr& in = prog_[i];
    const std::size_t a = i + 1, b = prog_[a].end;
    double x = 0;
    int t = -1;
    const Value* v = nullptr;
    const bool have = in.var_type == Type::number    ? num(a, x)
                      : in.var_type == Type::boolean ? (t = truth(a)) >= 0
                                                     : (v = ref(a)) != nullptr;
    if (!have && L::kShortCircuit) return false;
    const Value* list = ref(b);
    if (!have || !list || list->kind != Value::Kind::list) return false;
    const bool found = std::any_of(list->list.begin(), list->list.end(), [&](const Value& e) {
      switch (in.var_type) {
        case Type::number: return e.kind == Value::Kind::number && compare_numbers(CmpOp::eq, e.number, x);
        case Type::boolean: return e.kind == Value::Kind::boolean && e.boolean == (t == 1);
        default: return e == *v;
      }
    });
    return found != in.negated;
  }

  const Ast& ast_;
  const Instr* prog_;
  const Slots& slots_;
  L& listener_;
};

}  // namespace ragft::expr
