// A compact binary form of parsed YAML documents. The rule files compiled
// into ragft are parsed when ragft is built (src/tools/embed_rules.cpp) and
// stored in this form, so starting ragft does not parse YAML it shipped with:
// reading the form back is a walk over bytes, about a hundred times cheaper
// than parsing the text again.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ragft/yaml_doc.h"

namespace ragft::yaml {

// The documents of a successful parse, every field of every node kept.
// Shared nodes (aliases) are written once per use.
std::string to_binary(const std::vector<Document>& documents);

// Reads what to_binary() wrote. False, with `out` unchanged, when the data is
// not in that form (truncated, or a count that does not fit the data).
// The nodes are allocated together and owned by the documents' roots: a
// node pointer taken from inside the tree (an item, a key, a value) stays
// valid while a root of the same call is held, not by itself.
bool from_binary(std::string_view data, std::vector<Document>& out);

}  // namespace ragft::yaml
