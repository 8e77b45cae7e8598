// An answer as JSON (include/ragft/value_json.h).
#include "ragft/value_json.h"

#include <string>

#include <nlohmann/json.hpp>

namespace ragft {

void write_value_json(JsonWriter& w, const expr::Value& v) {
  using K = expr::Value::Kind;
  switch (v.kind) {
    case K::missing: w.null(); return;
    case K::boolean: w.value(v.boolean); return;
    case K::text: w.value(v.text); return;
    case K::number: w.number(v.number); return;
    case K::list:
      w.begin_array();
      for (const auto& e : v.list) write_value_json(w, e);
      w.end_array();
      return;
  }
  w.null();
}

nlohmann::ordered_json value_json(const expr::Value& v) {
  std::string text;
  JsonWriter w(text);
  write_value_json(w, v);
  return nlohmann::ordered_json::parse(text);
}

}  // namespace ragft
