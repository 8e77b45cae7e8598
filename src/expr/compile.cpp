// compile(): the stages in order (parse, check), then the program built from
// the checked AST; and what an Expr says about itself.
#include <algorithm>
#include <exception>
#include <functional>

#include <fmt/format.h>

#include "expr/ast.h"

namespace ragft::expr {

const std::string& Expr::text() const {
  static const std::string empty;
  return ast_ ? ast_->text : empty;
}

std::vector<std::string> Expr::identifiers() const { return ast_ ? ast_->ids : std::vector<std::string>{}; }

std::optional<Value> Expr::constant_value() const {
  if (!ast_ || !ast_->ids.empty()) return std::nullopt;
  return evaluate(*this, Slots{}).value;
}

namespace {

// ---------------------------------------------------------------------------
// The compiled program: building it

// Appends node i and its operands to ast.prog; `cond` when it stands in a
// yes/no context.
void emit(Ast& ast, std::size_t i, bool cond) {
  const Node& n = ast.nodes[i];
  const std::size_t at = ast.prog.size();
  ast.prog.emplace_back();
  ast.nodes[i].at = static_cast<std::uint32_t>(at);
  Instr in;
  in.node = static_cast<std::uint32_t>(i);
  in.cond = cond;
  bool operands = true;  // emit the operands after it
  auto add_text = [&](const std::string& t) {
    ast.texts.push_back(t);
    return static_cast<std::uint32_t>(ast.texts.size() - 1);
  };
  auto var_of = [&](std::size_t k, Type t) -> const Node* {
    const Node& x = ast.nodes[k];
    return x.kind == NodeKind::ident && x.var_type == t ? &x : nullptr;
  };
  switch (n.kind) {
    case NodeKind::and_: in.code = Code::and_; break;
    case NodeKind::or_: in.code = Code::or_; break;
    case NodeKind::not_: in.code = Code::not_; break;
    case NodeKind::neg: in.code = Code::neg; break;
    case NodeKind::sum: in.code = Code::sum; break;
    case NodeKind::product: in.code = Code::product; break;
    case NodeKind::number:
      in.code = Code::number;
      in.number = n.lit.number;
      break;
    case NodeKind::text:
    case NodeKind::list:
      in.code = Code::literal;
      break;
    case NodeKind::boolean:
      in.code = Code::boolean;
      in.slot = n.lit.boolean ? 1 : 0;
      break;
    case NodeKind::ident:
      in.code = n.var_type == Type::boolean ? Code::yesno : n.var_type == Type::number ? Code::number_var : Code::ref_var;
      in.slot = static_cast<std::uint32_t>(n.slot);
      in.var_type = n.var_type;
      break;
    case NodeKind::answered:
      in.code = Code::answered;
      in.slot = static_cast<std::uint32_t>(n.slot);
      in.var_type = n.var_type;
      break;
    case NodeKind::cmp: {
      in.code = Code::cmp;
      in.cmp = n.cmp;
      in.var_type = type_of(ast.nodes[n.kids[0]].type);
      const Node& a = ast.nodes[n.kids[0]];
      const Node& b = ast.nodes[n.kids[1]];
      // The criterion on either side; the other side a literal.
      const bool left = a.kind == NodeKind::ident;
      const Node* id = left ? &a : &b;
      const Node& lit = left ? b : a;
      const std::size_t id_at = left ? n.kids[0] : n.kids[1];
      if (a.type == TK::number && b.type == TK::number && var_of(id_at, Type::number) &&
          lit.kind == NodeKind::number) {
        // `1000 > x` is `x < 1000`.
        static constexpr CmpOp kMirror[] = {CmpOp::eq, CmpOp::ne, CmpOp::gt, CmpOp::ge, CmpOp::lt, CmpOp::le};
        in.code = Code::number_cmp;
        in.slot = static_cast<std::uint32_t>(id->slot);
        in.cmp = left ? n.cmp : kMirror[static_cast<int>(n.cmp)];
        in.number = lit.lit.number;
        operands = false;
      } else if (a.type == TK::text && b.type == TK::text && (n.cmp == CmpOp::eq || n.cmp == CmpOp::ne) &&
                 var_of(id_at, Type::text) && lit.kind == NodeKind::text) {
        in.code = Code::text_cmp;
        in.slot = static_cast<std::uint32_t>(id->slot);
        in.text = add_text(lit.lit.text);
        operands = false;
      }
      break;
    }
    case NodeKind::in: {
      in.code = Code::in;
      in.negated = n.negated;
      in.var_type = type_of(ast.nodes[n.kids[0]].type);
      const Node* id = var_of(n.kids[0], Type::text);
      const Node& list = ast.nodes[n.kids[1]];
      const bool texts = list.kind == NodeKind::list && list.lit.list.size() <= UINT16_MAX &&
                         std::all_of(list.lit.list.begin(), list.lit.list.end(),
                                     [](const Value& v) { return v.kind == Value::Kind::text; });
      if (id && texts) {
        in.code = Code::text_in;
        in.slot = static_cast<std::uint32_t>(id->slot);
        in.text = static_cast<std::uint32_t>(ast.texts.size());
        in.count = static_cast<std::uint16_t>(list.lit.list.size());
        for (const Value& v : list.lit.list) add_text(v.text);
        operands = false;
      }
      break;
    }
  }
  const bool is_skeleton = cond && skeleton(in);
  if (operands && n.kind != NodeKind::list) {
    const std::vector<std::size_t> kids = n.kids;  // emit() may not hold references into the nodes
    for (std::size_t k : kids) {
      const std::size_t kid = ast.prog.size();
      emit(ast, k, is_skeleton);
      if (is_skeleton) {
        in.reads |= ast.prog[kid].reads;
        in.wide = in.wide || ast.prog[kid].wide;
      }
    }
  }
  if (cond && !is_skeleton) {
    for (std::size_t slot : ast.nodes[i].reads) {
      in.reads |= std::uint64_t{1} << (slot % 64);
      if (slot >= 64) in.wide = true;
    }
  }
  in.end = static_cast<std::uint32_t>(ast.prog.size());
  ast.prog[at] = in;
}

}  // namespace

CompileResult compile(std::string_view text, const std::vector<Variable>& vars, Type expected, const Limits& limits) {
  CompileResult result;
  try {
    if (text.size() > limits.max_length) {
      result.errors.push_back(make_error(limits.max_length, text.size() - limits.max_length,
                                         fmt::format("expression is longer than {} bytes", limits.max_length),
                                         "split it into several rules"));
      return result;
    }
    auto ast = std::make_shared<Ast>();
    ast->text = std::string(text);
    if (std::optional<Error> error = parse(*ast, limits.max_depth)) {
      result.errors.push_back(std::move(*error));
      return result;
    }
    result.errors = check(*ast, vars, expected, limits.hints);
    if (!result.errors.empty()) return result;
    std::sort(ast->ids.begin(), ast->ids.end());
    ast->ids.erase(std::unique(ast->ids.begin(), ast->ids.end()), ast->ids.end());
    // What each yes/no leaf reads, for evaluation with a cache of leaves.
    std::function<void(std::size_t, std::vector<std::size_t>&)> collect = [&](std::size_t i,
                                                                             std::vector<std::size_t>& out) {
      const Node& n = ast->nodes[i];
      if ((n.kind == NodeKind::ident || n.kind == NodeKind::answered) &&
          std::find(out.begin(), out.end(), n.slot) == out.end())
        out.push_back(n.slot);
      for (std::size_t k : n.kids) collect(k, out);
    };
    for (std::size_t i = 0; i < ast->nodes.size(); ++i) {
      if (!is_leaf(ast->nodes[i])) continue;
      ast->nodes[i].leaf = true;
      std::vector<std::size_t> reads;
      collect(i, reads);
      for (std::size_t slot : reads) ast->nodes[i].read_mask |= std::uint64_t{1} << (slot % 64);
      ast->nodes[i].reads = std::move(reads);
    }
    for (const Node& n : ast->nodes) {
      if (n.kind != NodeKind::ident && n.kind != NodeKind::answered) continue;
      bool known = std::any_of(ast->names.begin(), ast->names.end(), [&](const auto& p) { return p.first == n.slot; });
      if (!known) ast->names.emplace_back(n.slot, n.id);
    }
    emit(*ast, ast->root, ast->nodes[ast->root].type == TK::boolean);
    result.expr = Access::make(std::move(ast));
  } catch (const std::exception& e) {
    result.expr.reset();
    result.errors.push_back(make_error(0, text.size(), fmt::format("cannot compile the expression: {}", e.what())));
  }
  return result;
}

}  // namespace ragft::expr
