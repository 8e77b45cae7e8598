// Rendering results for people and machines: the text verdict, the JSON
// result object, the full trace for `explain`, the csv and markdown rows.
// Pure functions to strings: the library never prints. The formats that
// write them are in ragft/formats.h.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "ragft/engine.h"
#include "ragft/json_writer.h"
#include "ragft/ruleset.h"
#include "ragft/terminal_text.h"
#include "ragft/value_json.h"

namespace ragft {

// How every command names a result: "file.yaml", or "file.yaml#2" for the
// second document of a multi-document file (control characters visible).
std::string document_name(const std::string& file, int document);

// The result object of PRODUCT.md ("schema": "ragft/result/v1"), written
// to `w` as it goes. With `trace` (explain), a last member "trace": per
// rule, its conditions and its condition tree "when": nested objects
// {"op": "and" | "or" | "not", "held", "of": [...]} down to the leaves
// {"op": "condition", "text", "held", "missing", "seen": {criterion: value}};
// null for a rule that was not evaluated (disabled).
void write_result_json(JsonWriter& w, const Result& r, const RuleSet& rules, bool trace = false);
// The same as trees, for code that reads them (ask, tests).
nlohmann::ordered_json result_json(const Result& r, const RuleSet& rules);

// One result for people, in at most 40 lines at 100 columns: the verdict,
// its confidence and why, the reasons that decided it, the traps about it,
// the next steps, the top of what would change the answer and one cost
// line (docs/profiles.md, "Reading the result"). With style.verbose: every
// reason with its source, every trap and exclusion, a score chart and every
// what-if.
std::string result_text(const Result& r, const RuleSet& rules, const TextStyle& style);
// The short block of one result in a batch: verdict, confidence, the first
// next step and the top what-if.
std::string result_brief(const Result& r, const RuleSet& rules, const TextStyle& style);

// `explain`: every rule with each condition, the value it saw and whether it
// held, then the tally and what would change the answer.
std::string explain_text(const Result& r, const RuleSet& rules, const TextStyle& style);

// Tables: the header line, then one line per result (format_csv.cpp,
// format_markdown.cpp).
std::string csv_header(const RuleSet& rules);
std::string csv_row(const Result& r, const RuleSet& rules);
std::string markdown_header(const RuleSet& rules);
std::string markdown_row(const Result& r, const RuleSet& rules);

}  // namespace ragft
