// The expression language of rule conditions: lexer, recursive-descent parser
// (with a nesting limit), type checker, evaluator and breakpoint solver.
//
// The pipeline is text -> tokens -> AST (nodes in one vector, children by
// index, every node with its byte span) -> checked AST -> values. Every
// recursive walk is bounded by the AST depth, which the parser bounds: chains
// of the same operator (a and b and c, 1 + 2 - 3) are one n-ary node, and
// every parenthesis, list bracket and prefix operator counts one level
// against Limits::max_depth.
#include "ragft/expr.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <exception>
#include <set>

#include <fmt/format.h>

#include "ragft/diagnostic.h"
#include "ragft/safe_text.h"

namespace ragft::expr {

// ---------------------------------------------------------------------------
// Values

std::string_view type_name(Type t) {
  switch (t) {
    case Type::number: return "a number";
    case Type::boolean: return "yes/no";
    case Type::text: return "a text";
    case Type::list: return "a list";
  }
  return "a value";
}

Value Value::of_number(double d) {
  Value v;
  v.kind = Kind::number;
  v.number = d;
  return v;
}

Value Value::of_bool(bool b) {
  Value v;
  v.kind = Kind::boolean;
  v.boolean = b;
  return v;
}

Value Value::of_text(std::string s) {
  Value v;
  v.kind = Kind::text;
  v.text = std::move(s);
  return v;
}

std::string format_number(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return "0";  // also -0
  double a = std::fabs(d);
  // Integers print whole below 1e15; so do large non-integers, which would
  // otherwise switch to an exponent at 6 significant digits.
  if (a < 1e15 && (d == std::floor(d) || a >= 1e5)) return fmt::format("{:.0f}", d);
  return fmt::format("{:.6g}", d);
}

namespace {

std::string quote_text(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  out += '\'';
  return out;
}

}  // namespace

std::string Value::to_string() const {
  switch (kind) {
    case Kind::missing: return "not answered";
    case Kind::number: return format_number(number);
    case Kind::boolean: return boolean ? "true" : "false";
    case Kind::text: return quote_text(text);
    case Kind::list: {
      std::string out = "[";
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (i) out += ", ";
        out += list[i].to_string();
      }
      return out + "]";
    }
  }
  return "not answered";
}

