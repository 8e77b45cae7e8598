// The parsed tree's nodes: looking a key up, naming a node's kind, and a
// diagnostic that underlines a node.
#include "ragft/yaml_doc.h"

#include <algorithm>

namespace ragft::yaml {

const Node* Node::get(std::string_view key) const {
  if (kind != Kind::map) return nullptr;
  for (const auto& [k, v] : entries) {
    // Most keys differ from `key` in length or first byte: no call to memcmp for them.
    if (k && k->kind == Kind::scalar && k->value.size() == key.size() &&
        (key.empty() || (k->value[0] == key[0] && k->value == key)))
      return v.get();
  }
  return nullptr;
}

std::string_view Node::kind_name() const {
  switch (kind) {
    case Kind::null: return "null";
    case Kind::scalar: return "a text";
    case Kind::sequence: return "a list";
    case Kind::map: return "a map";
  }
  return "null";
}

int underline_length(const Node* n) {
  if (!n || !n->is_scalar() || !n->plain || n->value.find('\n') != std::string::npos) return 1;
  return std::max<int>(1, static_cast<int>(n->value.size()));
}

Diagnostic diagnostic_at(const std::string& file, std::string_view text, const Node* n, std::string message,
                         std::string hint) {
  return make_diagnostic(file, text, n ? n->pos : SourcePos{}, std::move(message), std::move(hint), underline_length(n));
}

}  // namespace ragft::yaml
