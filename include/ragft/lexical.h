// The shapes of the words ragft reads in every file: ids ("calls_per_day",
// "rag-for-fresh-facts") and numbers as people write them ("40k", "97%").
#pragma once
#include <optional>
#include <string_view>

namespace ragft {

// `s` without the white space at either end.
std::string_view trim(std::string_view s);

// True when s has the form of an id: [a-z][a-z0-9_]*, and '-' after the
// first character too when `dash` (rule ids).
bool is_identifier(std::string_view s, bool dash = false);

// Parses a human number: 40000, 40k, 3M, 2B, 4e4, 40_000, 40,000 and 97%
// (0.97); nullopt when it is not one. `too_large`, when given, is set when
// the text is a number but beyond the range of a double (1e999).
std::optional<double> parse_human_number(std::string_view text, bool* too_large = nullptr);

}  // namespace ragft