bool operator==(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::Kind::missing: return true;
    case Value::Kind::number: return a.number == b.number;
    case Value::Kind::boolean: return a.boolean == b.boolean;
    case Value::Kind::text: return a.text == b.text;
    case Value::Kind::list: return a.list == b.list;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The AST

namespace {

enum class NodeKind : std::uint8_t { number, text, boolean, list, ident, answered, neg, not_, and_, or_, sum, product, cmp, in };
enum class CmpOp : std::uint8_t { eq, ne, lt, le, gt, ge };
bool compare_numbers(CmpOp op, double x, double y) {
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
// Whether `list` holds `v`, numbers compared as decimals.
bool contains(const std::vector<Value>& list, const Value& v) {
  if (v.kind != Value::Kind::number) return std::find(list.begin(), list.end(), v) != list.end();
  return std::any_of(list.begin(), list.end(), [&](const Value& e) {
    return e.kind == Value::Kind::number && compare_numbers(CmpOp::eq, e.number, v.number);
  });
}
// Whether `v` is a value of a criterion of type `t`: anything else (another
// kind, a number that is not finite) reads as missing.
bool of_type(const Value& v, Type t) {
  switch (t) {
    case Type::number: return v.kind == Value::Kind::number && std::isfinite(v.number);
    case Type::boolean: return v.kind == Value::Kind::boolean;
    case Type::text: return v.kind == Value::Kind::text;
    case Type::list: return v.kind == Value::Kind::list;
  }
  return false;
}
// The checked type of a node; `error` after a reported error (no cascades),
// and as a list's element type when the list is empty (matches anything).
enum class TK : std::uint8_t { number, boolean, text, list, error };

// What evaluation reads comes first, in the node's first 64 bytes (the
// leaves the compiled form leaves to their node, the breakpoint solver);
// the rest is for messages and the checker.
struct Node {
  NodeKind kind = NodeKind::number;
  TK type = TK::error;    // set by the checker
  TK elem = TK::error;    // lists: element type
  CmpOp cmp = CmpOp::eq;
  bool negated = false;  // `not in`
  bool leaf = false;     // is_leaf(), set when compiled
  Type var_type = Type::number;    // ident, answered: the criterion's type
  std::size_t slot = 0;            // ident, answered: the index of the criterion in `vars`
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

// The nodes the compiled form (Op) treats as one yes/no condition:
// everything in a yes/no context except and, or and not.
bool is_leaf(const Node& n) {
  return n.type == TK::boolean && n.kind != NodeKind::and_ && n.kind != NodeKind::or_ && n.kind != NodeKind::not_;
}

// The compiled yes/no form of a condition, what every profile and every
// trial of "what would change the answer" runs: the and/or/not skeleton in
// pre-order, one Op per node, and the leaves in the shapes rules mostly use
// (a criterion compared with a number or a text, `in` a list of texts, a
// bare yes/no criterion, answered()) each one flat Op; any other leaf names
// its AST node and is evaluated there. 40 bytes an Op, next to each other.
enum class OpKind : std::uint8_t {
  and_, or_, not_,  // operands from the next Op to `end`, each ending at its own `end`
  truth,            // a yes/no literal: `truth`
  yesno,            // a bare yes/no criterion in `slot`
  answered,         // answered(criterion in `slot`, of type `var_type`)
  number_cmp,       // the number criterion in `slot` `cmp` `number`
  text_cmp,         // the text criterion in `slot` == or != texts[text]
  text_in,          // the text criterion in `slot` (not) in texts[text, text + count)
  node,             // any other leaf: AST node `slot`
};

struct Op {
  OpKind kind = OpKind::truth;
  CmpOp cmp = CmpOp::eq;
  bool negated = false;        // text_in: `not in`
  bool wide = false;           // a leaf reading a slot past 63
  Type var_type = Type::number;
  signed char truth = 0;       // truth: 1, 0, or -1 (not a yes/no literal)
  std::uint16_t count = 0;     // text_in: how many texts
  std::uint32_t end = 0;       // the index after this node's subtree
  std::uint32_t slot = 0;      // leaves: the slot read, or the AST node
  std::uint32_t text = 0;      // text_cmp, text_in: the first text
  std::uint64_t reads = 0;     // bit (slot % 64) of every slot the subtree reads
  double number = 0;           // number_cmp: the constant
};

}  // namespace

struct Ast {
  std::string text;
  std::vector<Node> nodes;
  std::size_t root = 0;
  std::vector<std::string> ids;
  std::vector<Op> ops;            // the compiled yes/no form; empty unless the root is yes/no
  std::vector<std::string> texts; // the texts its leaves compare with
};

struct Access {
  static const Ast* ast(const Expr& e) { return e.ast_.get(); }
  static Expr make(std::shared_ptr<const Ast> ast) {
    Expr e;
    e.ast_ = std::move(ast);
    return e;
  }
};

const std::string& Expr::text() const {
  static const std::string empty;
  return ast_ ? ast_->text : empty;
}

std::vector<std::string> Expr::identifiers() const { return ast_ ? ast_->ids : std::vector<std::string>{}; }

std::optional<Value> Expr::constant_value() const {
  if (!ast_ || !ast_->ids.empty()) return std::nullopt;
  return evaluate(*this, [](const std::string&) { return Value{}; }).value;
}

namespace {

// ---------------------------------------------------------------------------
// Lexer

enum class Tok {
  number, text, ident, kw_and, kw_or, kw_not, kw_in, kw_true, kw_false,
  eq, ne, lt, le, gt, ge, plus, minus, star, slash,
  lparen, rparen, lbracket, rbracket, comma, end, error
};

struct Token {
  Tok kind = Tok::end;
  std::size_t off = 0, len = 0;
  double number = 0;
  std::string str;  // a text literal's value
  Error err;        // kind == error
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

Error make_error(std::size_t off, std::size_t len, std::string message, std::string hint = {}) {
  Error e;
  e.offset = off;
  e.length = len;
  e.message = std::move(message);
  e.hint = std::move(hint);
  return e;
}

const char* const kNumberHint = "write numbers like 12, 1.5, 1e6, 40k, 3M, 2B, 97% or 40_000";

// Reads a run of digits with single underscores between digits.
bool digits(std::string_view s, std::size_t& p, std::string& out) {
  if (p >= s.size() || !is_digit(s[p])) return false;
  while (p < s.size()) {
    if (is_digit(s[p])) {
      out += s[p++];
    } else if (s[p] == '_' && p + 1 < s.size() && is_digit(s[p + 1])) {
      ++p;
    } else {
      break;
    }
  }
  return true;
}

// Parses a number token's text (validated strictly); nullopt when malformed,
// sets out_of_range when well-formed but not a finite double.
std::optional<double> parse_number(std::string_view s, bool& out_of_range) {
  out_of_range = false;
  std::size_t p = 0;
  std::string mant;
  if (p < s.size() && is_digit(s[p])) digits(s, p, mant);
  if (p < s.size() && s[p] == '.') {
    ++p;
    mant += '.';
    if (!digits(s, p, mant)) return std::nullopt;
  }
  if (mant.empty() || mant == ".") return std::nullopt;
  long exp = 0;
  if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
    ++p;
    bool neg = false;
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) neg = s[p++] == '-';
    if (p >= s.size() || !is_digit(s[p])) return std::nullopt;
    while (p < s.size() && is_digit(s[p])) {
      if (exp < 100000) exp = exp * 10 + (s[p] - '0');
      ++p;
    }
    if (neg) exp = -exp;
  }
  if (p < s.size()) {
    switch (s[p]) {
      case 'k': case 'K': exp += 3; break;
      case 'M': exp += 6; break;
      case 'B': exp += 9; break;
      case '%': exp -= 2; break;
      default: return std::nullopt;
    }
    ++p;
  }
  if (p != s.size()) return std::nullopt;
  // Scaling through the decimal exponent keeps 97% == 0.97 and 1.1k == 1100 exact.
  std::string norm = mant + "e" + std::to_string(exp);
  double d = 0;
  auto [ptr, ec] = std::from_chars(norm.data(), norm.data() + norm.size(), d);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && !std::isfinite(d))) {
    out_of_range = true;
    return std::nullopt;
  }
  if (ec != std::errc() || ptr != norm.data() + norm.size()) return std::nullopt;
  return d;
}

// The printable form of the character at `i` (one UTF-8 sequence) and its length.
std::pair<std::string, std::size_t> character_at(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    if (c < 0x20 || c == 0x7f) return {fmt::format("\\x{:02x}", c), 1};
    return {std::string(1, static_cast<char>(c)), 1};
  }
  const std::size_t n = decode_utf8(s, i).length;
  if (n == 0) return {fmt::format("\\x{:02x}", c), 1};
  return {std::string(s.substr(i, n)), n};
}

