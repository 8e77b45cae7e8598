// The recursive-descent parser, with a nesting limit: tokens to the AST.
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "expr/ast.h"
#include "expr/lexer.h"
#include "ragft/diagnostic.h"

namespace ragft::expr {

namespace {

// ---------------------------------------------------------------------------
// Parser

struct SyntaxError {
  Error error;
};

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> toks, int max_depth, std::vector<Node>& nodes)
      : text_(text), toks_(std::move(toks)), max_depth_(max_depth), nodes_(nodes) {
    // A node per token at most (a list's elements are in its node): nodes
    // are large, and moving them as the vector grew was a quarter of parsing.
    nodes_.reserve(toks_.size());
  }

  std::size_t parse() {
    std::size_t root = parse_or();
    const Token& t = peek();
    if (t.kind != Tok::end) {
      switch (t.kind) {
        case Tok::rparen: fail(t.off, t.len, "unexpected ')'", "there is no '(' to match it");
        case Tok::rbracket: fail(t.off, t.len, "unexpected ']'", "there is no '[' to match it");
        case Tok::comma: fail(t.off, t.len, "unexpected ','");
        default:
          fail(t.off, t.len, fmt::format("unexpected {} after the expression", show(t)),
               starts_expression(t.kind) ? "join conditions with 'and' or 'or'" : "");
      }
    }
    return root;
  }

 private:
  [[noreturn]] void fail(std::size_t off, std::size_t len, std::string message, std::string hint = {}) {
    throw SyntaxError{make_error(off, len, std::move(message), std::move(hint))};
  }

  // The current token; reports a lexical error when the parser reaches it.
  const Token& peek() {
    const Token& t = toks_[pos_];
    if (t.kind == Tok::error) throw SyntaxError{t.err};
    return t;
  }
  // The token after the current one, without reporting errors.
  const Token& peek1() const { return toks_[std::min(pos_ + 1, toks_.size() - 1)]; }
  const Token& advance() {
    const Token& t = peek();
    if (t.kind != Tok::end) ++pos_;
    return t;
  }
  std::string_view source(const Token& t) const { return text_.substr(t.off, t.len); }
  std::string show(const Token& t) const {
    if (t.kind == Tok::text) return std::string(source(t));  // already quoted
    return fmt::format("'{}'", source(t));
  }
  static bool starts_expression(Tok k) {
    switch (k) {
      case Tok::number: case Tok::text: case Tok::ident: case Tok::kw_not: case Tok::kw_true:
      case Tok::kw_false: case Tok::minus: case Tok::lparen: case Tok::lbracket:
        return true;
      default:
        return false;
    }
  }
  // Where something was expected: the token found there, or the end.
  std::pair<std::size_t, std::size_t> where(const Token& t) const {
    return {t.off, t.kind == Tok::end ? 0 : t.len};
  }

  void enter(const Token& t) {
    if (++depth_ > max_depth_) fail(t.off, t.len, fmt::format("expression nests deeper than {} levels", max_depth_));
  }
  void leave() { --depth_; }

  std::size_t add(Node n) {
    n.ooff = n.off;
    n.olen = n.len;
    nodes_.push_back(std::move(n));
    return nodes_.size() - 1;
  }
  std::size_t end_of(std::size_t i) const { return nodes_[i].ooff + nodes_[i].olen; }

  std::size_t chain(NodeKind kind, std::size_t first, std::vector<std::size_t> kids, std::vector<char> ops) {
    Node n;
    n.kind = kind;
    n.off = nodes_[first].ooff;
    n.len = end_of(kids.back()) - n.off;
    n.kids = std::move(kids);
    n.ops = std::move(ops);
    return add(std::move(n));
  }

  std::size_t parse_or() {
    std::size_t first = parse_and();
    if (peek().kind != Tok::kw_or) return first;
    std::vector<std::size_t> kids{first};
    while (peek().kind == Tok::kw_or) {
      advance();
      kids.push_back(parse_and());
    }
    return chain(NodeKind::or_, first, std::move(kids), {});
  }

  std::size_t parse_and() {
    std::size_t first = parse_not();
    if (peek().kind != Tok::kw_and) return first;
    std::vector<std::size_t> kids{first};
    while (peek().kind == Tok::kw_and) {
      advance();
      kids.push_back(parse_not());
    }
    return chain(NodeKind::and_, first, std::move(kids), {});
  }

  std::size_t parse_not() {
    if (peek().kind != Tok::kw_not) return parse_cmp();
    const Token t = advance();
    enter(t);
    std::size_t kid = parse_not();
    leave();
    Node n;
    n.kind = NodeKind::not_;
    n.off = t.off;
    n.len = end_of(kid) - t.off;
    n.kids = {kid};
    return add(std::move(n));
  }

