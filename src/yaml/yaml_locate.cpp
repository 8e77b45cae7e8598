// locate_in_scalar(): from a byte offset inside a scalar's value back to its
// line and column in the source text, through quotes, escapes, folding and
// block indentation, so that an error inside a string points at the exact
// character.
#include "ragft/yaml_doc.h"
#include "yaml/yaml_text.h"

#include <algorithm>
#include <optional>

namespace ragft::yaml {

namespace {

using detail::is_blank;
using detail::is_line_break;

// One byte of a scalar's value and the source offset it came from.
struct Cell {
  char ch;
  std::size_t src;
  bool raw;  // written as itself (not produced by an escape)
};
using CellLine = std::vector<Cell>;

void append_utf8(CellLine& line, unsigned long cp, std::size_t src) {
  char buf[4];
  std::size_t n = 0;
  if (cp < 0x80) {
    buf[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    buf[n++] = static_cast<char>(0xF0 | ((cp >> 18) & 0x07));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  for (std::size_t k = 0; k < n; ++k) line.push_back({buf[k], src, false});
}

// Offset just past the line break at text[i] (\n, \r\n or \r).
std::size_t skip_break(std::string_view text, std::size_t i) {
  if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') return i + 2;
  return i + 1;
}

void trim_trailing_raw_blanks(CellLine& line) {
  while (!line.empty() && line.back().raw && is_blank(line.back().ch)) line.pop_back();
}

// The value lines of a quoted scalar starting at text[start] (the quote).
std::vector<CellLine> quoted_lines(std::string_view text, std::size_t start) {
  char quote = text[start];
  std::vector<CellLine> lines(1);
  std::size_t i = start + 1;
  while (i < text.size()) {
    char c = text[i];
    if (c == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        lines.back().push_back({'\'', i, false});
        i += 2;
        continue;
      }
      break;
    }
    if (is_line_break(c)) {
      trim_trailing_raw_blanks(lines.back());
      lines.emplace_back();
      i = skip_break(text, i);
      while (i < text.size() && is_blank(text[i])) ++i;
      continue;
    }
    if (quote == '"' && c == '\\' && i + 1 < text.size()) {
      char e = text[i + 1];
      if (is_line_break(e)) {  // escaped line break: the lines join without a space
        lines.emplace_back();
        i = skip_break(text, i + 1);
        while (i < text.size() && is_blank(text[i])) ++i;
        continue;
      }
      std::size_t hex = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (hex > 0) {
        unsigned long cp = 0;
        std::string_view digits = text.substr(i + 2, hex);
        for (char d : digits) {
          cp = cp * 16 + static_cast<unsigned long>(d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
        }
        append_utf8(lines.back(), cp, i);
        i += 2 + hex;
        continue;
      }
      switch (e) {
        case '0': lines.back().push_back({'\0', i, false}); break;
        case 'a': lines.back().push_back({'\a', i, false}); break;
        case 'b': lines.back().push_back({'\b', i, false}); break;
        case 't': case '\t': lines.back().push_back({'\t', i, false}); break;
        case 'n': lines.back().push_back({'\n', i, false}); break;
        case 'v': lines.back().push_back({'\v', i, false}); break;
        case 'f': lines.back().push_back({'\f', i, false}); break;
        case 'r': lines.back().push_back({'\r', i, false}); break;
        case 'e': lines.back().push_back({'\x1b', i, false}); break;
        case 'N': append_utf8(lines.back(), 0x85, i); break;
        case '_': append_utf8(lines.back(), 0xA0, i); break;
        case 'L': append_utf8(lines.back(), 0x2028, i); break;
        case 'P': append_utf8(lines.back(), 0x2029, i); break;
        default: lines.back().push_back({e, i, false}); break;  // \" \\ \/ and '\ '
      }
      i += 2;
      continue;
    }
    lines.back().push_back({c, i, true});
    ++i;
  }
  return lines;
}

// The value lines of a block scalar whose indicator ('|' or '>') is at
// text[start]: the content lines below it, without their indentation.
std::vector<CellLine> block_lines(std::string_view text, std::size_t start, const std::string& value) {
  std::vector<CellLine> lines;
  std::size_t i = text.find_first_of("\r\n", start);
  if (i == std::string_view::npos) return lines;
  i = skip_break(text, i);
  // Indentation: the first non-blank content line's, less the spaces its
  // value line keeps (more-indented first lines with an indicator digit).
  std::size_t indent = 0;
  for (std::size_t j = i; j < text.size();) {
    std::size_t lead = 0;
    while (j + lead < text.size() && text[j + lead] == ' ') ++lead;
    std::size_t end = text.find_first_of("\r\n", j);
    if (end == std::string_view::npos) end = text.size();
    if (j + lead < end) {
      std::size_t first = value.find_first_not_of('\n');
      std::size_t vlead = 0;
      while (first != std::string::npos && first + vlead < value.size() && value[first + vlead] == ' ') ++vlead;
      indent = lead > vlead ? lead - vlead : lead;
      break;
    }
    if (end == text.size()) break;
    j = skip_break(text, end);
  }
  if (indent == 0) return lines;
  while (i < text.size()) {
    std::size_t end = text.find_first_of("\r\n", i);
    if (end == std::string_view::npos) end = text.size();
    std::size_t lead = 0;
    while (i + lead < end && text[i + lead] == ' ') ++lead;
    if (lead < indent && i + lead < end) break;  // a less indented line ends the scalar
    CellLine line;
    for (std::size_t k = i + std::min(lead, indent); k < end; ++k) line.push_back({text[k], k, true});
    lines.push_back(std::move(line));
    if (end == text.size()) break;
    i = skip_break(text, end);
  }
  return lines;
}

// The value lines of a plain scalar starting at text[start]; continuation
// lines lose their leading blanks. At most max_lines lines.
std::vector<CellLine> plain_lines(std::string_view text, std::size_t start, std::size_t max_lines) {
  std::vector<CellLine> lines;
  std::size_t i = start;
  while (i < text.size() && lines.size() < max_lines) {
    if (!lines.empty())
      while (i < text.size() && is_blank(text[i])) ++i;
    std::size_t end = text.find_first_of("\r\n", i);
    if (end == std::string_view::npos) end = text.size();
    CellLine line;
    for (std::size_t k = i; k < end; ++k) line.push_back({text[k], k, true});
    trim_trailing_raw_blanks(line);
    lines.push_back(std::move(line));
    if (end == text.size()) break;
    i = skip_break(text, end);
  }
  return lines;
}

// Walks the value and the source lines together. Line breaks in the source
// appear in the value as ' ', '\n' or nothing (folding), so between lines
// the walk skips those. Returns the source offset of value byte `target`, or
// nothing when the two lose step.
std::optional<std::size_t> walk(const std::vector<CellLine>& lines, const std::string& value,
                                std::size_t target, std::size_t start) {
  std::size_t v = 0;
  std::size_t after = start;  // source offset just past the last matched byte
  bool first = true;
  for (const CellLine& line : lines) {
    if (v >= value.size()) break;
    if (!first && !line.empty()) {
      while (v < value.size() && value[v] != line.front().ch && (value[v] == ' ' || value[v] == '\n')) {
        if (v == target) return after;
        ++v;
      }
      if (v < value.size() && value[v] != line.front().ch) return std::nullopt;
    }
    first = false;
    for (const Cell& cell : line) {
      if (v >= value.size() || value[v] != cell.ch) break;
      if (v == target) return cell.src;
      after = cell.src + 1;
      ++v;
    }
  }
  if (v >= value.size() && target >= value.size()) return after;
  return std::nullopt;
}

// Best effort: find the word around the target in the source.
std::size_t search_nearby(std::string_view text, std::size_t start, const std::string& value,
                          std::size_t target) {
  target = std::min(target, value.size());
  std::size_t line_start = value.find_last_of(" \n", target == 0 ? 0 : target - 1);
  line_start = line_start == std::string::npos || target == 0 ? 0 : line_start + 1;
  std::size_t line_end = value.find_first_of(" \n", target);
  if (line_end == std::string::npos) line_end = value.size();
  constexpr std::size_t kNeedle = 16;
  std::string_view ahead = std::string_view(value).substr(target, std::min(kNeedle, line_end - target));
  if (!ahead.empty()) {
    std::size_t found = text.find(ahead, start);
    if (found != std::string_view::npos) return found;
  } else {
    std::size_t from = target - std::min(kNeedle, target - line_start);
    std::string_view behind = std::string_view(value).substr(from, target - from);
    std::size_t found = behind.empty() ? std::string_view::npos : text.find(behind, start);
    if (found != std::string_view::npos) return found + behind.size();
  }
  std::size_t eol = text.find_first_of("\r\n", start);
  if (eol == std::string_view::npos) eol = text.size();
  return std::min(start + target, eol);
}


}  // namespace

SourcePos locate_in_scalar(std::string_view text, const Node& scalar, std::size_t value_offset) {
  std::size_t start = std::min(scalar.offset, text.size());
  const std::string& value = scalar.value;
  std::size_t target = std::min(value_offset, value.size());
  std::size_t off = start;
  if (start < text.size()) {
    char c = text[start];
    std::vector<CellLine> lines;
    if (c == '"' || c == '\'') {
      lines = quoted_lines(text, start);
    } else if (c == '|' || c == '>') {
      lines = block_lines(text, start, value);
    } else {
      // Each source line break became a ' ' or a '\n' (a blank line and the
      // break before it make one '\n').
      std::size_t spaces = static_cast<std::size_t>(std::count(value.begin(), value.end(), ' '));
      std::size_t breaks = static_cast<std::size_t>(std::count(value.begin(), value.end(), '\n'));
      lines = plain_lines(text, start, 1 + spaces + 2 * breaks);
    }
    std::optional<std::size_t> found = walk(lines, value, target, start);
    off = found ? *found : search_nearby(text, start, value, target);
  }
  off = std::min(off, text.size());

  // Count lines from the scalar's own position when it is known.
  if (scalar.pos.known() && scalar.offset <= off && scalar.offset <= text.size()) {
    int line = scalar.pos.line;
    std::size_t line_start = std::string_view::npos;
    for (std::size_t i = scalar.offset; i < off; ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        ++line;
        line_start = i + 1;
      }
    }
    if (line_start == std::string_view::npos)
      return {line, scalar.pos.col + static_cast<int>(off - scalar.offset)};
    return {line, static_cast<int>(off - line_start + 1)};
  }
  return detail::LineIndex(text).pos(off);
}

}  // namespace ragft::yaml
