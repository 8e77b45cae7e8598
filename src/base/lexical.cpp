// The shapes of the words ragft reads in every file: ids and numbers as
// people write them (include/ragft/lexical.h).
#include "ragft/lexical.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace ragft {

namespace {

// "40,000" -> "40000" when the commas are thousands separators; else nullopt.
std::optional<std::string> strip_thousands(std::string_view s) {
  if (s.find(',') == std::string_view::npos) return std::string(s);
  std::size_t start = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  std::size_t dot = s.find('.');
  std::string_view whole = s.substr(start, dot == std::string_view::npos ? s.size() - start : dot - start);
  std::size_t first = whole.find(',');
  if (first == 0 || first > 3) return std::nullopt;
  for (std::size_t i = first; i < whole.size(); i += 4) {
    if (whole[i] != ',' || i + 3 >= whole.size() + 0 ||
        !std::all_of(whole.begin() + static_cast<long>(i) + 1, whole.begin() + static_cast<long>(i) + 4,
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return std::nullopt;
    if (i + 4 < whole.size() && whole[i + 4] != ',') return std::nullopt;
  }
  std::string out;
  for (char c : s)
    if (c != ',') out += c;
  return out;
}

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool is_identifier(std::string_view s, bool dash) {
  if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
  return std::all_of(s.begin() + 1, s.end(), [dash](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (dash && c == '-');
  });
}

std::optional<double> parse_human_number(std::string_view text, bool* too_large) {
  if (too_large) *too_large = false;
  std::string_view s = trim(text);
  if (s.empty() || s.size() > 64) return std::nullopt;
  double scale = 1;
  char last = s.back();
  if (last == '%') scale = 0.01;
  else if (last == 'k' || last == 'K') scale = 1e3;
  else if (last == 'M') scale = 1e6;
  else if (last == 'B') scale = 1e9;
  if (scale != 1) s = trim(s.substr(0, s.size() - 1));
  if (s.empty()) return std::nullopt;
  auto stripped = strip_thousands(s);
  if (!stripped) return std::nullopt;
  std::string digits;
  for (std::size_t i = 0; i < stripped->size(); ++i) {
    char c = (*stripped)[i];
    if (c == '_') {
      // Only between digits: 40_000.
      if (i == 0 || i + 1 >= stripped->size() || !std::isdigit(static_cast<unsigned char>((*stripped)[i - 1])) ||
          !std::isdigit(static_cast<unsigned char>((*stripped)[i + 1])))
        return std::nullopt;
      continue;
    }
    digits += c;
  }
  // Only decimal forms: no hex, no inf/nan, no leading/trailing junk.
  for (char c : digits)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+'))
      return std::nullopt;
  if (!std::isdigit(static_cast<unsigned char>(digits.back())) && digits.back() != '.') return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size()) return std::nullopt;
  v *= scale;
  if (!std::isfinite(v)) {
    if (too_large) *too_large = true;
    return std::nullopt;
  }
  if (scale == 0.01) v = std::round(v * 1e9) / 1e9;  // 97% is 0.97 exactly as printed
  return v;
}

}  // namespace ragft
