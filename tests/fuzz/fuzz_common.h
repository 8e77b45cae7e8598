// Shared by the fuzz targets: the built-in rules, loaded once, and checks
// that every diagnostic a target produces is well formed. Each target defines
// LLVMFuzzerTestOneInput; libFuzzer (clang, -DRAGFT_FUZZ=ON) or
// corpus_driver.cpp (any compiler, as a ctest) calls it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/diagnostic.h"
#include "ragft/ruleset.h"

namespace ragft::fuzz {

// The built-in rules, loaded on first use. Aborts if they do not load: every
// fuzz input would be meaningless then.
inline const RuleSet& builtin_rules() {
  static const RuleSet rules = [] {
    RulesLoad load = load_rules(builtin_rule_sources());
    if (!load.ok()) std::abort();
    return std::move(*load.rules);
  }();
  return rules;
}

// A failed check is a crash, so libFuzzer records the input.
inline void check(bool ok) {
  if (!ok) std::abort();
}

// Every diagnostic renders and has a message; those about `file` point at a
// line of `text` (lines end at \n, \r\n or a lone \r, as in line_of()).
inline void check_diagnostics(const std::vector<Diagnostic>& diags, const std::string& file, std::string_view text) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++lines;
  for (const auto& d : diags) {
    check(!d.message.empty());
    check(d.pos.line >= 0 && d.pos.col >= 0);
    if (d.file == file) check(static_cast<std::size_t>(d.pos.line) <= lines);
    std::string shown = format_diagnostic(d);
    check(!shown.empty() && shown.back() == '\n');
  }
}

}  // namespace ragft::fuzz
