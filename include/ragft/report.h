// Rendering results for people and machines: text, json, jsonl, csv and
// markdown for `score`; the full trace for `explain`. Pure functions to
// strings: the library never prints.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ragft/engine.h"
#include "ragft/ruleset.h"

namespace ragft {

enum class OutputFormat { text, json, jsonl, csv, markdown };

struct TextStyle {
  bool color = false;
  int width = 100;  // wrap text output at this many columns
};

// The result object of PRODUCT.md ("schema": "ragft/result/v1").
nlohmann::ordered_json result_json(const Result& r, const RuleSet& rules);
nlohmann::ordered_json value_json(const expr::Value& v);

// One result for people: the verdict, a score chart, reasons, warnings,
// exclusions, assumptions and what would change the answer.
std::string result_text(const Result& r, const RuleSet& rules, const TextStyle& style);

// `explain`: every rule with each condition, the value it saw and whether it
// held, then the tally and what would change the answer.
std::string explain_text(const Result& r, const RuleSet& rules, const TextStyle& style);

// Tables: the header line, then one line per result.
std::string csv_header(const RuleSet& rules);
std::string csv_row(const Result& r, const RuleSet& rules);
std::string markdown_header(const RuleSet& rules);
std::string markdown_row(const Result& r, const RuleSet& rules);

}  // namespace ragft
