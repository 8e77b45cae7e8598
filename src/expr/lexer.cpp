// The lexer: numbers (12, 1.5, 1e6, 40k, 97%, 40_000), texts, names,
// keywords and operators, with the errors for the usual slips ('=', '&&',
// '<>', curly quotes).
#include "expr/lexer.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "expr/ast.h"
#include "ragft/safe_text.h"

namespace ragft::expr {

Error make_error(std::size_t off, std::size_t len, std::string message, std::string hint) {
  Error e;
  e.offset = off;
  e.length = len;
  e.message = std::move(message);
  e.hint = std::move(hint);
  return e;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

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

}  // namespace

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

}  // namespace ragft::expr