  struct OpAt {
    NodeKind kind;
    CmpOp cmp;
    bool negated;
    std::size_t off, len, ntoks;
  };
  std::optional<OpAt> comparison_at() {
    const Token& t = peek();
    switch (t.kind) {
      case Tok::eq: return OpAt{NodeKind::cmp, CmpOp::eq, false, t.off, t.len, 1};
      case Tok::ne: return OpAt{NodeKind::cmp, CmpOp::ne, false, t.off, t.len, 1};
      case Tok::lt: return OpAt{NodeKind::cmp, CmpOp::lt, false, t.off, t.len, 1};
      case Tok::le: return OpAt{NodeKind::cmp, CmpOp::le, false, t.off, t.len, 1};
      case Tok::gt: return OpAt{NodeKind::cmp, CmpOp::gt, false, t.off, t.len, 1};
      case Tok::ge: return OpAt{NodeKind::cmp, CmpOp::ge, false, t.off, t.len, 1};
      case Tok::kw_in: return OpAt{NodeKind::in, CmpOp::eq, false, t.off, t.len, 1};
      case Tok::kw_not:
        if (peek1().kind == Tok::kw_in) {
          const Token& in = peek1();
          return OpAt{NodeKind::in, CmpOp::eq, true, t.off, in.off + in.len - t.off, 2};
        }
        return std::nullopt;
      default:
        return std::nullopt;
    }
  }

  std::size_t parse_cmp() {
    std::size_t left = parse_add();
    auto op = comparison_at();
    if (!op) return left;
    for (std::size_t k = 0; k < op->ntoks; ++k) advance();
    std::size_t right = parse_add();
    if (auto again = comparison_at())
      fail(again->off, again->len, "comparisons cannot be chained; join them with 'and'",
           "e.g. 'a < b and b < c'");
    Node n;
    n.kind = op->kind;
    n.cmp = op->cmp;
    n.negated = op->negated;
    n.op_off = op->off;
    n.op_len = op->len;
    n.off = nodes_[left].ooff;
    n.len = end_of(right) - n.off;
    n.kids = {left, right};
    return add(std::move(n));
  }

  std::size_t parse_add() {
    std::size_t first = parse_mul();
    Tok k = peek().kind;
    if (k != Tok::plus && k != Tok::minus) return first;
    std::vector<std::size_t> kids{first};
    std::vector<char> ops{'+'};
    while ((k = peek().kind) == Tok::plus || k == Tok::minus) {
      advance();
      ops.push_back(k == Tok::plus ? '+' : '-');
      kids.push_back(parse_mul());
    }
    return chain(NodeKind::sum, first, std::move(kids), std::move(ops));
  }

  std::size_t parse_mul() {
    std::size_t first = parse_unary();
    Tok k = peek().kind;
    if (k != Tok::star && k != Tok::slash) return first;
    std::vector<std::size_t> kids{first};
    std::vector<char> ops{'*'};
    while ((k = peek().kind) == Tok::star || k == Tok::slash) {
      advance();
      ops.push_back(k == Tok::star ? '*' : '/');
      kids.push_back(parse_unary());
    }
    return chain(NodeKind::product, first, std::move(kids), std::move(ops));
  }

  std::size_t parse_unary() {
    if (peek().kind != Tok::minus) return parse_primary();
    const Token t = advance();
    enter(t);
    std::size_t kid = parse_unary();
    leave();
    Node n;
    n.kind = NodeKind::neg;
    n.off = t.off;
    n.len = end_of(kid) - t.off;
    n.kids = {kid};
    return add(std::move(n));
  }

  std::size_t literal(const Token& t) {
    Node n;
    n.off = t.off;
    n.len = t.len;
    switch (t.kind) {
      case Tok::number: n.kind = NodeKind::number; n.lit = Value::of_number(t.number); break;
      case Tok::text: n.kind = NodeKind::text; n.lit = Value::of_text(t.str); break;
      case Tok::kw_true: n.kind = NodeKind::boolean; n.lit = Value::of_bool(true); break;
      default: n.kind = NodeKind::boolean; n.lit = Value::of_bool(false); break;
    }
    return add(std::move(n));
  }