// Lexes the whole text. The last token is `end`, or `error` at the first
// malformed token (the parser reports it when it gets there, so the first
// syntax error in source order is the one reported).
std::vector<Token> lex(std::string_view s) {
  std::vector<Token> toks;
  toks.reserve(s.size() / 3 + 2);  // about one token per three characters in rules
  auto push = [&](Tok k, std::size_t off, std::size_t len) {
    Token t;
    t.kind = k;
    t.off = off;
    t.len = len;
    toks.push_back(std::move(t));
  };
  auto fail = [&](Error e) {
    Token t;
    t.kind = Tok::error;
    t.off = e.offset;
    t.len = e.length;
    t.err = std::move(e);
    toks.push_back(std::move(t));
  };
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (true) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    if (i >= n) {
      push(Tok::end, n, 0);
      return toks;
    }
    char c = s[i];
    std::size_t start = i;
    if (is_digit(c) || (c == '.' && i + 1 < n && is_digit(s[i + 1]))) {
      std::size_t j = i;
      while (j < n) {
        char d = s[j];
        if (is_alnum(d) || d == '.') {
          ++j;
        } else if ((d == '+' || d == '-') && (s[j - 1] == 'e' || s[j - 1] == 'E') && j + 1 < n &&
                   is_digit(s[j + 1])) {
          // An exponent sign, if what precedes the 'e' is a plain mantissa.
          bool mantissa = true;
          for (std::size_t k = i; k + 1 < j; ++k) mantissa = mantissa && (is_digit(s[k]) || s[k] == '_' || s[k] == '.');
          if (!mantissa) break;
          ++j;
        } else if (d == '%') {
          ++j;
          break;
        } else {
          break;
        }
      }
      std::string_view run = s.substr(i, j - i);
      bool range = false;
      auto v = parse_number(run, range);
      if (!v) {
        fail(make_error(i, j - i, fmt::format("invalid number '{}'", run),
                        range ? "it is out of range" : kNumberHint));
        return toks;
      }
      push(Tok::number, i, j - i);
      toks.back().number = *v;
      i = j;
      continue;
    }
    if (is_alpha(c)) {
      std::size_t j = i;
      while (j < n && is_alnum(s[j])) ++j;
      std::string_view w = s.substr(i, j - i);
      Tok k = Tok::ident;
      if (w == "and") k = Tok::kw_and;
      else if (w == "or") k = Tok::kw_or;
      else if (w == "not") k = Tok::kw_not;
      else if (w == "in") k = Tok::kw_in;
      else if (w == "true" || w == "yes") k = Tok::kw_true;
      else if (w == "false" || w == "no") k = Tok::kw_false;
      push(k, i, j - i);
      i = j;
      continue;
    }
    if (c == '\'' || c == '"') {
      std::string value;
      std::size_t j = i + 1;
      bool closed = false;
      while (j < n) {
        if (s[j] == c) {
          closed = true;
          break;
        }
        if (s[j] == '\\') {
          if (j + 1 < n && (s[j + 1] == '\\' || s[j + 1] == '\'' || s[j + 1] == '"')) {
            value += s[j + 1];
            j += 2;
            continue;
          }
          if (j + 1 < n) {
            auto [ch, len] = character_at(s, j + 1);
            fail(make_error(j, 1 + len, fmt::format("unknown escape '\\{}' in a text", ch),
                            "only \\\\, \\' and \\\" are escapes; write \\\\ for a backslash"));
            return toks;
          }
        }
        value += s[j++];
      }
      if (!closed) {
        fail(make_error(i, n - i, "unterminated string", fmt::format("close it with {}", c)));
        return toks;
      }
      push(Tok::text, i, j + 1 - i);
      toks.back().str = std::move(value);
      i = j + 1;
      continue;
    }
    auto next = [&](char d) { return i + 1 < n && s[i + 1] == d; };
    auto op = [&](Tok k, std::size_t len) {
      push(k, start, len);
      i += len;
    };
    switch (c) {
      case '(': op(Tok::lparen, 1); continue;
      case ')': op(Tok::rparen, 1); continue;
      case '[': op(Tok::lbracket, 1); continue;
      case ']': op(Tok::rbracket, 1); continue;
      case ',': op(Tok::comma, 1); continue;
      case '+': op(Tok::plus, 1); continue;
      case '-': op(Tok::minus, 1); continue;
      case '*': op(Tok::star, 1); continue;
      case '/': op(Tok::slash, 1); continue;
      case '<':
        if (next('>')) {
          fail(make_error(i, 2, "use '!=' instead of '<>'"));
          return toks;
        }
        if (next('=')) op(Tok::le, 2);
        else op(Tok::lt, 1);
        continue;
      case '>':
        if (next('=')) op(Tok::ge, 2);
        else op(Tok::gt, 1);
        continue;
      case '=':
        if (next('=')) {
          op(Tok::eq, 2);
          continue;
        }
        if (next('<') || next('>')) {
          fail(make_error(i, 2, fmt::format("use '{}=' instead of '={}'", s[i + 1], s[i + 1])));
          return toks;
        }
        fail(make_error(i, 1, "use '==' to compare, not '='"));
        return toks;
      case '!':
        if (next('=')) {
          op(Tok::ne, 2);
          continue;
        }
        fail(make_error(i, 1, "use 'not' instead of '!'"));
        return toks;
      case '&':
        fail(make_error(i, next('&') ? 2 : 1, fmt::format("use 'and' instead of '{}'", next('&') ? "&&" : "&")));
        return toks;
      case '|':
        fail(make_error(i, next('|') ? 2 : 1, fmt::format("use 'or' instead of '{}'", next('|') ? "||" : "|")));
        return toks;
      default: break;
    }
    std::string_view rest = s.substr(i);
    if (rest.substr(0, 3) == "\u2264") { op(Tok::le, 3); continue; }  // ≤
    if (rest.substr(0, 3) == "\u2265") { op(Tok::ge, 3); continue; }  // ≥
    if (rest.substr(0, 3) == "\u2260") { op(Tok::ne, 3); continue; }  // ≠
    auto [ch, len] = character_at(s, i);
    std::string hint;
    if (ch == "\u2018" || ch == "\u2019" || ch == "\u201c" || ch == "\u201d") hint = "use straight quotes: ' or \"";
    else if (ch == "\u2212") hint = "use '-'";
    else if (ch == "\u00d7") hint = "use '*'";
    else if (ch == "\u00f7") hint = "use '/'";
    else if (ch == "%") hint = "a percentage follows a number directly: 97%";
    fail(make_error(i, len, fmt::format("unexpected character '{}'", ch), hint));
    return toks;
  }
}

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

