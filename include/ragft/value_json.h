// An answer (expr::Value) as JSON, as every JSON output of ragft writes it.
#pragma once
#include <nlohmann/json_fwd.hpp>

#include "ragft/expr.h"
#include "ragft/json_writer.h"

namespace ragft {

// Integers without a decimal point, null when missing, lists as arrays.
void write_value_json(JsonWriter& w, const expr::Value& v);
// The same as a tree, for code that builds one (ask --list, tests).
nlohmann::ordered_json value_json(const expr::Value& v);

}  // namespace ragft
