// Values of the expression language: their types, printing and equality
// (how numbers compare, as decimals, is compare_numbers() in ast.h).
#include <cmath>

#include <fmt/format.h>

#include "expr/ast.h"

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

std::string quote_text(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  out += '\'';
  return out;
}

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

}  // namespace ragft::expr