// ---------------------------------------------------------------------------
// Evaluator

class Evaluator {
 public:
  // With a trace: no short-circuit, and every leaf condition is recorded.
  Evaluator(const Ast& ast, const Env& env, std::vector<Condition>* trace)
      : ast_(ast), env_(&env), trace_(trace) {}
  // Values by slot (the order of `vars` given to compile): no lookups by name.
  Evaluator(const Ast& ast, const Slots& slots, std::vector<Condition>* trace)
      : ast_(ast), slots_(&slots), trace_(trace) {}

  struct R {
    Value v;
    bool missing_read = false;  // an unanswered criterion was read and mattered
  };

  // With a trace, also the tree of and / or / not above its conditions.
  void record_tree(std::vector<ConditionNode>* tree) { tree_ = tree; }

  Value run() {
    const Node& root = ast_.nodes[ast_.root];
    if (root.type == TK::boolean) return Value::of_bool(trace_ ? cond(ast_.root) : truth(value(ast_.root).v));
    return value(ast_.root).v;
  }

  R value(std::size_t i) {
    const Node& n = ast_.nodes[i];
    switch (n.kind) {
      case NodeKind::number:
      case NodeKind::text:
      case NodeKind::boolean:
      case NodeKind::list:
        return {n.lit, false};
      case NodeKind::ident: {
        Value v = read(n);
        bool missing = v.is_missing();
        return {std::move(v), missing};
      }
      case NodeKind::answered:
        return {Value::of_bool(!read(n).is_missing()), false};
      case NodeKind::neg: {
        R r = value(n.kids[0]);
        if (r.v.kind != Value::Kind::number) return {Value{}, r.missing_read};
        return {Value::of_number(-r.v.number), false};
      }
      case NodeKind::not_: {
        R r = value(n.kids[0]);
        return {Value::of_bool(!truth(r.v)), r.missing_read};
      }
      case NodeKind::and_:
      case NodeKind::or_: {
        bool is_and = n.kind == NodeKind::and_;
        bool result = is_and;
        bool missing = false;
        for (std::size_t k : n.kids) {
          R r = value(k);
          missing = missing || r.missing_read;
          bool b = truth(r.v);
          result = is_and ? result && b : result || b;
          if (!trace_ && result != is_and) break;  // decided
        }
        return {Value::of_bool(result), missing};
      }
      case NodeKind::sum:
      case NodeKind::product: {
        bool missing_read = false, missing = false;
        double acc = 0;
        for (std::size_t k = 0; k < n.kids.size(); ++k) {
          R r = value(n.kids[k]);
          missing_read = missing_read || r.missing_read;
          if (missing) continue;
          if (r.v.kind != Value::Kind::number) {
            missing = true;
            continue;
          }
          double x = r.v.number;
          if (k == 0) acc = x;
          else if (n.ops[k] == '+') acc += x;
          else if (n.ops[k] == '-') acc -= x;
          else if (n.ops[k] == '*') acc *= x;
          else if (x == 0) missing = true;
          else acc /= x;
          if (!std::isfinite(acc)) missing = true;
        }
        if (missing) return {Value{}, missing_read};
        return {Value::of_number(acc), false};
      }
      case NodeKind::cmp: {
        R a = value(n.kids[0]);
        R b = value(n.kids[1]);
        bool missing_read = a.missing_read || b.missing_read;
        if (a.v.is_missing() || b.v.is_missing()) return {Value::of_bool(false), missing_read};
        bool result = false;
        if (a.v.kind == Value::Kind::number && b.v.kind == Value::Kind::number)
          result = compare_numbers(n.cmp, a.v.number, b.v.number);  // as decimals
        else if (n.cmp == CmpOp::eq) result = a.v == b.v;
        else if (n.cmp == CmpOp::ne) result = !(a.v == b.v);
        return {Value::of_bool(result), missing_read};
      }
      case NodeKind::in: {
        R a = value(n.kids[0]);
        const Node& rhs = ast_.nodes[n.kids[1]];
        if (rhs.kind == NodeKind::list) {
          // A literal list: compare in place instead of copying it.
          if (a.v.is_missing()) return {Value::of_bool(false), a.missing_read};
          bool found = contains(rhs.lit.list, a.v);
          return {Value::of_bool(found != n.negated), a.missing_read};
        }
        R b = value(n.kids[1]);
        bool missing_read = a.missing_read || b.missing_read;
        if (a.v.is_missing() || b.v.kind != Value::Kind::list) return {Value::of_bool(false), missing_read};
        bool found = contains(b.v.list, a.v);
        return {Value::of_bool(found != n.negated), missing_read};
      }
    }
    return {};
  }

 private:
  static bool truth(const Value& v) { return v.kind == Value::Kind::boolean && v.boolean; }

  // The value of a criterion, as missing when the environment gives a value
  // of another type than the criterion's.
  Value read(const Node& n) {
    Value v = slots_ ? (n.slot < slots_->size() ? (*slots_)[n.slot] : Value{}) : (*env_)(n.id);
    if (!of_type(v, n.var_type)) v = Value{};
    if (seen_) {
      bool known = std::any_of(seen_->begin(), seen_->end(), [&](const auto& p) { return p.first == n.id; });
      if (!known) seen_->emplace_back(n.id, v);
    }
    return v;
  }

