// Tests of the expression language: literals, precedence, every compile error
// (message, offset, length, hint), evaluation with traces and missing
// answers, limits, breakpoints and number formatting.
#include "ragft/expr.h"

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

using namespace ragft::expr;

namespace {

const std::vector<Variable>& vars() {
  static const std::vector<Variable> v = {
      {"labeled_examples", Type::number, {}},
      {"calls_per_day", Type::number, {}},
      {"prompt_quality", Type::number, {}},
      {"quality_target", Type::number, {}},
      {"x", Type::number, {}},
      {"y", Type::number, {}},
      {"problem", Type::text, {"knowledge", "behavior", "both"}},
      {"notes", Type::text, {}},
      {"has_gpu", Type::boolean, {}},
      {"needs_offline", Type::boolean, {}},
  };
  return v;
}

std::string describe(const std::vector<Error>& errors) {
  std::string out;
  for (const auto& e : errors)
    out += std::to_string(e.offset) + "+" + std::to_string(e.length) + ": " + e.message + " [" + e.hint + "]\n";
  return out;
}

Expr compile_ok(const std::string& text, Type expected = Type::boolean) {
  CompileResult r = compile(text, vars(), expected);
  INFO(text << "\n" << describe(r.errors));
  REQUIRE(r.errors.empty());
  REQUIRE(r.expr.has_value());
  return *r.expr;
}

// Exactly one error, with this location, message and hint.
void expect_error(const std::string& text, std::size_t offset, std::size_t length, const std::string& message,
                  const std::string& hint = "", Type expected = Type::boolean, const Limits& limits = {}) {
  CompileResult r = compile(text, vars(), expected, limits);
  INFO(text << "\n" << describe(r.errors));
  CHECK_FALSE(r.expr.has_value());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == message);
  CHECK(r.errors[0].offset == offset);
  CHECK(r.errors[0].length == length);
  CHECK(r.errors[0].hint == hint);
}

Value constant(const std::string& text, Type expected) {
  Expr e = compile_ok(text, expected);
  auto v = e.constant_value();
  REQUIRE(v.has_value());
  return *v;
}

double constant_number(const std::string& text) {
  Value v = constant(text, Type::number);
  REQUIRE(v.kind == Value::Kind::number);
  return v.number;
}

bool constant_bool(const std::string& text) {
  Value v = constant(text, Type::boolean);
  REQUIRE(v.kind == Value::Kind::boolean);
  return v.boolean;
}

// The slots of vars() from values by name; missing for the others.
Slots env_of(const std::map<std::string, Value>& values) {
  Slots slots;
  for (const auto& v : vars()) {
    auto it = values.find(v.id);
    slots.push_back(it == values.end() ? Value{} : it->second);
  }
  return slots;
}

// The truth the traced run gives (evaluate), for comparing with holds().
bool traced_truth(const Expr& e, const Slots& slots) {
  Value v = evaluate(e, slots).value;
  return v.kind == Value::Kind::boolean && v.boolean;
}

Value num(double d) { return Value::of_number(d); }
Value text(const std::string& s) { return Value::of_text(s); }

}  // namespace

TEST_CASE("type names and value printing", "[expr]") {
  CHECK(type_name(Type::number) == "a number");
  CHECK(type_name(Type::boolean) == "yes/no");
  CHECK(type_name(Type::text) == "a text");
  CHECK(type_name(Type::list) == "a list");

  CHECK(format_number(2000) == "2000");
  CHECK(format_number(40000) == "40000");
  CHECK(format_number(0.997) == "0.997");
  CHECK(format_number(0.97) == "0.97");
  CHECK(format_number(1e6) == "1000000");
  CHECK(format_number(1e14) == "100000000000000");
  CHECK(format_number(1e15) == "1e+15");
  CHECK(format_number(1e6 / 365) == "2739.73");
  CHECK(format_number(1.5) == "1.5");
  CHECK(format_number(-3) == "-3");
  CHECK(format_number(-0.25) == "-0.25");
  CHECK(format_number(0) == "0");
  CHECK(format_number(-0.0) == "0");
  CHECK(format_number(123456.7) == "123457");
  CHECK(format_number(1234567.5) == "1234568");  // never an exponent below 1e15
  CHECK(format_number(0.1 + 0.2) == "0.3");
  CHECK(format_number(0.00001) == "1e-05");

  CHECK(Value{}.to_string() == "not answered");
  CHECK(num(2000).to_string() == "2000");
  CHECK(num(0.97).to_string() == "0.97");
  CHECK(text("format").to_string() == "'format'");
  CHECK(text("it's").to_string() == "'it\\'s'");
  CHECK(Value::of_bool(true).to_string() == "true");
  CHECK(Value::of_bool(false).to_string() == "false");
  Value list;
  list.kind = Value::Kind::list;
  list.list = {text("a"), text("b")};
  CHECK(list.to_string() == "['a', 'b']");
  list.list = {num(1), num(2.5)};
  CHECK(list.to_string() == "[1, 2.5]");
  list.list.clear();
  CHECK(list.to_string() == "[]");

  CHECK(num(1) == num(1));
  CHECK_FALSE(num(1) == num(2));
  CHECK_FALSE(num(1) == text("1"));
  CHECK(Value{} == Value{});
  CHECK_FALSE(Value{} == num(0));
  CHECK(Value::of_bool(false) == Value::of_bool(false));
}

TEST_CASE("number literals", "[expr]") {
  CHECK(constant_number("12") == 12);
  CHECK(constant_number("1.5") == 1.5);
  CHECK(constant_number(".5") == 0.5);
  CHECK(constant_number("1e6") == 1e6);
  CHECK(constant_number("2E+2") == 200);
  CHECK(constant_number("1.5e-3") == 0.0015);
  CHECK(constant_number("40k") == 40000);
  CHECK(constant_number("40K") == 40000);
  CHECK(constant_number("1.5k") == 1500);
  CHECK(constant_number("3M") == 3000000);
  CHECK(constant_number("2B") == 2000000000);
  CHECK(constant_number("97%") == 0.97);  // exactly the double 0.97
  CHECK(constant_number("1.5%") == 0.015);
  CHECK(constant_number("40_000") == 40000);
  CHECK(constant_number("1_000_000") == 1000000);
  CHECK(constant_number("-7") == -7);
  CHECK(constant_number("0") == 0);
}

