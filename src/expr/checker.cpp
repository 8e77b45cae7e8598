// The type checker: every node typed against the declared criteria, errors
// with a suggestion where one helps, no cascades.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "expr/ast.h"
#include "ragft/diagnostic.h"

namespace ragft::expr {

Type type_of(TK t) {
  switch (t) {
    case TK::boolean: return Type::boolean;
    case TK::text: return Type::text;
    case TK::list: return Type::list;
    default: return Type::number;
  }
}

namespace {

// ---------------------------------------------------------------------------
// Type checker

TK tk_of(Type t) {
  switch (t) {
    case Type::number: return TK::number;
    case Type::boolean: return TK::boolean;
    case Type::text: return TK::text;
    case Type::list: return TK::list;
  }
  return TK::error;
}

std::string_view tk_name(TK t) {
  switch (t) {
    case TK::number: return type_name(Type::number);
    case TK::boolean: return type_name(Type::boolean);
    case TK::text: return type_name(Type::text);
    case TK::list: return type_name(Type::list);
    case TK::error: return "an unknown type";
  }
  return "";
}

std::string_view tk_plural(TK t) {
  switch (t) {
    case TK::number: return "numbers";
    case TK::boolean: return "yes/no values";
    case TK::text: return "texts";
    case TK::list: return "lists";
    case TK::error: return "values";
  }
  return "";
}

class Checker {
 public:
  Checker(Ast& ast, const std::vector<Variable>& vars, bool hints = true) : ast_(ast), vars_(vars), hints_(hints) {}

  void run(Type expected) {
    std::size_t root = ast_.root;
    TK t = check(root);
    const Node& n = ast_.nodes[root];
    if (t != TK::error && t != tk_of(expected)) {
      std::string message = expected == Type::boolean
                                ? fmt::format("a condition must be yes/no, not {}", tk_name(t))
                                : fmt::format("the expression must be {}, not {}", type_name(expected), tk_name(t));
      std::string hint;
      if (expected == Type::boolean && n.kind == NodeKind::ident) {
        const Variable* v = var(n.id);
        if (t == TK::number) hint = fmt::format("compare it, e.g. '{} > 0'", n.id);
        else if (t == TK::text && v && !v->choices.empty())
          hint = fmt::format("compare it, e.g. \"{} == {}\"", n.id, quote_text(v->choices.front()));
      }
      error(n.off, n.len, std::move(message), std::move(hint));
    }
    std::stable_sort(errors.begin(), errors.end(),
                     [](const Error& a, const Error& b) { return a.offset < b.offset; });
  }

  std::vector<Error> errors;

 private:
  void error(std::size_t off, std::size_t len, std::string message, std::string hint = {}) {
    errors.push_back(make_error(off, len, std::move(message), std::move(hint)));
  }

  // A linear search: an expression reads a few of a few dozen criteria, and
  // building an index per expression cost more than the searches.
  const Variable* var(const std::string& id) const {
    auto it = std::find_if(vars_.begin(), vars_.end(), [&](const Variable& v) { return v.id == id; });
    return it == vars_.end() ? nullptr : &*it;
  }

  void unknown(const std::string& id, std::size_t off, std::size_t len) {
    std::string hint;
    for (const auto& v : vars_) {
      if (std::find(v.choices.begin(), v.choices.end(), id) != v.choices.end()) {
        hint = fmt::format("a choice value must be quoted: {}", quote_text(id));
        break;
      }
    }
    if (hint.empty()) {
      std::string lower = id;
      for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      static const std::set<std::string> keywords{"and", "or", "not", "in", "true", "false", "yes", "no"};
      if (lower != id && keywords.count(lower)) hint = fmt::format("keywords are lower-case: '{}'", lower);
    }
    if (hint.empty() && hints_) {
      std::vector<std::string> ids;
      ids.reserve(vars_.size());
      for (const auto& v : vars_) ids.push_back(v.id);
      hint = did_you_mean(id, ids);
    }
    error(off, len, fmt::format("unknown criterion '{}'", id), hint);
  }

  // "'problem' (a text)" for a criterion, "a number" otherwise.
  std::string describe(std::size_t i) const {
    const Node& n = ast_.nodes[i];
    std::string what = n.type == TK::list
                           ? (n.elem == TK::error ? std::string("a list") : fmt::format("a list of {}", tk_plural(n.elem)))
                           : std::string(tk_name(n.type));
    if (n.kind == NodeKind::ident) return fmt::format("'{}' ({})", n.id, what);
    return what;
  }

  // A text literal compared with a choice criterion must be one of its choices.
  void check_choice(std::size_t var_node, std::size_t lit_node) {
    const Node& v = ast_.nodes[var_node];
    const Node& l = ast_.nodes[lit_node];
    if (v.kind != NodeKind::ident || l.kind != NodeKind::text) return;
    const Variable* var = this->var(v.id);
    if (!var || var->choices.empty()) return;
    const std::string& value = l.lit.text;
    if (std::find(var->choices.begin(), var->choices.end(), value) != var->choices.end()) return;
    std::string hint = hints_ ? did_you_mean(value, var->choices) : std::string();
    if (hint.empty() && hints_) {
      std::string all;
      for (const auto& c : var->choices) all += (all.empty() ? "" : ", ") + c;
      hint = "expected one of: " + all;
    }
    error(l.off, l.len, fmt::format("{} is not a value of '{}'", quote_text(value), v.id), hint);
  }

  TK check(std::size_t i) {
    TK t = check_node(i);
    ast_.nodes[i].type = t;
    return t;
  }