  // A node in a yes/no context (the root, and/or/not operands): and/or/not
  // are walked, everything else is a leaf.
  // The tree node for node i, pushed before its operands (pre-order); its
  // index, or SIZE_MAX without a tree.
  std::size_t open_node(ConditionNode::Kind kind) {
    if (!tree_) return SIZE_MAX;
    tree_->push_back({kind, depth_, false, kind == ConditionNode::Kind::leaf && trace_ ? trace_->size() : 0});
    return tree_->size() - 1;
  }
  bool close_node(std::size_t at, bool held) {
    if (at != SIZE_MAX) (*tree_)[at].held = held;
    return held;
  }

  bool cond(std::size_t i) {
    const Node& n = ast_.nodes[i];
    switch (n.kind) {
      case NodeKind::and_:
      case NodeKind::or_: {
        bool is_and = n.kind == NodeKind::and_;
        std::size_t at = open_node(is_and ? ConditionNode::Kind::and_ : ConditionNode::Kind::or_);
        ++depth_;
        bool result = is_and;
        for (std::size_t k : n.kids) {
          bool b = cond(k);
          result = is_and ? result && b : result || b;
        }
        --depth_;
        return close_node(at, result);
      }
      case NodeKind::not_: {
        std::size_t at = open_node(ConditionNode::Kind::not_);
        ++depth_;
        bool result = !cond(n.kids[0]);
        --depth_;
        return close_node(at, result);
      }
      case NodeKind::cmp:
      case NodeKind::in:
      case NodeKind::answered:
      case NodeKind::ident: {
        std::size_t at = open_node(ConditionNode::Kind::leaf);
        Condition c;
        c.offset = n.off;
        c.length = n.len;
        c.text = ast_.text.substr(n.off, n.len);
        seen_ = &c.seen;
        R r = value(i);
        seen_ = nullptr;
        c.held = truth(r.v);
        c.missing = !c.held && r.missing_read;
        bool held = c.held;
        trace_->push_back(std::move(c));
        return close_node(at, held);
      }
      default:
        return truth(value(i).v);
    }
  }

  const Ast& ast_;
  const Env* env_ = nullptr;
  const Slots* slots_ = nullptr;
  std::vector<Condition>* trace_;
  std::vector<ConditionNode>* tree_ = nullptr;
  int depth_ = 0;
  std::vector<std::pair<std::string, Value>>* seen_ = nullptr;
};

// ---------------------------------------------------------------------------
// Evaluation by slot without a trace, on the AST: the leaves the compiled
// form (Op) leaves to their AST node. Gives the truth Evaluator::run() gives
// (expr_test.cpp compares the two on every expression it compiles), without
// copying a single Value: numbers travel as doubles, yes/no as three states,
// texts and lists by pointer.

class FastEvaluator {
 public:
  FastEvaluator(const Ast& ast, const Slots& slots) : ast_(ast), slots_(slots) {}

  // The three-state truth of yes/no node i: 1 true, 0 false, -1 missing
  // (an unanswered yes/no criterion); and/or stop at the first operand that
  // decides.
  int tri(std::size_t i) {
    const Node& n = ast_.nodes[i];
    switch (n.kind) {
      case NodeKind::boolean:
        return n.lit.kind == Value::Kind::boolean ? (n.lit.boolean ? 1 : 0) : -1;
      case NodeKind::ident: {
        const Value* v = read(n);
        return v ? (v->boolean ? 1 : 0) : -1;
      }
      case NodeKind::answered:
        return read(n) ? 1 : 0;
      case NodeKind::not_:
        return tri(n.kids[0]) == 1 ? 0 : 1;
      case NodeKind::and_:
      case NodeKind::or_: {
        bool is_and = n.kind == NodeKind::and_;
        bool result = is_and;
        for (std::size_t k : n.kids) {
          if ((tri(k) == 1) == is_and) continue;
          result = !is_and;
          break;
        }
        return result ? 1 : 0;
      }
      case NodeKind::cmp:
        return compare(n) ? 1 : 0;
      case NodeKind::in:
        return contains(n) ? 1 : 0;
      default:
        return generic(i);
    }
  }

 private:
  bool compare(const Node& n) {
    std::size_t a = n.kids[0], b = n.kids[1];
    TK t = ast_.nodes[a].type;
    if (t == TK::number) {
      double x = 0, y = 0;
      return num(a, x) && num(b, y) && compare_numbers(n.cmp, x, y);
    }
    if (t == TK::boolean) {
      int x = tri(a), y = tri(b);
      if (x < 0 || y < 0) return false;
      if (n.cmp == CmpOp::eq) return x == y;
      if (n.cmp == CmpOp::ne) return x != y;
      return false;
    }
    if (t == TK::text) {
      const Value* x = ref(a);
      const Value* y = ref(b);
      if (!x || !y) return false;
      if (n.cmp == CmpOp::eq) return *x == *y;
      if (n.cmp == CmpOp::ne) return !(*x == *y);
      return false;
    }
    return generic_node(n);
  }

  bool contains(const Node& n) {
    const Node& rhs = ast_.nodes[n.kids[1]];
    TK t = ast_.nodes[n.kids[0]].type;
    if (rhs.kind != NodeKind::list) return generic_node(n);
    const std::vector<Value>& list = rhs.lit.list;
    bool found = false;
    if (t == TK::number) {
      double x = 0;
      if (!num(n.kids[0], x)) return false;
      found = std::any_of(list.begin(), list.end(),
                          [x](const Value& e) { return e.kind == Value::Kind::number && compare_numbers(CmpOp::eq, e.number, x); });
    } else if (t == TK::text) {
      const Value* x = ref(n.kids[0]);
      if (!x) return false;
      found = std::find(list.begin(), list.end(), *x) != list.end();
    } else {
      return generic_node(n);
    }
    return found != n.negated;
  }