TEST_CASE("text, yes/no and list literals", "[expr]") {
  Value v = constant("'format'", Type::text);
  CHECK(v.kind == Value::Kind::text);
  CHECK(v.text == "format");
  CHECK(constant("\"format\"", Type::text).text == "format");
  CHECK(constant(R"('it\'s')", Type::text).text == "it's");
  CHECK(constant(R"("say \"hi\"")", Type::text).text == "say \"hi\"");
  CHECK(constant(R"('back\\slash')", Type::text).text == "back\\slash");
  CHECK(constant(R"("it's")", Type::text).text == "it's");
  CHECK(constant("''", Type::text).text == "");

  CHECK(constant_bool("true") == true);
  CHECK(constant_bool("yes") == true);
  CHECK(constant_bool("false") == false);
  CHECK(constant_bool("no") == false);

  Value l = constant("[1, 2.5, -3]", Type::list);
  REQUIRE(l.kind == Value::Kind::list);
  CHECK(l.to_string() == "[1, 2.5, -3]");
  CHECK(constant("['a', \"b\"]", Type::list).to_string() == "['a', 'b']");
  CHECK(constant("[true, no]", Type::list).to_string() == "[true, false]");
  CHECK(constant("[1, 2,]", Type::list).to_string() == "[1, 2]");
  CHECK(constant("[]", Type::list).to_string() == "[]");

  CHECK(constant_bool("2 in [1, 2]") == true);
  CHECK(constant_bool("3 in [1, 2]") == false);
  CHECK(constant_bool("3 not in [1, 2]") == true);
  CHECK(constant_bool("'a' in []") == false);
  CHECK(constant_bool("[1, 2] == [1, 2]") == true);
  CHECK(constant_bool("[1, 2] != [2, 1]") == true);
}

TEST_CASE("operator precedence and associativity", "[expr]") {
  CHECK(constant_bool("1 + 2 * 3 == 7") == true);
  CHECK(constant_bool("(1 + 2) * 3 == 9") == true);
  CHECK(constant_bool("10 - 2 - 3 == 5") == true);
  CHECK(constant_bool("12 / 2 / 3 == 2") == true);
  CHECK(constant_bool("2 * 3 / 4 == 1.5") == true);
  CHECK(constant_bool("-2 * 3 == -6") == true);
  CHECK(constant_bool("- -2 == 2") == true);
  CHECK(constant_bool("10 - -2 == 12") == true);
  CHECK(constant_bool("true or false and false") == true);  // and binds tighter
  CHECK(constant_bool("(true or false) and false") == false);
  CHECK(constant_bool("not 1 > 2") == true);  // not (1 > 2)
  CHECK(constant_bool("not false and false") == false);  // (not false) and false
  CHECK(constant_bool("not (false and false)") == true);
  CHECK(constant_bool("1 ≤ 1 and 2 ≥ 1 and 1 ≠ 2") == true);
  CHECK(constant_bool("1 <= 1 and 2 >= 3") == false);
  CHECK(constant_bool("(1 < 2) == true") == true);
  CHECK(constant_number("2 * 3 + 4 * 5") == 26);

  // `not a and b` is `(not a) and b`.
  Expr e = compile_ok("not has_gpu and needs_offline");
  auto env = env_of({{"has_gpu", Value::of_bool(false)}, {"needs_offline", Value::of_bool(false)}});
  CHECK(evaluate(e, env).value == Value::of_bool(false));  // not (false and false) would be true
  env = env_of({{"has_gpu", Value::of_bool(false)}, {"needs_offline", Value::of_bool(true)}});
  CHECK(evaluate(e, env).value == Value::of_bool(true));

  // Numbers compare as decimals (PRODUCT.md): 0.1 + 0.2 is 0.3.
  CHECK(constant_bool("0.1 + 0.2 == 0.3") == true);
  CHECK(constant_bool("0.5 + 0.25 == 0.75") == true);
}

TEST_CASE("identifiers and constants", "[expr]") {
  Expr e = compile_ok("problem == 'both' or labeled_examples > 1 and answered(notes) or labeled_examples < 0");
  CHECK(e.identifiers() == std::vector<std::string>{"labeled_examples", "notes", "problem"});
  CHECK_FALSE(e.constant_value().has_value());
  CHECK(e.text() == "problem == 'both' or labeled_examples > 1 and answered(notes) or labeled_examples < 0");

  Expr c = compile_ok("1 + 1 == 2");
  CHECK(c.identifiers().empty());
  REQUIRE(c.constant_value().has_value());
  CHECK(*c.constant_value() == Value::of_bool(true));

  Expr empty;
  CHECK(empty.text() == "");
  CHECK(empty.identifiers().empty());
  CHECK_FALSE(empty.constant_value().has_value());
  CHECK(evaluate(empty, env_of({})).value.is_missing());
  CHECK_FALSE(holds(empty, env_of({})));
}

TEST_CASE("type errors", "[expr]") {
  expect_error("labeled_exampels >= 1k", 0, 16, "unknown criterion 'labeled_exampels'",
               "did you mean 'labeled_examples'?");
  expect_error("answered(labeled_exampels)", 9, 16, "unknown criterion 'labeled_exampels'",
               "did you mean 'labeled_examples'?");
  expect_error("zzzzzz > 1", 0, 6, "unknown criterion 'zzzzzz'", "");
  expect_error("problem == knowledge", 11, 9, "unknown criterion 'knowledge'",
               "a choice value must be quoted: 'knowledge'");
  expect_error("has_gpu == TRUE", 11, 4, "unknown criterion 'TRUE'", "keywords are lower-case: 'true'");

  expect_error("problem == 'knowlege'", 11, 10, "'knowlege' is not a value of 'problem'", "did you mean 'knowledge'?");
  expect_error("'knowlege' != problem", 0, 10, "'knowlege' is not a value of 'problem'", "did you mean 'knowledge'?");
  expect_error("problem == 'zzz'", 11, 5, "'zzz' is not a value of 'problem'",
               "expected one of: knowledge, behavior, both");
  expect_error("problem in ['behavior', 'bothh']", 24, 7, "'bothh' is not a value of 'problem'",
               "did you mean 'both'?");
  // Free text takes any string.
  compile_ok("notes == 'anything' and notes in ['a', 'b']");

  expect_error("problem == 3", 0, 12, "cannot compare 'problem' (a text) with a number");
  expect_error("3 == problem", 0, 12, "cannot compare a number with 'problem' (a text)");
  expect_error("labeled_examples != 'a'", 0, 23, "cannot compare 'labeled_examples' (a number) with a text");
  expect_error("problem == labeled_examples", 0, 27,
               "cannot compare 'problem' (a text) with 'labeled_examples' (a number)");
  expect_error("has_gpu == 1", 0, 12, "cannot compare 'has_gpu' (yes/no) with a number");
  expect_error("problem in [1, 2]", 0, 17, "cannot compare 'problem' (a text) with a list of numbers");
  expect_error("[1] == ['a']", 0, 12, "cannot compare a list of numbers with a list of texts");

  expect_error("has_gpu and 3", 12, 1, "'and' needs yes/no operands, not a number");
  expect_error("has_gpu or (1 + 2)", 11, 7, "'or' needs yes/no operands, not a number");
  expect_error("not 5", 4, 1, "'not' needs a yes/no operand, not a number");
  expect_error("problem + 1 > 2", 0, 7, "'+' needs numbers, not a text");
  expect_error("1 - has_gpu > 2", 4, 7, "'-' needs numbers, not yes/no");
  expect_error("2 * 'a' > 1", 4, 3, "'*' needs numbers, not a text");
  expect_error("-'a' == 1", 1, 3, "'-' needs a number, not a text");
  expect_error("problem < 3", 0, 7, "'<' needs numbers, not a text");
  expect_error("labeled_examples ≤ 'a'", 21, 3, "'≤' needs numbers, not a text");
  expect_error("labeled_examples in 5", 20, 1, "'in' needs a list on the right", "e.g. in [1, 2] or in ['a', 'b']");
  expect_error("labeled_examples not in (5)", 24, 3, "'not in' needs a list on the right",
               "e.g. not in [1, 2] or not in ['a', 'b']");
  expect_error("[1, 'a'] == [1]", 4, 3, "list elements must have the same type: expected a number, not a text");

  // The whole expression: "a condition must be yes/no, not X" for conditions,
  // "the expression must be X, not Y" for other expected types.
  expect_error("labeled_examples", 0, 16, "a condition must be yes/no, not a number",
               "compare it, e.g. 'labeled_examples > 0'");
  expect_error("problem", 0, 7, "a condition must be yes/no, not a text",
               "compare it, e.g. \"problem == 'knowledge'\"");
  expect_error(" 1 + 2 ", 1, 5, "a condition must be yes/no, not a number");
  expect_error("[1]", 0, 3, "a condition must be yes/no, not a list");
  expect_error("labeled_examples > 1", 0, 20, "the expression must be a number, not yes/no", "", Type::number);
  expect_error("'a'", 0, 3, "the expression must be a list, not a text", "", Type::list);

  // All type errors are reported, in source order; unknown criteria do not
  // cascade into further errors.
  std::string t = "labeled_exampels > 1 and problem == 'knowlege' and has_gpu + 1 and zzz == 'a'";
  CompileResult r = compile(t, vars());
  INFO(describe(r.errors));
  CHECK_FALSE(r.expr.has_value());
  REQUIRE(r.errors.size() == 5);
  CHECK(r.errors[0].message == "unknown criterion 'labeled_exampels'");
  CHECK(r.errors[0].offset == 0);
  CHECK(r.errors[1].message == "'knowlege' is not a value of 'problem'");
  CHECK(r.errors[1].offset == t.find("'knowlege'"));
  // At the same offset, the inner error comes first.
  CHECK(r.errors[2].message == "'+' needs numbers, not yes/no");
  CHECK(r.errors[2].offset == t.find("has_gpu"));
  CHECK(r.errors[2].length == 7);
  CHECK(r.errors[3].message == "'and' needs yes/no operands, not a number");
  CHECK(r.errors[3].offset == t.find("has_gpu"));
  CHECK(r.errors[3].length == std::string("has_gpu + 1").size());
  CHECK(r.errors[4].message == "unknown criterion 'zzz'");
  CHECK(r.errors[4].offset == t.find("zzz"));
}

TEST_CASE("syntax errors", "[expr]") {
  expect_error("", 0, 0, "empty expression");
  expect_error("  \n ", 0, 0, "empty expression");
  expect_error("labeled_examples >", 18, 0, "expected an expression after '>'");
  expect_error("labeled_examples > )", 19, 1, "expected an expression after '>'");
  expect_error("has_gpu and", 11, 0, "expected an expression after 'and'");
  expect_error("labeled_examples == not has_gpu", 20, 3, "expected an expression after '=='",
               "put 'not ...' in parentheses");
  expect_error("()", 1, 1, "expected an expression after '('");
  expect_error("and has_gpu", 0, 3, "unexpected 'and'", "'and' needs an expression on both sides");
  expect_error(")", 0, 1, "unexpected ')'");
  expect_error("(labeled_examples > 1", 21, 0, "expected ')'", "to match the '(' at column 1");
  expect_error("has_gpu and (labeled_examples > 1 has_gpu)", 34, 7, "expected ')'", "to match the '(' at column 13");
  expect_error("labeled_examples > 1)", 20, 1, "unexpected ')'", "there is no '(' to match it");
  expect_error("labeled_examples > 1]", 20, 1, "unexpected ']'", "there is no '[' to match it");
  expect_error("labeled_examples > 1 x", 21, 1, "unexpected 'x' after the expression",
               "join conditions with 'and' or 'or'");
  expect_error("labeled_examples > 1 'a'", 21, 3, "unexpected 'a' after the expression",
               "join conditions with 'and' or 'or'");
  expect_error("has_gpu not", 8, 3, "unexpected 'not' after the expression", "join conditions with 'and' or 'or'");
  expect_error("problem == 'abc", 11, 4, "unterminated string", "close it with '");
  expect_error("problem == \"abc'", 11, 5, "unterminated string", "close it with \"");
  expect_error("notes == 'a\\nb'", 11, 2, "unknown escape '\\n' in a text",
               "only \\\\, \\' and \\\" are escapes; write \\\\ for a backslash");
  expect_error("foo(x)", 0, 3, "unknown function 'foo'", "the only function is answered(criterion_id)");
  expect_error("answerd(x)", 0, 7, "unknown function 'answerd'", "did you mean 'answered'?");
  expect_error("answered()", 9, 1, "answered() takes one criterion id", "write answered(criterion_id)");
  expect_error("answered(x, y)", 10, 1, "answered() takes one criterion id", "write answered(criterion_id)");
  expect_error("answered(1)", 9, 1, "answered() takes one criterion id", "write answered(criterion_id)");
  expect_error("answered(x", 10, 0, "answered() takes one criterion id", "write answered(criterion_id)");
  expect_error("answered and x > 1", 0, 8, "answered() takes one criterion id", "write answered(criterion_id)");
  expect_error("answered('has_gpu')", 9, 9, "answered() takes one criterion id",
               "write the id without quotes: answered(has_gpu)");
  expect_error("labeled_examples = 1", 17, 1, "use '==' to compare, not '='");
  expect_error("labeled_examples => 1", 17, 2, "use '>=' instead of '=>'");
  expect_error("labeled_examples <> 1", 17, 2, "use '!=' instead of '<>'");
  expect_error("has_gpu && needs_offline", 8, 2, "use 'and' instead of '&&'");
  expect_error("has_gpu || needs_offline", 8, 2, "use 'or' instead of '||'");
  expect_error("!has_gpu", 0, 1, "use 'not' instead of '!'");
  expect_error("1 < labeled_examples < 3", 21, 1, "comparisons cannot be chained; join them with 'and'",
               "e.g. 'a < b and b < c'");
  expect_error("x == y in [1]", 7, 2, "comparisons cannot be chained; join them with 'and'",
               "e.g. 'a < b and b < c'");
  expect_error("labeled_examples > 12x", 19, 3, "invalid number '12x'",
               "write numbers like 12, 1.5, 1e6, 40k, 3M, 2B, 97% or 40_000");
  expect_error("x > 1__0", 4, 4, "invalid number '1__0'", "write numbers like 12, 1.5, 1e6, 40k, 3M, 2B, 97% or 40_000");
  expect_error("x > 1_", 4, 2, "invalid number '1_'", "write numbers like 12, 1.5, 1e6, 40k, 3M, 2B, 97% or 40_000");
  expect_error("x > 1.", 4, 2, "invalid number '1.'", "write numbers like 12, 1.5, 1e6, 40k, 3M, 2B, 97% or 40_000");
  expect_error("x > 3m", 4, 2, "invalid number '3m'", "write numbers like 12, 1.5, 1e6, 40k, 3M, 2B, 97% or 40_000");
  expect_error("x > 1e", 4, 2, "invalid number '1e'", "write numbers like 12, 1.5, 1e6, 40k, 3M, 2B, 97% or 40_000");
  expect_error("x > 1e400", 4, 5, "invalid number '1e400'", "it is out of range");
  expect_error("labeled_examples @ 1", 17, 1, "unexpected character '@'");
  expect_error("x × 2 > 1", 2, 2, "unexpected character '×'", "use '*'");
  expect_error("problem == ‘both’", 11, 3, "unexpected character '‘'", "use straight quotes: ' or \"");
  expect_error("x > 1 \x01", 6, 1, "unexpected character '\\x01'");
  expect_error("problem in ['knowledge', behavior]", 25, 8, "a list may only hold literal values",
               "a choice value must be quoted: 'behavior'");
  expect_error("x in [1 2]", 8, 1, "expected ',' or ']'", "to match the '[' at column 6");
  expect_error("x in [1,", 8, 0, "expected a value or ']'", "to match the '[' at column 6");
  expect_error("x in [", 6, 0, "expected ']'", "to match the '[' at column 6");
  // The first syntax error in source order is reported, even when a later
  // token is malformed too.
  expect_error("x > ) @", 4, 1, "expected an expression after '>'");
  expect_error("x @ )", 2, 1, "unexpected character '@'");
}

TEST_CASE("limits: length and nesting", "[expr]") {
  std::string ok = "labeled_examples > 1";
  ok += std::string(4096 - ok.size(), ' ');
  REQUIRE(ok.size() == 4096);
  compile_ok(ok);

  std::string long_text = ok + "x";
  expect_error(long_text, 4096, 1, "expression is longer than 4096 bytes", "split it into several rules");
  std::string five_k = "x > 1" + std::string(4995, ' ');
  REQUIRE(five_k.size() == 5000);
  expect_error(five_k, 4096, 904, "expression is longer than 4096 bytes", "split it into several rules");

  compile_ok(std::string(64, '(') + "has_gpu" + std::string(64, ')'));
  expect_error(std::string(65, '(') + "has_gpu" + std::string(65, ')'), 64, 1,
               "expression nests deeper than 64 levels");

  // 10000 levels: an error, not a stack overflow (the length limit is raised
  // so that the depth limit is what stops it).
  Limits big;
  big.max_length = 100000;
  expect_error(std::string(10000, '(') + "1" + std::string(10000, ')'), 64, 1,
               "expression nests deeper than 64 levels", "", Type::boolean, big);
  std::string nots;
  for (int i = 0; i < 10000; ++i) nots += "not ";
  expect_error(nots + "has_gpu", 256, 3, "expression nests deeper than 64 levels", "", Type::boolean, big);
  expect_error(std::string(10000, '-') + "1 > 0", 64, 1, "expression nests deeper than 64 levels", "",
               Type::boolean, big);
  expect_error(std::string(10000, '[') + "1" + std::string(10000, ']'), 1, 1, "a list may only hold literal values",
               "", Type::boolean, big);
  // And with the default limits, the length limit fires first.
  expect_error(std::string(10000, '(') + "1" + std::string(10000, ')'), 4096, 15905,
               "expression is longer than 4096 bytes", "split it into several rules");

  Limits tight;
  tight.max_depth = 2;
  expect_error("not not not has_gpu", 8, 3, "expression nests deeper than 2 levels", "", Type::boolean, tight);
  CHECK(compile("not (has_gpu)", vars(), Type::boolean, tight).errors.empty());

  // Long chains of one operator are flat, not deep.
  std::string chain = "x > 0";
  for (int i = 0; i < 200; ++i) chain += " and x > " + std::to_string(i);
  Expr e = compile_ok(chain);
  auto ev = evaluate(e, env_of({{"x", num(1000)}}));
  CHECK(ev.value == Value::of_bool(true));
  CHECK(ev.conditions.size() == 201);
}

TEST_CASE("evaluation and the condition trace", "[expr]") {
  auto env = env_of({{"labeled_examples", num(2000)},
                     {"problem", text("behavior")},
                     {"prompt_quality", num(0.8)},
                     {"quality_target", num(0.9)},
                     {"has_gpu", Value::of_bool(true)}});

  SECTION("all answered") {
    std::string t = "labeled_examples >= 1k and problem in ['behavior', 'both']";
    Evaluation ev = evaluate(compile_ok(t), env);
    CHECK(ev.value == Value::of_bool(true));
    REQUIRE(ev.conditions.size() == 2);
    const Condition& a = ev.conditions[0];
    CHECK(a.offset == 0);
    CHECK(a.length == 22);
    CHECK(a.text == "labeled_examples >= 1k");
    REQUIRE(a.seen.size() == 1);
    CHECK(a.seen[0].first == "labeled_examples");
    CHECK(a.seen[0].second == num(2000));
    CHECK(a.held);
    CHECK_FALSE(a.missing);
    const Condition& b = ev.conditions[1];
    CHECK(b.offset == 27);
    CHECK(b.length == 31);
    CHECK(b.text == "problem in ['behavior', 'both']");
    REQUIRE(b.seen.size() == 1);
    CHECK(b.seen[0].first == "problem");
    CHECK(b.seen[0].second == text("behavior"));
    CHECK(b.held);
    CHECK_FALSE(b.missing);
  }

  SECTION("a missing answer makes its comparison false and marked missing") {
    std::string t = "calls_per_day * 365 > 1M or not answered(prompt_quality)";
    Evaluation ev = evaluate(compile_ok(t), env);
    CHECK(ev.value == Value::of_bool(false));
    REQUIRE(ev.conditions.size() == 2);
    CHECK(ev.conditions[0].text == "calls_per_day * 365 > 1M");
    REQUIRE(ev.conditions[0].seen.size() == 1);
    CHECK(ev.conditions[0].seen[0].first == "calls_per_day");
    CHECK(ev.conditions[0].seen[0].second.is_missing());
    CHECK(ev.conditions[0].seen[0].second.to_string() == "not answered");
    CHECK_FALSE(ev.conditions[0].held);
    CHECK(ev.conditions[0].missing);
    CHECK(ev.conditions[1].text == "answered(prompt_quality)");
    CHECK(ev.conditions[1].offset == 32);
    REQUIRE(ev.conditions[1].seen.size() == 1);
    CHECK(ev.conditions[1].seen[0].second == num(0.8));
    CHECK(ev.conditions[1].held);
    CHECK_FALSE(ev.conditions[1].missing);

    // answered() of a missing answer is plainly false, not "missing".
    Evaluation ev2 = evaluate(compile_ok("answered(calls_per_day)"), env);
    CHECK(ev2.value == Value::of_bool(false));
    REQUIRE(ev2.conditions.size() == 1);
    CHECK_FALSE(ev2.conditions[0].held);
    CHECK_FALSE(ev2.conditions[0].missing);
  }

  SECTION("not of a missing comparison is true") {
    Evaluation ev = evaluate(compile_ok("not (calls_per_day >= 1000)"), env);
    CHECK(ev.value == Value::of_bool(true));
    REQUIRE(ev.conditions.size() == 1);
    CHECK(ev.conditions[0].text == "calls_per_day >= 1000");
    CHECK(ev.conditions[0].offset == 5);
    CHECK_FALSE(ev.conditions[0].held);
    CHECK(ev.conditions[0].missing);
    // `not in` with a missing value is false too.
    CHECK(evaluate(compile_ok("calls_per_day not in [1, 2]"), env).value == Value::of_bool(false));
    CHECK(evaluate(compile_ok("calls_per_day != 1"), env).value == Value::of_bool(false));
  }

  SECTION("bare yes/no criteria are conditions") {
    Evaluation ev = evaluate(compile_ok("has_gpu and needs_offline"), env);
    CHECK(ev.value == Value::of_bool(false));
    REQUIRE(ev.conditions.size() == 2);
    CHECK(ev.conditions[0].text == "has_gpu");
    CHECK(ev.conditions[0].held);
    CHECK(ev.conditions[1].text == "needs_offline");
    CHECK(ev.conditions[1].offset == 12);
    CHECK(ev.conditions[1].length == 13);
    CHECK_FALSE(ev.conditions[1].held);
    CHECK(ev.conditions[1].missing);
    CHECK(evaluate(compile_ok("not needs_offline"), env).value == Value::of_bool(true));
    CHECK(evaluate(compile_ok("needs_offline"), env).value == Value::of_bool(false));
  }

  SECTION("no short-circuit: the trace is complete") {
    Evaluation ev = evaluate(compile_ok("has_gpu or labeled_examples > 1 or (problem == 'both' and true)"), env);
    CHECK(ev.value == Value::of_bool(true));
    REQUIRE(ev.conditions.size() == 3);
    CHECK(ev.conditions[0].text == "has_gpu");
    CHECK(ev.conditions[1].text == "labeled_examples > 1");
    CHECK(ev.conditions[2].text == "problem == 'both'");
    CHECK_FALSE(ev.conditions[2].held);
    CHECK_FALSE(ev.conditions[2].missing);
  }

  SECTION("a comparison of conditions is one condition; seen is unique, in order") {
    Evaluation ev = evaluate(compile_ok("(labeled_examples > 1) == (x > labeled_examples)"), env);
    CHECK(ev.value == Value::of_bool(false));
    REQUIRE(ev.conditions.size() == 1);
    CHECK(ev.conditions[0].text == "(labeled_examples > 1) == (x > labeled_examples)");
    REQUIRE(ev.conditions[0].seen.size() == 2);
    CHECK(ev.conditions[0].seen[0].first == "labeled_examples");
    CHECK(ev.conditions[0].seen[1].first == "x");
    CHECK(ev.conditions[0].seen[1].second.is_missing());
    CHECK_FALSE(ev.conditions[0].held);
    CHECK(ev.conditions[0].missing);

    Evaluation sq = evaluate(compile_ok("labeled_examples * labeled_examples > 10"), env);
    REQUIRE(sq.conditions.size() == 1);
    CHECK(sq.conditions[0].seen.size() == 1);
    CHECK(sq.conditions[0].held);
  }

  SECTION("arithmetic") {
    CHECK(evaluate(compile_ok("labeled_examples * 2 + 1", Type::number), env).value == num(4001));
    CHECK(evaluate(compile_ok("calls_per_day * 2", Type::number), env).value.is_missing());
    CHECK(evaluate(compile_ok("-calls_per_day", Type::number), env).value.is_missing());
    CHECK(evaluate(compile_ok("prompt_quality >= quality_target"), env).value == Value::of_bool(false));
    CHECK(evaluate(compile_ok("problem", Type::text), env).value == text("behavior"));
    CHECK(evaluate(compile_ok("notes", Type::text), env).value.is_missing());
    CHECK(evaluate(compile_ok("notes == 'x' or notes != 'x'"), env).value == Value::of_bool(false));
  }

  SECTION("division by zero and overflow are missing") {
    CHECK(constant("10 / (5 - 5)", Type::number).is_missing());
    CHECK(constant("1e308 * 10", Type::number).is_missing());
    CHECK(constant_bool("1 / 0 == 1 / 0") == false);
    Evaluation ev = evaluate(compile_ok("labeled_examples / (x - x) > 1"), env_of({{"labeled_examples", num(5)},
                                                                                    {"x", num(3)}}));
    CHECK(ev.value == Value::of_bool(false));
    REQUIRE(ev.conditions.size() == 1);
    CHECK_FALSE(ev.conditions[0].held);
    CHECK_FALSE(ev.conditions[0].missing);  // every answer was there; the division is undefined
  }

  SECTION("a value of the wrong kind from the environment counts as missing") {
    auto bad = env_of({{"labeled_examples", text("many")}});
    Evaluation ev = evaluate(compile_ok("labeled_examples > 1"), bad);
    CHECK(ev.value == Value::of_bool(false));
    REQUIRE(ev.conditions.size() == 1);
    CHECK(ev.conditions[0].missing);
    CHECK(ev.conditions[0].seen[0].second.is_missing());
  }
}

TEST_CASE("holds agrees with evaluate", "[expr]") {
  const std::vector<std::string> exprs = {
      "labeled_examples >= 1k and problem in ['behavior', 'both']",
      "calls_per_day * 365 > 1M or not answered(prompt_quality)",
      "prompt_quality >= quality_target",
      "has_gpu or needs_offline",
      "not has_gpu and needs_offline",
      "not (labeled_examples >= 1000)",
      "problem not in ['knowledge'] and (x / y > 2 or y == 0)",
      "(has_gpu == needs_offline) != (x > 1)",
      "answered(x) and answered(problem) or -x < -5",
      "true",
      "1 / 0 > 1 or not (1 / 0 > 1)",
  };
  const std::vector<std::map<std::string, Value>> envs = {
      {},
      {{"labeled_examples", num(2000)}, {"problem", text("behavior")}, {"has_gpu", Value::of_bool(true)}},
      {{"labeled_examples", num(10)},
       {"calls_per_day", num(5000)},
       {"prompt_quality", num(0.95)},
       {"quality_target", num(0.9)},
       {"problem", text("knowledge")},
       {"has_gpu", Value::of_bool(false)},
       {"needs_offline", Value::of_bool(true)},
       {"x", num(10)},
       {"y", num(0)}},
      {{"x", num(10)}, {"y", num(2)}, {"needs_offline", Value::of_bool(false)}, {"problem", text("both")}},
  };
  // The expected values, one row per environment.
  const std::vector<std::vector<bool>> expected = {
      {false, true, false, false, false, true, false, false, false, true, true},
      {true, true, false, true, false, false, false, false, false, true, true},
      {false, true, true, true, true, true, false, true, true, true, true},
      {false, true, false, false, false, true, true, true, true, true, true},
  };
  for (std::size_t j = 0; j < envs.size(); ++j) {
    for (std::size_t i = 0; i < exprs.size(); ++i) {
      INFO("env " << j << ": " << exprs[i]);
      Expr e = compile_ok(exprs[i]);
      auto env = env_of(envs[j]);
      Evaluation ev = evaluate(e, env);
      REQUIRE(ev.value.kind == Value::Kind::boolean);
      CHECK(ev.value.boolean == expected[j][i]);
      CHECK(holds(e, env) == ev.value.boolean);
    }
  }
}

TEST_CASE("the plain, filling and cached runs agree with the traced run", "[expr]") {
  // holds() stops at the operand that decides and evaluate() does not;
  // holds_filling() and holds_changed() store and reuse truths. They must
  // all give the truth evaluate() gives for every expression and every kind
  // of answer, including answers of the wrong kind and non-finite numbers.
  const std::vector<std::string> exprs = {
      "labeled_examples >= 1k and problem in ['behavior', 'both']",
      "calls_per_day * 365 > 1M or not answered(prompt_quality)",
      "prompt_quality >= quality_target",
      "prompt_quality == quality_target or prompt_quality != x",
      "has_gpu or needs_offline",
      "not has_gpu and needs_offline",
      "has_gpu",
      "not has_gpu",
      "has_gpu == needs_offline",
      "has_gpu != true",
      "has_gpu == no",
      "not (labeled_examples >= 1000)",
      "problem not in ['knowledge'] and (x / y > 2 or y == 0)",
      "(has_gpu == needs_offline) != (x > 1)",
      "answered(x) and answered(problem) or -x < -5",
      "answered(has_gpu)",
      "true",
      "false or no",
      "1 / 0 > 1 or not (1 / 0 > 1)",
      "x - y * 2 + 3 / y <= 7",
      "-(x + y) < 0",
      "x in [1, 2, 10] or y not in [0]",
      "problem == 'knowledge'",
      "problem != 'both'",
      "'both' == problem",
      "notes == ''",
      "notes in ['a', 'b']",
      "problem not in ['knowledge', 'both']",
      "x * y * labeled_examples > 1e300",
      "(x > 1) == (y > 1)",
      // The number on the left: the compiled form mirrors the comparison.
      "1000 > labeled_examples or 0.9 <= prompt_quality",
      "10 == x and 2 != y or 0 >= y or 5 < x",
      "notes != 'a' and 'knowledge' != problem",
      "not (problem in ['both'] or has_gpu) and not answered(notes)",
  };
  const Value nan = num(std::nan(""));
  const Value inf = num(INFINITY);
  const std::vector<std::vector<Value>> assignments = {
      {},
      {num(2000), num(5000), num(0.95), num(0.9), num(10), num(0), text("knowledge"), text(""),
       Value::of_bool(false), Value::of_bool(true)},
      {num(10), num(1), num(0.9), num(0.9), num(2), num(2), text("both"), text("a"), Value::of_bool(true),
       Value::of_bool(true)},
      {num(1e308), inf, nan, num(0.9), num(-3), num(1e308), text("behavior"), text("b"), Value{},
       Value::of_bool(false)},
      // Values of the wrong kind count as missing.
      {text("many"), Value::of_bool(true), num(0.5), text("x"), Value{}, num(1), num(3), Value::of_bool(true),
       text("yes"), num(1)},
      {Value{}, Value{}, Value{}, Value{}, Value{}, Value{}, Value{}, Value{}, Value{}, Value{}},
  };
  for (std::size_t j = 0; j < assignments.size(); ++j) {
    Slots slots = assignments[j];
    for (const auto& text_ : exprs) {
      INFO("assignment " << j << ": " << text_);
      Expr e = compile_ok(text_);
      bool reference = traced_truth(e, slots);
      // Slots past the end read as missing.
      Slots padded = slots;
      padded.resize(vars().size());
      CHECK(traced_truth(e, padded) == reference);
      CHECK(holds(e, slots) == reference);
      // With the leaves cached, changing one slot to any value of the table
      // gives what evaluating from scratch gives.
      std::vector<signed char> leaves(node_count(e), 0);
      CHECK(holds_filling(e, slots, leaves.data()) == reference);
      // A slot whose change changes the truth is among sensitive_slots().
      const std::uint64_t sensitive = sensitive_slots(e, leaves.data());
      for (std::size_t k = 0; k < vars().size(); ++k) {
        for (const auto& other : assignments) {
          Slots changed = slots;
          changed.resize(vars().size());
          changed[k] = k < other.size() ? other[k] : Value{};
          if (slots.size() < vars().size()) continue;  // the cache was filled with the slots past the end missing
          bool now = traced_truth(e, changed);
          CHECK(holds_changed(e, changed, leaves.data(), k) == now);
          if (now != reference) CHECK((sensitive >> k & 1));
        }
      }
    }
  }
  // The table above must exercise both truths.
  Slots some = assignments[1];
  CHECK(holds(compile_ok("problem == 'knowledge' and has_gpu == no and needs_offline"), some));
  CHECK_FALSE(holds(compile_ok("problem == 'knowledge' and has_gpu"), some));
}

TEST_CASE("a value of another kind than its criterion's reads as missing", "[expr]") {
  // The differential test above compares runs that share this rule; here
  // it is pinned. Slots: x 4 (number), problem 6 (text), has_gpu 8
  // (yes/no).
  Slots slots(vars().size());
  slots[4] = text("5");
  slots[6] = num(1);
  slots[8] = text("yes");
  const Slots infinite = [] {
    Slots s(vars().size());
    s[4] = num(INFINITY);
    return s;
  }();
  const std::vector<std::pair<std::string, bool>> cases = {
      {"answered(x)", false},
      {"answered(problem)", false},
      {"answered(has_gpu)", false},
      {"not answered(x) and not answered(problem) and not answered(has_gpu)", true},
      {"x >= 0 or x < 0", false},
      {"problem == 'both' or problem != 'both'", false},
      {"problem in ['knowledge'] or problem not in ['knowledge']", false},
      {"has_gpu or has_gpu == true or has_gpu == false", false},
      {"not has_gpu", true},
  };
  for (const auto& [t, expected] : cases) {
    INFO(t);
    Expr e = compile_ok(t);
    CHECK(holds(e, slots) == expected);
    CHECK(evaluate(e, slots).value == Value::of_bool(expected));
  }
  // A number that is not finite is no answer either.
  CHECK_FALSE(holds(compile_ok("answered(x)"), infinite));
  CHECK(evaluate(compile_ok("x > 0"), infinite).value == Value::of_bool(false));
  CHECK_FALSE(holds(compile_ok("x > 0"), infinite));
}

TEST_CASE("the slots that may change a truth", "[expr]") {
  // Slots: labeled_examples 0, calls_per_day 1, x 4, y 5, problem 6, has_gpu 8.
  auto sensitive = [](const std::string& t, const Slots& slots) {
    Expr e = compile_ok(t);
    std::vector<signed char> leaves(node_count(e), 0);
    holds_filling(e, slots, leaves.data());
    return sensitive_slots(e, leaves.data());
  };
  Slots slots(vars().size());
  slots[4] = num(5);
  slots[5] = num(1);
  slots[6] = text("knowledge");
  const std::uint64_t x = 1 << 4, y = 1 << 5, problem = 1 << 6, gpu = 1 << 8;
  // and: holding, any operand; not holding, only what changes every false one.
  CHECK(sensitive("x > 1 and y < 2", slots) == (x | y));
  CHECK(sensitive("x > 1 and y > 2", slots) == y);
  CHECK(sensitive("x > 9 and y > 2", slots) == 0);
  CHECK(sensitive("x > 9 and y > 2 and x + y > 100", slots) == 0);
  CHECK(sensitive("x > 9 and x + y > 100", slots) == x);
  // or: the same with true and false swapped.
  CHECK(sensitive("x > 1 or y > 2", slots) == x);
  CHECK(sensitive("x > 1 or y < 2", slots) == 0);
  CHECK(sensitive("x > 9 or y > 2", slots) == (x | y));
  // not, nesting, and leaves of every kind.
  CHECK(sensitive("not (x > 1 and y > 2)", slots) == y);
  CHECK(sensitive("problem == 'knowledge' and (has_gpu or y > 2)", slots) == (gpu | y));
  CHECK(sensitive("problem == 'knowledge' or (has_gpu and y > 2)", slots) == problem);
  CHECK(sensitive("answered(labeled_examples) and x > 1", slots) == 1);
  CHECK(sensitive("true", slots) == 0);
  // A slot past 63 cannot be named by a bit: every bit.
  std::vector<Variable> many;
  for (int i = 0; i < 70; ++i) many.push_back({"v" + std::to_string(i), Type::number, {}});
  Expr wide = *compile("v1 > 0 and v69 > 0", many).expr;
  Slots values(70, num(1));
  std::vector<signed char> leaves(node_count(wide), 0);
  REQUIRE(holds_filling(wide, values, leaves.data()));
  CHECK(sensitive_slots(wide, leaves.data()) == ~std::uint64_t{0});
}

TEST_CASE("piecewise constant in one criterion", "[expr]") {
  CHECK(piecewise_constant_in(compile_ok("x > 3 and y < 2"), "x"));
  CHECK(piecewise_constant_in(compile_ok("x * 365 >= 1M or x - y < 3"), "x"));
  CHECK(piecewise_constant_in(compile_ok("prompt_quality < quality_target - 0.05"), "prompt_quality"));
  CHECK(piecewise_constant_in(compile_ok("x in [1, 2, 3]"), "x"));
  CHECK(piecewise_constant_in(compile_ok("y / 2 > 1"), "x"));
  CHECK(piecewise_constant_in(compile_ok("x / 2 > 1"), "x"));
  // Read twice in one comparison, or under a divisor: not.
  CHECK_FALSE(piecewise_constant_in(compile_ok("x * x > 4"), "x"));
  CHECK_FALSE(piecewise_constant_in(compile_ok("x - x / 2 > 4"), "x"));
  CHECK_FALSE(piecewise_constant_in(compile_ok("100 / x > 4"), "x"));
  CHECK_FALSE(piecewise_constant_in(compile_ok("y / (x + 1) > 4"), "x"));
}

TEST_CASE("breakpoints", "[expr]") {
  auto bp = [](const std::string& t, const std::map<std::string, Value>& values) {
    std::map<std::string, std::vector<double>> out;
    Slots slots;
    for (const auto& v : vars()) slots.push_back(values.count(v.id) ? values.at(v.id) : Value{});
    breakpoints(compile_ok(t), slots, out);
    return out;
  };
  using M = std::map<std::string, std::vector<double>>;

  M calls = bp("calls_per_day * 365 > 1M", {});
  REQUIRE(calls.size() == 1);
  REQUIRE(calls["calls_per_day"].size() == 1);
  CHECK(calls["calls_per_day"][0] == 1e6 / 365);
  CHECK(format_number(calls["calls_per_day"][0]) == "2739.73");

  CHECK(bp("x / 2 >= 10", {}) == M{{"x", {20}}});
  CHECK(bp("100 - x < 40", {}) == M{{"x", {60}}});
  CHECK(bp("-x > 3", {}) == M{{"x", {-3}}});
  CHECK(bp("2 * (x + 1) == 10", {}) == M{{"x", {4}}});
  CHECK(bp("10 / x > 2", {}) == M{{"x", {5}}});
  CHECK(bp("30 < x * 3", {}) == M{{"x", {10}}});
  CHECK(bp("labeled_examples >= 1k and x < 5", {}) == M{{"labeled_examples", {1000}}, {"x", {5}}});

  CHECK(bp("prompt_quality >= quality_target", {{"quality_target", num(0.9)}}) == M{{"prompt_quality", {0.9}}});
  CHECK(bp("prompt_quality >= quality_target", {{"quality_target", num(0.9)}, {"prompt_quality", num(0.8)}}) ==
        M{{"prompt_quality", {0.9}}, {"quality_target", {0.8}}});
  CHECK(bp("x / y > 2", {{"x", num(10)}}) == M{{"y", {5}}});
  CHECK(bp("x / y > 2", {{"x", num(10)}, {"y", num(4)}}) == M{{"x", {8}}, {"y", {5}}});

  // One criterion's only (by slot: x is 4, y is 5), appended.
  auto bp_of = [](const std::string& t, std::size_t slot, const Slots& slots) {
    std::vector<double> out = {-1};
    breakpoints(compile_ok(t), slots, slot, out);
    return out;
  };
  Slots ten(vars().size());
  ten[4] = num(10);
  ten[5] = num(4);
  CHECK(bp_of("x / y > 2 and x < 100", 4, ten) == std::vector<double>{-1, 8, 100});
  CHECK(bp_of("x / y > 2 and x < 100", 5, ten) == std::vector<double>{-1, 5});
  CHECK(bp_of("x * x > 2 or y > 3", 4, ten) == std::vector<double>{-1});
  CHECK(bp_of("x in [1, 2] or y in [3]", 4, ten) == std::vector<double>{-1, 1, 2});
  CHECK(bp_of("x > 1", 0, ten) == std::vector<double>{-1});

  // `in` a list of numbers: one breakpoint per element.
  CHECK(bp("x in [1, 2]", {}) == M{{"x", {1, 2}}});
  CHECK(bp("x + 1 not in [3, 5]", {}) == M{{"x", {2, 4}}});

  // No breakpoint: zero coefficient, id twice, nothing to solve, non-number.
  CHECK(bp("x * 0 > 1", {}).empty());
  CHECK(bp("0 / x > 1", {}).empty());
  CHECK(bp("10 / x > 0", {}).empty());
  CHECK(bp("x * x > 4", {}).empty());
  CHECK(bp("x - x > 4", {}).empty());
  CHECK(bp("x / (y - y) > 1", {{"y", num(3)}}).empty());
  CHECK(bp("x * 1e-300 > 1e300", {}).empty());  // x would be infinite
  CHECK(bp("problem == 'both' and has_gpu", {}).empty());
  CHECK(bp("1 > 0", {}).empty());

  // Appends, repeats allowed.
  std::map<std::string, std::vector<double>> out{{"x", {7}}};
  breakpoints(compile_ok("x > 1 or x < 1"), Slots{}, out);
  CHECK(out == M{{"x", {7, 1, 1}}});
}

TEST_CASE("numbers compare as decimals, not as their binary roundings", "[expr]") {
  // 0.90 - 0.82 is 0.08000000000000007 in binary floating point.
  CHECK_FALSE(constant_bool("0.90 - 0.82 > 0.08"));
  CHECK(constant_bool("0.90 - 0.82 >= 0.08"));
  CHECK(constant_bool("0.90 - 0.82 == 0.08"));
  CHECK(constant_bool("0.1 + 0.2 == 0.3"));
  CHECK(constant_bool("0.3 - 0.1 <= 0.2"));
  // A real difference, however small among the answers' own digits, stays.
  CHECK(constant_bool("0.82 < 0.8200001"));
  CHECK(constant_bool("40000 != 40001"));
  // The same through answers, on every evaluator the engine uses.
  Expr gap = compile_ok("quality_target - prompt_quality > 0.08");
  Slots slots = env_of({{"quality_target", num(0.90)}, {"prompt_quality", num(0.82)}});
  CHECK(slots[3] == num(0.90));
  CHECK(slots[2] == num(0.82));
  CHECK_FALSE(holds(gap, slots));
  CHECK(evaluate(gap, slots).value == Value::of_bool(false));
  std::vector<signed char> truths(node_count(gap));
  CHECK_FALSE(holds_filling(gap, slots, truths.data()));
  slots[2] = num(0.81);
  CHECK(holds(gap, slots));
}

TEST_CASE("could_change: whether answers not given, taken together, could change a condition", "[expr]") {
  // problem == 'behavior' and (x > 5 or y > 5): with problem 'knowledge' the
  // missing x and y cannot change it; with 'behavior' they can, together or
  // alone; with x = 9 given, y cannot.
  Expr e = compile_ok("problem == 'behavior' and (x > 5 or y > 5)");
  auto open_with = [&](Slots slots, std::uint64_t missing) {
    std::vector<signed char> truths(node_count(e));
    holds_filling(e, slots, truths.data());
    return could_change(e, truths.data(), missing);
  };
  const std::uint64_t xy = (1u << 4) | (1u << 5);
  Slots s(vars().size());
  s[6] = text("knowledge");
  CHECK_FALSE(open_with(s, xy));
  s[6] = text("behavior");
  CHECK(open_with(s, xy));
  s[4] = num(9);
  CHECK_FALSE(open_with(s, 1u << 5));
  CHECK_FALSE(open_with(s, 0));
}

TEST_CASE("the trace's tree of and / or / not, through fused and general conditions", "[expr]") {
  // Fused into one instruction: `1000 > labeled_examples` (mirrored),
  // `problem in [...]`, `has_gpu`; general: the arithmetic and the
  // comparison of two conditions. A yes/no literal is no condition.
  Expr e = compile_ok(
      "not (1000 > labeled_examples and problem in ['both']) or (x * 2 > y and true) or "
      "(has_gpu == (x > 1))");
  Slots slots = env_of({{"labeled_examples", num(10)}, {"problem", text("both")}, {"x", num(5)}});
  Evaluation ev = evaluate(e, slots);
  CHECK(ev.value == Value::of_bool(false));
  REQUIRE(ev.conditions.size() == 4);
  CHECK(ev.conditions[0].text == "1000 > labeled_examples");
  CHECK(ev.conditions[0].held);
  CHECK(ev.conditions[1].text == "problem in ['both']");
  CHECK(ev.conditions[1].held);
  CHECK(ev.conditions[2].text == "x * 2 > y");
  REQUIRE(ev.conditions[2].seen.size() == 2);
  CHECK(ev.conditions[2].seen[0] == std::make_pair(std::string("x"), num(5)));
  CHECK(ev.conditions[2].seen[1].second.is_missing());
  CHECK(ev.conditions[2].missing);
  CHECK(ev.conditions[3].text == "has_gpu == (x > 1)");
  CHECK_FALSE(ev.conditions[3].held);
  CHECK(ev.conditions[3].missing);
  using K = ConditionNode::Kind;
  const std::vector<std::tuple<K, int, bool, std::size_t>> tree = {
      {K::or_, 0, false, 0}, {K::not_, 1, false, 0}, {K::and_, 2, true, 0}, {K::leaf, 3, true, 0},
      {K::leaf, 3, true, 1}, {K::and_, 1, false, 0}, {K::leaf, 2, false, 2}, {K::leaf, 1, false, 3},
  };
  REQUIRE(ev.tree.size() == tree.size());
  for (std::size_t i = 0; i < tree.size(); ++i) {
    INFO("node " << i);
    CHECK(ev.tree[i].kind == std::get<0>(tree[i]));
    CHECK(ev.tree[i].depth == std::get<1>(tree[i]));
    CHECK(ev.tree[i].held == std::get<2>(tree[i]));
    if (ev.tree[i].kind == K::leaf) CHECK(ev.tree[i].condition == std::get<3>(tree[i]));
  }
  // The untraced run stops early and agrees.
  CHECK_FALSE(holds(e, slots));
  slots[8] = Value::of_bool(true);
  CHECK(holds(e, slots));
  CHECK(evaluate(e, slots).value == Value::of_bool(true));
}
