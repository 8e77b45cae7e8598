// The lexer of the expression language: its tokens (parser.cpp reads them).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/expr.h"

namespace ragft::expr {

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

// Lexes the whole text. The last token is `end`, or `error` at the first
// malformed token (the parser reports it when it gets there, so the first
// syntax error in source order is the one reported).
std::vector<Token> lex(std::string_view s);

}  // namespace ragft::expr