  // A number node: false when its value is missing.
  bool num(std::size_t i, double& out) {
    const Node& n = ast_.nodes[i];
    switch (n.kind) {
      case NodeKind::number:
        if (n.lit.kind != Value::Kind::number) return false;
        out = n.lit.number;
        return true;
      case NodeKind::ident: {
        const Value* v = read(n);
        if (!v) return false;
        out = v->number;
        return true;
      }
      case NodeKind::neg:
        if (!num(n.kids[0], out)) return false;
        out = -out;
        return true;
      case NodeKind::sum:
      case NodeKind::product: {
        double acc = 0;
        for (std::size_t k = 0; k < n.kids.size(); ++k) {
          double x = 0;
          if (!num(n.kids[k], x)) return false;
          if (k == 0) acc = x;
          else if (n.ops[k] == '+') acc += x;
          else if (n.ops[k] == '-') acc -= x;
          else if (n.ops[k] == '*') acc *= x;
          else if (x == 0) return false;
          else acc /= x;
          if (!std::isfinite(acc)) return false;
        }
        out = acc;
        return true;
      }
      default: {
        Value v = Evaluator(ast_, slots_, nullptr).value(i).v;
        if (v.kind != Value::Kind::number) return false;
        out = v.number;
        return true;
      }
    }
  }

  // A text or list node, by pointer: nullptr when missing.
  const Value* ref(std::size_t i) {
    const Node& n = ast_.nodes[i];
    if (n.kind == NodeKind::text || n.kind == NodeKind::list) return &n.lit;
    if (n.kind == NodeKind::ident) return read(n);
    scratch_ = Evaluator(ast_, slots_, nullptr).value(i).v;
    return scratch_.is_missing() ? nullptr : &scratch_;
  }

  // The slot's value when it has the criterion's type (and is finite), as
  // Evaluator::read() decides; nullptr otherwise.
  const Value* read(const Node& n) const {
    return n.slot < slots_.size() && of_type(slots_[n.slot], n.var_type) ? &slots_[n.slot] : nullptr;
  }

  int generic(std::size_t i) {
    Value v = Evaluator(ast_, slots_, nullptr).value(i).v;
    if (v.kind != Value::Kind::boolean) return -1;
    return v.boolean ? 1 : 0;
  }
  bool generic_node(const Node& n) { return generic(static_cast<std::size_t>(&n - ast_.nodes.data())) == 1; }

  const Ast& ast_;
  const Slots& slots_;
  Value scratch_;
};

// ---------------------------------------------------------------------------
// The compiled form (Op): building it, and running it

// Appends node i (yes/no) and its operands to ast.ops.
void compile_ops(Ast& ast, std::size_t i) {
  const Node& n = ast.nodes[i];
  const std::size_t at = ast.ops.size();
  ast.ops.emplace_back();
  Op op;
  auto ident_of = [&](std::size_t k, Type t) -> const Node* {
    const Node& x = ast.nodes[k];
    return x.kind == NodeKind::ident && x.var_type == t ? &x : nullptr;
  };
  auto add_text = [&](const std::string& t) {
    ast.texts.push_back(t);
    return static_cast<std::uint32_t>(ast.texts.size() - 1);
  };
  if (n.kind == NodeKind::and_ || n.kind == NodeKind::or_ || n.kind == NodeKind::not_) {
    op.kind = n.kind == NodeKind::and_ ? OpKind::and_ : n.kind == NodeKind::or_ ? OpKind::or_ : OpKind::not_;
    for (std::size_t k : n.kids) {
      const std::size_t kid = ast.ops.size();
      compile_ops(ast, k);
      op.reads |= ast.ops[kid].reads;
    }
  } else {
    // A leaf: the shape it has, else its AST node.
    op.kind = OpKind::node;
    op.slot = static_cast<std::uint32_t>(i);
    if (n.kind == NodeKind::boolean) {
      op.kind = OpKind::truth;
      op.truth = n.lit.kind == Value::Kind::boolean ? (n.lit.boolean ? 1 : 0) : -1;
    } else if (n.kind == NodeKind::ident && n.var_type == Type::boolean) {
      op.kind = OpKind::yesno;
      op.slot = static_cast<std::uint32_t>(n.slot);
    } else if (n.kind == NodeKind::answered) {
      op.kind = OpKind::answered;
      op.slot = static_cast<std::uint32_t>(n.slot);
      op.var_type = n.var_type;
    } else if (n.kind == NodeKind::cmp) {
      const Node& a = ast.nodes[n.kids[0]];
      const Node& b = ast.nodes[n.kids[1]];
      // The criterion on either side; the other side a literal.
      bool left = a.kind == NodeKind::ident;
      const Node* id = left ? &a : &b;
      const Node& lit = left ? b : a;
      if (a.type == TK::number && b.type == TK::number && ident_of(left ? n.kids[0] : n.kids[1], Type::number) &&
          lit.kind == NodeKind::number && lit.lit.kind == Value::Kind::number) {
        // `1000 > x` is `x < 1000`.
        static constexpr CmpOp kMirror[] = {CmpOp::eq, CmpOp::ne, CmpOp::gt, CmpOp::ge, CmpOp::lt, CmpOp::le};
        op.kind = OpKind::number_cmp;
        op.slot = static_cast<std::uint32_t>(id->slot);
        op.cmp = left ? n.cmp : kMirror[static_cast<int>(n.cmp)];
        op.number = lit.lit.number;
      } else if (a.type == TK::text && b.type == TK::text && (n.cmp == CmpOp::eq || n.cmp == CmpOp::ne) &&
                 ident_of(left ? n.kids[0] : n.kids[1], Type::text) && lit.kind == NodeKind::text &&
                 lit.lit.kind == Value::Kind::text) {
        op.kind = OpKind::text_cmp;
        op.slot = static_cast<std::uint32_t>(id->slot);
        op.cmp = n.cmp;
        op.text = add_text(lit.lit.text);
      }
    } else if (n.kind == NodeKind::in) {
      const Node* id = ident_of(n.kids[0], Type::text);
      const Node& list = ast.nodes[n.kids[1]];
      bool texts = list.kind == NodeKind::list && list.lit.kind == Value::Kind::list &&
                   list.lit.list.size() <= UINT16_MAX &&
                   std::all_of(list.lit.list.begin(), list.lit.list.end(),
                               [](const Value& v) { return v.kind == Value::Kind::text; });
      if (id && texts) {
        op.kind = OpKind::text_in;
        op.slot = static_cast<std::uint32_t>(id->slot);
        op.negated = n.negated;
        op.text = static_cast<std::uint32_t>(ast.texts.size());
        op.count = static_cast<std::uint16_t>(list.lit.list.size());
        for (const Value& v : list.lit.list) add_text(v.text);
      }
    }
    for (std::size_t slot : n.reads) {
      op.reads |= std::uint64_t{1} << (slot % 64);
      if (slot >= 64) op.wide = true;
    }
  }
  op.end = static_cast<std::uint32_t>(ast.ops.size());
  ast.ops[at] = op;
}

