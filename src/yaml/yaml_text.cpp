// The checks every YAML text passes before it is parsed: UTF-16 and UTF-32
// text, NUL bytes, invalid UTF-8 and lone carriage returns.
#include "yaml/yaml_text.h"

#include <algorithm>

#include <fmt/format.h>

#include "ragft/safe_text.h"

namespace ragft::yaml::detail {

namespace {

bool looks_like_utf16_or_32(std::string_view text) {
  auto starts = [&](std::string_view p) { return text.substr(0, p.size()) == p; };
  using namespace std::string_view_literals;
  if (starts("\xFE\xFF"sv) || starts("\xFF\xFE"sv) || starts("\x00\x00\xFE\xFF"sv)) return true;
  // No byte-order mark: ASCII text in UTF-16/32 has a NUL next to nearly
  // every character.
  std::string_view sample = text.substr(0, 256);
  if (sample.size() < 2 || (sample[0] != '\0' && sample[1] != '\0')) return false;
  auto nuls = std::count(sample.begin(), sample.end(), '\0');
  return static_cast<std::size_t>(nuls) * 4 >= sample.size();
}

}  // namespace

std::optional<Diagnostic> check_text(const Source& src) {
  std::string_view text = src.text;
  if (looks_like_utf16_or_32(text)) return src.whole("text is UTF-16 (or UTF-32); save it as UTF-8");
  if (auto nul = text.find('\0'); nul != std::string_view::npos)
    return src.diag(nul, "text contains a NUL byte", "this looks like a binary file, not YAML text");
  for (std::size_t i = src.base; i < text.size();) {
    std::size_t n = decode_utf8(text, i).length;
    if (n == 0) {
      return src.diag(i,
                      fmt::format("text is not valid UTF-8 (byte 0x{:02X})",
                                  static_cast<unsigned char>(text[i])),
                      "save the file as UTF-8");
    }
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
      return src.diag(i, "lone carriage return (\\r) used as a line end",
                      "save the file with \\n or \\r\\n line endings");
    }
    i += n;
  }
  return std::nullopt;
}

}  // namespace ragft::yaml::detail
