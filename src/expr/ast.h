// The expression language's private parts, shared by its stages (lexer.cpp,
// parser.cpp, checker.cpp, compile.cpp, program.cpp, analysis.cpp): the AST,
// its compiled program, and the helpers every stage uses.
//
// The pipeline is text -> tokens -> AST (nodes in one vector, children by
// index, every node with its byte span) -> checked AST -> program -> values.
// Every recursive walk is bounded by the AST depth, which the parser bounds:
// chains of the same operator (a and b and c, 1 + 2 - 3) are one n-ary node,
// and every parenthesis, list bracket and prefix operator counts one level
// against Limits::max_depth.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ragft/expr.h"

namespace ragft::expr {

enum class NodeKind : std::uint8_t { number, text, boolean, list, ident, answered, neg, not_, and_, or_, sum, product, cmp, in };
enum class CmpOp : std::uint8_t { eq, ne, lt, le, gt, ge };
inline bool compare_numbers(CmpOp op, double x, double y) {
  // Numbers compare as decimals: two values that differ only by binary
  // rounding (0.90 - 0.82 is 0.08000000000000007) are equal. Answers and
  // literals carry far fewer than 12 significant digits, so a true
  // difference is never this small.
  if (x != y && std::fabs(x - y) <= 1e-12 * std::max(std::fabs(x), std::fabs(y))) y = x;
  switch (op) {
    case CmpOp::eq: return x == y;
    case CmpOp::ne: return x != y;
    case CmpOp::lt: return x < y;
    case CmpOp::le: return x <= y;
    case CmpOp::gt: return x > y;
    case CmpOp::ge: return x >= y;
  }
  return false;
}
// Whether `v` is a value of a criterion of type `t`: anything else (another
// kind, a number that is not finite) reads as missing.
inline bool of_type(const Value& v, Type t) {
  switch (t) {
    case Type::number: return v.kind == Value::Kind::number && std::isfinite(v.number);
    case Type::boolean: return v.kind == Value::Kind::boolean;
    case Type::text: return v.kind == Value::Kind::text;
    case Type::list: return v.kind == Value::Kind::list;
  }
  return false;
}
// 'a text' with \\ and \' escaped, as in the language (value.cpp).
std::string quote_text(std::string_view s);
// An Error at this span (lexer.cpp).
Error make_error(std::size_t off, std::size_t len, std::string message, std::string hint = {});

// The checked type of a node; `error` after a reported error (no cascades),
// and as a list's element type when the list is empty (matches anything).
enum class TK : std::uint8_t { number, boolean, text, list, error };

// What the breakpoint solver reads comes first; the rest is for the
// compiler, messages and the checker.
struct Node {
  NodeKind kind = NodeKind::number;
  TK type = TK::error;    // set by the checker
  TK elem = TK::error;    // lists: element type
  CmpOp cmp = CmpOp::eq;
  bool negated = false;  // `not in`
  bool leaf = false;     // is_leaf(), set when compiled
  Type var_type = Type::number;    // ident, answered: the criterion's type
  std::size_t slot = 0;            // ident, answered: the index of the criterion in `vars`
  std::uint32_t at = UINT32_MAX;   // its instruction in the program; none inside a fused one
  std::uint64_t read_mask = 0;     // bit (slot % 64) for each of `reads`: a quick "does not read"
  std::vector<std::size_t> kids;
  std::vector<std::size_t> reads;  // yes/no leaves (see is_leaf): the slots read in the subtree
  std::vector<char> ops;  // sum: '+'/'-' per kid, product: '*'/'/' per kid (first is '+'/'*')
  Value lit;              // literals; a list's element values
  std::string id;         // ident, answered
  std::size_t off = 0, len = 0;        // the node itself
  std::size_t ooff = 0, olen = 0;      // with the parentheses around it, if any
  std::size_t op_off = 0, op_len = 0;  // cmp / in: the operator token
};

// The nodes that are one condition where they stand in a yes/no context:
// everything yes/no except and, or and not.
inline bool is_leaf(const Node& n) {
  return n.type == TK::boolean && n.kind != NodeKind::and_ && n.kind != NodeKind::or_ && n.kind != NodeKind::not_;
}

// The compiled program: every node of the AST as one instruction, in
// pre-order, each instruction's operands from the next one to its `end`
// (each ending at its own `end`). Every evaluation runs it: holds(),
// evaluate() with its trace, the trials of "what would change the answer",
// the breakpoint solver. Instructions in a yes/no context (`cond`: the root
// when it is yes/no, and the operands of an and/or/not there) are the nodes
// the runner reports to its listener; each is either part of the and/or/not
// skeleton or one condition (a leaf). The shapes rules mostly use are fused
// into one instruction: a number criterion compared with a number, a text
// criterion == or != a text or (not) in a list of texts. 40 bytes an
// instruction, next to each other.
enum class Code : std::uint8_t {
  // yes/no: truth()
  and_, or_, not_,  // the skeleton in a yes/no context; the value of a yes/no operand elsewhere
  boolean,          // a yes/no literal: `slot` is 1 or 0
  yesno,            // a yes/no criterion in `slot`
  answered,         // answered(criterion in `slot`, of type `var_type`)
  cmp,              // its two operands, both of type `var_type`, compared with `cmp`
  in,               // its operand of type `var_type` (not) in the list that follows
  number_cmp,       // fused: the number criterion in `slot` `cmp` `number`
  text_cmp,         // fused: the text criterion in `slot` == or != texts[text]
  text_in,          // fused: the text criterion in `slot` (not) in texts[text, text + count)
  // numbers: num()
  number,      // a number literal: `number`
  number_var,  // a number criterion in `slot`
  neg,         // minus its operand
  sum,         // its operands, joined by the AST node's `ops` ('+' / '-')
  product,     // the same with '*' / '/'
  // texts and lists: ref()
  literal,  // a text or list literal: the AST node's `lit`
  ref_var,  // a text (or list) criterion in `slot`, of type `var_type`
};

struct Instr {
  Code code = Code::boolean;
  CmpOp cmp = CmpOp::eq;
  bool negated = false;  // in, text_in: `not in`
  bool cond = false;     // in a yes/no context (see above)
  bool wide = false;     // cond: the subtree reads a slot past 63
  Type var_type = Type::number;
  std::uint16_t count = 0;  // text_in: how many texts
  std::uint32_t end = 0;    // the index after this instruction's subtree
  std::uint32_t slot = 0;   // criteria: the slot read; boolean: the literal's truth
  std::uint32_t text = 0;   // text_cmp, text_in: the first text
  std::uint32_t node = 0;   // the AST node (spans and ids for the trace, a sum's operators)
  std::uint64_t reads = 0;  // cond: bit (slot % 64) of every slot the subtree reads
  double number = 0;        // number, number_cmp: the constant
};

inline bool skeleton(const Instr& in) { return in.code == Code::and_ || in.code == Code::or_ || in.code == Code::not_; }
// The type of a checked node's value (checker.cpp).
Type type_of(TK t);

struct Ast {
  std::string text;
  std::vector<Node> nodes;
  std::size_t root = 0;
  std::vector<std::string> ids;
  std::vector<Instr> prog;         // the compiled program (see Code)
  std::vector<std::string> texts;  // the texts fused instructions compare with
  std::vector<std::pair<std::size_t, std::string>> names;  // slot and id of every criterion read
};

struct Access {
  static const Ast* ast(const Expr& e) { return e.ast_.get(); }
  static Expr make(std::shared_ptr<const Ast> ast) {
    Expr e;
    e.ast_ = std::move(ast);
    return e;
  }
};

// The program of a yes/no expression, else nullptr.
inline const Ast* yes_no(const Expr& e) {
  const Ast* ast = Access::ast(e);
  return ast && ast->nodes[ast->root].type == TK::boolean ? ast : nullptr;
}

// The stages, in order. parse(): ast.text into ast.nodes and ast.root, or
// the first syntax error (parser.cpp). check(): types every node, resolves
// criteria to slots and fills ast.ids; the errors, sorted by offset
// (checker.cpp). The program is built by compile() (compile.cpp) and run by
// program.h.
std::optional<Error> parse(Ast& ast, int max_depth);
std::vector<Error> check(Ast& ast, const std::vector<Variable>& vars, Type expected, bool hints);

}  // namespace ragft::expr