// Runs the compiled form. Three ways: plainly, stopping at the operand that
// decides an and/or; filling (every node evaluated and its three-state truth
// stored in truths[op]); and again after a change of one slot (the truths of
// the nodes that do not read it taken from a filling).
class OpRunner {
 public:
  OpRunner(const Ast& ast, const Slots& slots) : ast_(ast), ops_(ast.ops.data()), slots_(slots) {}

  bool run() { return !ast_.ops.empty() && tri(0) == 1; }
  bool fill(signed char* truths) {
    fill_ = truths;
    return run();
  }
  bool changed(const signed char* truths, std::size_t slot) {
    cached_ = truths;
    changed_ = slot;
    return run();
  }

 private:
  int tri(std::size_t i) {
    const Op& op = ops_[i];
    if (cached_ && !(op.reads >> (changed_ % 64) & 1)) return cached_[i];
    int t = 0;
    switch (op.kind) {
      case OpKind::and_:
      case OpKind::or_: {
        const bool is_and = op.kind == OpKind::and_;
        bool result = is_and;
        for (std::size_t k = i + 1; k < op.end; k = ops_[k].end) {
          if ((tri(k) == 1) == is_and) continue;
          result = !is_and;
          if (!fill_) break;
        }
        t = result ? 1 : 0;
        break;
      }
      case OpKind::not_:
        t = tri(i + 1) == 1 ? 0 : 1;
        break;
      default:
        if (cached_ && !leaf_reads(op, changed_)) return cached_[i];
        t = leaf(op);
    }
    if (fill_) fill_[i] = static_cast<signed char>(t);
    return t;
  }

  // Whether a leaf whose `reads` has the changed slot's bit reads that slot.
  bool leaf_reads(const Op& op, std::size_t slot) const {
    if (op.kind != OpKind::node) return op.slot == slot;
    const std::vector<std::size_t>& reads = ast_.nodes[op.slot].reads;
    return std::find(reads.begin(), reads.end(), slot) != reads.end();
  }

  // The slot's value when it is one of type `t`, else nullptr (missing), as
  // FastEvaluator::read() decides.
  const Value* read(std::uint32_t slot, Type t) const {
    return slot < slots_.size() && of_type(slots_[slot], t) ? &slots_[slot] : nullptr;
  }

  // What FastEvaluator (and Evaluator) give for the same node.
  int leaf(const Op& op) {
    switch (op.kind) {
      case OpKind::truth:
        return op.truth;
      case OpKind::yesno: {
        const Value* v = read(op.slot, Type::boolean);
        return v ? (v->boolean ? 1 : 0) : -1;
      }
      case OpKind::answered:
        return read(op.slot, op.var_type) ? 1 : 0;
      case OpKind::number_cmp: {
        const Value* v = read(op.slot, Type::number);
        return v && compare_numbers(op.cmp, v->number, op.number) ? 1 : 0;
      }
      case OpKind::text_cmp: {
        const Value* v = read(op.slot, Type::text);
        if (!v) return 0;
        return (v->text == ast_.texts[op.text]) == (op.cmp == CmpOp::eq) ? 1 : 0;
      }
      case OpKind::text_in: {
        const Value* v = read(op.slot, Type::text);
        if (!v) return 0;
        const std::string* first = ast_.texts.data() + op.text;
        bool found = std::find(first, first + op.count, v->text) != first + op.count;
        return found != op.negated ? 1 : 0;
      }
      default:
        return FastEvaluator(ast_, slots_).tri(op.slot);
    }
  }

  const Ast& ast_;
  const Op* ops_;
  const Slots& slots_;
  signed char* fill_ = nullptr;
  const signed char* cached_ = nullptr;
  std::size_t changed_ = 0;
};

// ---------------------------------------------------------------------------
// Breakpoints

