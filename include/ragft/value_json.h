// An answer (expr::Value) as JSON, as every JSON output of ragft writes it.
#pragma once
#include <nlohmann/json_fwd.hpp>

#include "ragft/expr.h"
#include "ragft/json_writer.h"

namespace ragft {

// A number: integers without a decimal point (40000), others as doubles.
void write_number_json(JsonWriter& w, double d);
// Integers without a decimal point, null when missing, lists as arrays.
void write_value_json(JsonWriter& w, const expr::Value& v);
// The same as a tree, for code that builds one (ask --list, tests).
nlohmann::ordered_json value_json(const expr::Value& v);

}  // namespace ragft