  std::size_t parse_primary() {
    const Token t = peek();
    switch (t.kind) {
      case Tok::number: case Tok::text: case Tok::kw_true: case Tok::kw_false:
        advance();
        return literal(t);
      case Tok::ident: {
        if (source(t) == "answered") return parse_answered();
        if (peek1().kind == Tok::lparen) {
          std::string hint = did_you_mean(source(t), {"answered"});
          if (hint.empty()) hint = "the only function is answered(criterion_id)";
          fail(t.off, t.len, fmt::format("unknown function '{}'", source(t)), hint);
        }
        advance();
        Node n;
        n.kind = NodeKind::ident;
        n.off = t.off;
        n.len = t.len;
        n.id = std::string(source(t));
        return add(std::move(n));
      }
      case Tok::lparen: {
        advance();
        enter(t);
        std::size_t inner = parse_or();
        const Token& close = peek();
        if (close.kind != Tok::rparen) {
          auto [off, len] = where(close);
          fail(off, len, "expected ')'", fmt::format("to match the '(' at column {}", t.off + 1));
        }
        advance();
        leave();
        nodes_[inner].ooff = t.off;
        nodes_[inner].olen = close.off + close.len - t.off;
        return inner;
      }
      case Tok::lbracket:
        return parse_list();
      default:
        expected_expression(t);
    }
  }

  [[noreturn]] void expected_expression(const Token& t) {
    if (pos_ == 0) {
      if (t.kind == Tok::end) fail(0, 0, "empty expression");
      std::string hint;
      if (t.kind == Tok::kw_and || t.kind == Tok::kw_or || t.kind == Tok::kw_in)
        hint = fmt::format("{} needs an expression on both sides", show(t));
      fail(t.off, t.len, fmt::format("unexpected {}", show(t)), hint);
    }
    const Token& prev = toks_[pos_ - 1];
    auto [off, len] = where(t);
    std::string hint;
    if (t.kind == Tok::kw_not) hint = "put 'not ...' in parentheses";
    fail(off, len, fmt::format("expected an expression after {}", show(prev)), hint);
  }

  std::size_t parse_answered() {
    const Token fn = advance();
    const char* usage = "write answered(criterion_id)";
    if (peek().kind != Tok::lparen) fail(fn.off, fn.len, "answered() takes one criterion id", usage);
    advance();
    const Token arg = peek();
    if (arg.kind == Tok::ident && peek1().kind == Tok::rparen) {
      advance();
      const Token close = advance();
      Node n;
      n.kind = NodeKind::answered;
      n.off = fn.off;
      n.len = close.off + close.len - fn.off;
      n.id = std::string(source(arg));
      n.op_off = arg.off;  // the argument's span, for errors about it
      n.op_len = arg.len;
      return add(std::move(n));
    }
    if (arg.kind == Tok::ident) {
      advance();
      const Token& bad = peek();  // reports a lexical error there
      auto [off, len] = where(bad);
      fail(off, len, "answered() takes one criterion id", usage);
    }
    auto [off, len] = where(arg);
    if (arg.kind == Tok::text)
      fail(off, len, "answered() takes one criterion id",
           fmt::format("write the id without quotes: answered({})", arg.str));
    fail(off, len, "answered() takes one criterion id", usage);
  }

  std::size_t parse_list() {
    const Token open = advance();
    enter(open);
    Node n;
    n.kind = NodeKind::list;
    n.off = open.off;
    auto close_hint = fmt::format("to match the '[' at column {}", open.off + 1);
    while (true) {
      Token t = peek();
      if (t.kind == Tok::rbracket) break;
      if (t.kind == Tok::minus && peek1().kind == Tok::number) {
        advance();
        Token num = advance();
        Node lit;
        lit.kind = NodeKind::number;
        lit.off = t.off;
        lit.len = num.off + num.len - t.off;
        lit.lit = Value::of_number(-num.number);
        n.kids.push_back(add(std::move(lit)));
      } else if (t.kind == Tok::number || t.kind == Tok::text || t.kind == Tok::kw_true ||
                 t.kind == Tok::kw_false) {
        advance();
        n.kids.push_back(literal(t));
      } else if (starts_expression(t.kind)) {
        std::string hint;
        if (t.kind == Tok::ident) hint = fmt::format("a choice value must be quoted: '{}'", source(t));
        fail(t.off, t.len, "a list may only hold literal values", hint);
      } else {
        auto [off, len] = where(t);
        fail(off, len, n.kids.empty() ? "expected ']'" : "expected a value or ']'", close_hint);
      }
      const Token& sep = peek();
      if (sep.kind == Tok::comma) {
        advance();
        continue;
      }
      if (sep.kind == Tok::rbracket) break;
      auto [off, len] = where(sep);
      fail(off, len, "expected ',' or ']'", close_hint);
    }
    const Token close = advance();
    leave();
    n.len = close.off + close.len - open.off;
    return add(std::move(n));
  }

  std::string_view text_;
  std::vector<Token> toks_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  int max_depth_;
  std::vector<Node>& nodes_;
};

}  // namespace

std::optional<Error> parse(Ast& ast, int max_depth) {
  try {
    Parser parser(ast.text, lex(ast.text), max_depth, ast.nodes);
    ast.root = parser.parse();
  } catch (const SyntaxError& e) {
    return e.error;
  }
  return std::nullopt;
}

}  // namespace ragft::expr