class Solver {
 public:
  Solver(const Ast& ast, const Slots& slots) : ast_(ast), eval_(ast, slots, nullptr) {}

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
          Value target = eval_.value(other).v;
          if (target.kind != Value::Kind::number) continue;
          if (auto x = solve(side, target.number, slot)) sink(ident->id, *x);
        }
      } else if (n.kind == NodeKind::in) {
        std::size_t a = n.kids[0], b = n.kids[1];
        if (ast_.nodes[a].type != TK::number || ast_.nodes[b].elem != TK::number) continue;
        Value list = eval_.value(b).v;
        if (list.kind != Value::Kind::list) continue;
        count_.clear();
        count_ids(a, count_);
        for (const auto& [ident, c] : count_) {
          std::size_t slot = ident->slot;
          if (c != 1) continue;
          for (const Value& e : list.list)
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
          Value v = eval_.value(n.kids[k]).v;
          if (v.kind != Value::Kind::number) return std::nullopt;
          char op = n.ops[k];
          if (op == '+') rest += v.number;
          else if (op == '-') rest -= v.number;
          else if (op == '*') rest *= v.number;
          else if (v.number == 0) return std::nullopt;
          else rest /= v.number;
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

  const Ast& ast_;
  Evaluator eval_;
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

// ---------------------------------------------------------------------------
// Entry points

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
    try {
      Parser parser(ast->text, lex(ast->text), limits.max_depth, ast->nodes);
      ast->root = parser.parse();
    } catch (const SyntaxError& e) {
      result.errors.push_back(e.error);
      return result;
    }
    Checker checker(*ast, vars, limits.hints);
    checker.run(expected);
    if (!checker.errors.empty()) {
      result.errors = std::move(checker.errors);
      return result;
    }
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
    if (ast->nodes[ast->root].type == TK::boolean) compile_ops(*ast, ast->root);
    result.expr = Access::make(std::move(ast));
  } catch (const std::exception& e) {
    result.expr.reset();
    result.errors.push_back(make_error(0, text.size(), fmt::format("cannot compile the expression: {}", e.what())));
  }
  return result;
}

Evaluation evaluate(const Expr& e, const Env& env) {
  Evaluation out;
  const Ast* ast = Access::ast(e);
  if (!ast) return out;
  Evaluator ev(*ast, env, &out.conditions);
  ev.record_tree(&out.tree);
  out.value = ev.run();
  return out;
}

bool holds(const Expr& e, const Env& env) {
  const Ast* ast = Access::ast(e);
  if (!ast) return false;
  Value v = Evaluator(*ast, env, nullptr).run();
  return v.kind == Value::Kind::boolean && v.boolean;
}

Evaluation evaluate(const Expr& e, const Slots& slots) {
  Evaluation out;
  const Ast* ast = Access::ast(e);
  if (!ast) return out;
  Evaluator ev(*ast, slots, &out.conditions);
  ev.record_tree(&out.tree);
  out.value = ev.run();
  return out;
}

bool holds(const Expr& e, const Slots& slots) {
  const Ast* ast = Access::ast(e);
  if (!ast) return false;
  return OpRunner(*ast, slots).run();
}

std::size_t node_count(const Expr& e) {
  const Ast* ast = Access::ast(e);
  return ast ? ast->ops.size() : 0;
}

bool holds_filling(const Expr& e, const Slots& slots, signed char* truths) {
  const Ast* ast = Access::ast(e);
  if (!ast) return false;
  return OpRunner(*ast, slots).fill(truths);
}

bool holds_changed(const Expr& e, const Slots& slots, const signed char* truths, std::size_t changed) {
  const Ast* ast = Access::ast(e);
  if (!ast) return false;
  return OpRunner(*ast, slots).changed(truths, changed);
}

namespace {

// sensitive_slots(): a leaf changes with any slot it reads. An `and` that
// holds stops holding when any operand changes; one that does not hold
// starts only when every false operand changes with the same slot. `or` is
// the same with true and false swapped; `not` changes when its operand does.
struct Sensitivity {
  bool holds = false;
  std::uint64_t slots = 0;  // bit i: slot i (all bits for a slot past 63)
};

Sensitivity sensitive_slots(const Op* ops, std::size_t i, const signed char* truths) {
  const Op& op = ops[i];
  if (op.kind == OpKind::not_) {
    Sensitivity s = sensitive_slots(ops, i + 1, truths);
    s.holds = !s.holds;
    return s;
  }
  if (op.kind != OpKind::and_ && op.kind != OpKind::or_) return {truths[i] == 1, op.wide ? ~std::uint64_t{0} : op.reads};
  // The operand truth that decides: false for and, true for or.
  const bool decides = op.kind == OpKind::or_;
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

Openness openness(const Op* ops, std::size_t i, const signed char* truths, std::uint64_t open) {
  const Op& op = ops[i];
  if (op.kind == OpKind::not_) {
    Openness o = openness(ops, i + 1, truths, open);
    o.holds = !o.holds;
    return o;
  }
  if (op.kind != OpKind::and_ && op.kind != OpKind::or_)
    return {truths[i] == 1, op.wide || (op.reads & open) != 0};
  const bool decides = op.kind == OpKind::or_;
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
  const Ast* ast = Access::ast(e);
  if (!ast || ast->ops.empty() || open == 0) return false;
  return openness(ast->ops.data(), 0, truths, open).open;
}

std::uint64_t sensitive_slots(const Expr& e, const signed char* truths) {
  const Ast* ast = Access::ast(e);
  if (!ast || ast->ops.empty()) return 0;
  return sensitive_slots(ast->ops.data(), 0, truths).slots;
}

bool holds_reference(const Expr& e, const Slots& slots) {
  const Ast* ast = Access::ast(e);
  if (!ast) return false;
  Value v = Evaluator(*ast, slots, nullptr).run();
  return v.kind == Value::Kind::boolean && v.boolean;
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
