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
bool is_leaf(const Node& n) {
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

bool skeleton(const Instr& in) { return in.code == Code::and_ || in.code == Code::or_ || in.code == Code::not_; }

}  // namespace

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
// The compiled program: building it

Type type_of(TK t) {
  switch (t) {
    case TK::boolean: return Type::boolean;
    case TK::text: return Type::text;
    case TK::list: return Type::list;
    default: return Type::number;
  }
}

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

namespace {

// The program of a yes/no expression, else nullptr.
const Ast* yes_no(const Expr& e) {
  const Ast* ast = Access::ast(e);
  return ast && ast->nodes[ast->root].type == TK::boolean ? ast : nullptr;
}

}  // namespace

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
