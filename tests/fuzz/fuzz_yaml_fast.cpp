// Fuzz target: the fast path of the YAML reader against the full reader.
// The input is any text. Whenever parse_simple() (src/yaml/yaml_fast.cpp) accepts
// it, the full reader (parse_yaml_events(), yaml-cpp's events) must read it
// without error and give the same documents and nodes, field for field; and
// parse_yaml() must always give exactly what the full reader gives, errors
// included. Each input runs with the default limits and with small ones.
// A difference is printed and aborts, so libFuzzer keeps the input.
#include <cstdio>
#include <string>

#include "fuzz_common.h"
#include "ragft/yaml_doc.h"
#include "yaml/yaml_fast.h"

namespace {

using namespace ragft;
using yaml::Node;
using yaml::ParseResult;

bool same_node(const Node& a, const Node& b) {
  if (a.kind != b.kind || a.value != b.value || a.plain != b.plain || !(a.pos == b.pos) || a.offset != b.offset ||
      a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
    return false;
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (!a.items[i] || !b.items[i] || !same_node(*a.items[i], *b.items[i])) return false;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const auto& [ak, av] = a.entries[i];
    const auto& [bk, bv] = b.entries[i];
    if (!ak || !av || !bk || !bv || !same_node(*ak, *bk) || !same_node(*av, *bv)) return false;
  }
  return true;
}

bool same_result(const ParseResult& a, const ParseResult& b) {
  if (a.documents.size() != b.documents.size() || a.errors.size() != b.errors.size()) return false;
  for (std::size_t i = 0; i < a.documents.size(); ++i) {
    const auto& da = a.documents[i];
    const auto& db = b.documents[i];
    if (!(da.start == db.start) || !da.root || !db.root || !same_node(*da.root, *db.root)) return false;
  }
  for (std::size_t i = 0; i < a.errors.size(); ++i) {
    const Diagnostic& x = a.errors[i];
    const Diagnostic& y = b.errors[i];
    if (x.severity != y.severity || x.file != y.file || !(x.pos == y.pos) || x.length != y.length ||
        x.message != y.message || x.source_line != y.source_line || x.hint != y.hint)
      return false;
  }
  return true;
}

void fail(const char* what, const yaml::Limits& limits) {
  std::fprintf(stderr, "fuzz_yaml_fast: %s (max_depth=%d max_nodes=%zu max_documents=%zu)\n", what,
               limits.max_depth, limits.max_nodes, limits.max_documents);
  std::abort();
}

void compare(std::string_view text, const yaml::Limits& limits) {
  const std::string file = "fuzz.yaml";
  ParseResult fast;
  bool accepted = yaml::detail::parse_simple(text, limits, fast);
  ParseResult slow = yaml::detail::parse_yaml_events(text, file, limits);
  if (accepted) {
    if (!slow.ok()) fail("the fast path accepted a text the full reader rejects", limits);
    if (!fast.ok() || !same_result(fast, slow)) fail("the fast path and the full reader differ", limits);
  } else if (!fast.documents.empty() || !fast.errors.empty()) {
    fail("the fast path declined but changed its output", limits);
  }
  if (!same_result(yaml::parse_yaml(text, file, limits), slow)) fail("parse_yaml differs from the full reader", limits);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  compare(text, yaml::Limits{});
  yaml::Limits small;
  small.max_depth = 3;
  small.max_nodes = 12;
  small.max_documents = 2;
  compare(text, small);
  return 0;
}