  TK check_node(std::size_t i) {
    Node& n = ast_.nodes[i];
    switch (n.kind) {
      case NodeKind::number: return TK::number;
      case NodeKind::text: return TK::text;
      case NodeKind::boolean: return TK::boolean;
      case NodeKind::list: {
        n.lit.kind = Value::Kind::list;
        n.lit.list.clear();
        TK elem = TK::error;
        for (std::size_t k = 0; k < n.kids.size(); ++k) {
          const Node& e = ast_.nodes[n.kids[k]];
          TK et = check(n.kids[k]);
          if (k == 0) elem = et;
          else if (et != elem)
            error(e.off, e.len, fmt::format("list elements must have the same type: expected {}, not {}",
                                            tk_name(elem), tk_name(et)));
          ast_.nodes[i].lit.list.push_back(e.lit);
        }
        ast_.nodes[i].elem = elem;
        return TK::list;
      }
      case NodeKind::ident:
      case NodeKind::answered: {
        const Variable* v = var(n.id);
        bool ident = n.kind == NodeKind::ident;
        if (!v) {
          unknown(n.id, ident ? n.off : n.op_off, ident ? n.len : n.op_len);
          return ident ? TK::error : TK::boolean;
        }
        n.var_type = v->type;
        n.slot = static_cast<std::size_t>(v - vars_.data());
        ast_.ids.push_back(n.id);
        return ident ? tk_of(v->type) : TK::boolean;
      }
      case NodeKind::neg: {
        std::size_t k = n.kids[0];
        TK t = check(k);
        if (t != TK::number && t != TK::error) operand_error(k, "'-' needs a number", t);
        return TK::number;
      }
      case NodeKind::not_: {
        std::size_t k = n.kids[0];
        TK t = check(k);
        if (t != TK::boolean && t != TK::error) operand_error(k, "'not' needs a yes/no operand", t);
        return TK::boolean;
      }
      case NodeKind::and_:
      case NodeKind::or_: {
        const char* what = n.kind == NodeKind::and_ ? "'and' needs yes/no operands" : "'or' needs yes/no operands";
        const std::vector<std::size_t> kids = n.kids;
        for (std::size_t k : kids) {
          TK t = check(k);
          if (t != TK::boolean && t != TK::error) operand_error(k, what, t);
        }
        return TK::boolean;
      }
      case NodeKind::sum:
      case NodeKind::product: {
        const std::vector<std::size_t> kids = n.kids;
        const std::vector<char> ops = n.ops;
        for (std::size_t k = 0; k < kids.size(); ++k) {
          TK t = check(kids[k]);
          char op = ops[k == 0 ? 1 : k];
          if (t != TK::number && t != TK::error) operand_error(kids[k], fmt::format("'{}' needs numbers", op), t);
        }
        return TK::number;
      }
      case NodeKind::cmp: {
        std::size_t a = n.kids[0], b = n.kids[1];
        CmpOp op = n.cmp;
        std::size_t off = n.off, len = n.len;
        std::string op_text = ast_.text.substr(n.op_off, n.op_len);
        TK l = check(a), r = check(b);
        if (op == CmpOp::eq || op == CmpOp::ne) {
          if (l == TK::error || r == TK::error) return TK::boolean;
          const Node& na = ast_.nodes[a];
          const Node& nb = ast_.nodes[b];
          bool same = l == r && (l != TK::list || na.elem == nb.elem || na.elem == TK::error || nb.elem == TK::error);
          if (!same) {
            error(off, len, fmt::format("cannot compare {} with {}", describe(a), describe(b)));
          } else if (l == TK::text) {
            check_choice(a, b);
            check_choice(b, a);
          }
        } else {
          if (l != TK::number && l != TK::error) operand_error(a, fmt::format("'{}' needs numbers", op_text), l);
          if (r != TK::number && r != TK::error) operand_error(b, fmt::format("'{}' needs numbers", op_text), r);
        }
        return TK::boolean;
      }
      case NodeKind::in: {
        std::size_t a = n.kids[0], b = n.kids[1];
        std::size_t off = n.off, len = n.len;
        std::string op_text = n.negated ? "not in" : "in";
        TK l = check(a), r = check(b);
        if (r == TK::error) return TK::boolean;
        if (r != TK::list) {
          const Node& nb = ast_.nodes[b];
          error(nb.ooff, nb.olen, fmt::format("'{}' needs a list on the right", op_text),
                fmt::format("e.g. {} [1, 2] or {} ['a', 'b']", op_text, op_text));
          return TK::boolean;
        }
        if (l == TK::error) return TK::boolean;
        TK elem = ast_.nodes[b].elem;
        if (elem != TK::error && elem != l) {
          error(off, len, fmt::format("cannot compare {} with {}", describe(a), describe(b)));
        } else if (l == TK::text && ast_.nodes[b].kind == NodeKind::list) {
          const std::vector<std::size_t> elems = ast_.nodes[b].kids;
          for (std::size_t e : elems) check_choice(a, e);
        }
        return TK::boolean;
      }
    }
    return TK::error;
  }

  void operand_error(std::size_t k, const std::string& what, TK got) {
    const Node& n = ast_.nodes[k];
    error(n.ooff, n.olen, fmt::format("{}, not {}", what, tk_name(got)));
  }

  Ast& ast_;
  const std::vector<Variable>& vars_;
  bool hints_ = true;  // compute "did you mean" suggestions
};

}  // namespace

std::vector<Error> check(Ast& ast, const std::vector<Variable>& vars, Type expected, bool hints) {
  Checker checker(ast, vars, hints);
  checker.run(expected);
  return std::move(checker.errors);
}

}  // namespace ragft::expr
