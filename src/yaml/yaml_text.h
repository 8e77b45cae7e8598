// The text under the guarded YAML reader, private to the yaml layer: byte-
// order marks, line ends, a byte offset's line and column (LineIndex), a
// text with its name for diagnostics (Source), and the checks every text
// passes before it is parsed (check_text: encoding, NUL bytes).
#pragma once
#include <algorithm>
#include <cstddef>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/mark.h>

#include "ragft/diagnostic.h"

namespace ragft::yaml::detail {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Length of the UTF-8 byte-order marks at the start of text (yaml-cpp skips
// them, so positions are computed as if they were not there).
inline std::size_t bom_length(std::string_view text) {
  std::size_t n = 0;
  while (text.substr(n, 3) == kUtf8Bom) n += 3;
  return n;
}

inline bool is_line_break(char c) { return c == '\n' || c == '\r'; }
inline bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Byte offset -> 1-based line and column, with the same line ends as
// line_of() (\n, \r\n, lone \r). A leading BOM takes no column.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : size_(text.size()), bom_(bom_length(text)) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
        starts_.push_back(i + 1);
    }
  }

  SourcePos pos(std::size_t offset) const {
    offset = std::min(offset, size_);
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - starts_.begin());
    std::size_t start = *(it - 1);
    if (line == 1) start = std::min(bom_, offset);
    return {static_cast<int>(line), static_cast<int>(offset - start + 1)};
  }

 private:
  std::vector<std::size_t> starts_;
  std::size_t size_;
  std::size_t bom_;
};

// A read-only stream over a string_view, so the text is not copied.
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string_view s) {
    char* p = const_cast<char*>(s.data());
    setg(p, p, p + s.size());
  }
};

// Everything a diagnostic needs: the text, its name and its line index.
struct Source {
  std::string_view text;
  const std::string& file;
  LineIndex index;
  std::size_t base;  // bytes of BOM not seen by yaml-cpp

  Diagnostic diag(std::size_t offset, std::string message, std::string hint = {},
                  int length = 1) const {
    Diagnostic d = make_diagnostic(file, text, index.pos(offset), std::move(message),
                                   std::move(hint), length);
    return d;
  }
  Diagnostic whole(std::string message, std::string hint = {}) const {
    return make_diagnostic(file, text, {}, std::move(message), std::move(hint));
  }
  // Offset in text of a yaml-cpp mark (which counts from after the BOM).
  std::size_t offset(const YAML::Mark& m) const {
    if (m.pos < 0) return text.size();
    return std::min(base + static_cast<std::size_t>(m.pos), text.size());
  }
  char at(std::size_t offset) const { return offset < text.size() ? text[offset] : '\0'; }
};

// The first problem that makes `src` no YAML text at all (UTF-16 or UTF-32,
// a NUL byte, invalid UTF-8, a lone carriage return), or nullopt.
std::optional<Diagnostic> check_text(const Source& src);

}  // namespace ragft::yaml::detail
