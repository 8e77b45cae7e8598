// Diagnostics: positions, source lines, carets and did-you-mean suggestions.
#include "ragft/diagnostic.h"
#include "ragft/safe_text.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace ragft {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

namespace {

// Columns are counted after a UTF-8 byte-order mark, so lines are too.
std::size_t after_bom(std::string_view text) {
  std::size_t at = 0;
  while (text.substr(at, 3) == "\xEF\xBB\xBF") at += 3;
  return at;
}

// Where the line after the one holding `from` starts, or npos when that line
// is the last.
std::size_t next_line(std::string_view text, std::size_t from) {
  std::size_t i = text.find_first_of("\r\n", from);
  if (i == std::string_view::npos) return i;
  if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
  return i + 1;
}

std::string line_at(std::string_view text, std::size_t start) {
  std::size_t end = text.find_first_of("\r\n", start);
  if (end == std::string_view::npos) end = text.size();
  return std::string(text.substr(start, end - start));
}

}  // namespace

std::string line_of(std::string_view text, int line) {
  if (line < 1) return {};
  std::size_t start = after_bom(text);
  for (int current = 1; current < line; ++current) {
    start = next_line(text, start);
    if (start == std::string_view::npos) return {};
  }
  return line_at(text, start);
}

LineTable::LineTable(std::string text) : text_(std::move(text)) {
  for (std::size_t start = after_bom(text_); start != std::string::npos; start = next_line(text_, start))
    starts_.push_back(start);
}

std::string LineTable::line(int n) const {
  if (n < 1 || static_cast<std::size_t>(n) > starts_.size()) return {};
  return line_at(text_, starts_[static_cast<std::size_t>(n) - 1]);
}

std::string shorten_message(std::string message) {
  constexpr std::size_t kQuoted = 64, kWhole = 1024;
  if (message.size() <= kQuoted) return message;
  std::string out;
  std::size_t i = 0;
  while (i < message.size()) {
    std::size_t open = message.find('\'', i);
    std::size_t close = open == std::string::npos ? open : message.find('\'', open + 1);
    if (close == std::string::npos) {
      out.append(message, i, std::string::npos);
      break;
    }
    out.append(message, i, open + 1 - i);
    std::string_view quoted(message.data() + open + 1, close - open - 1);
    if (quoted.size() > kQuoted + 16) {
      out.append(quoted.substr(0, utf8_prefix(quoted, kQuoted)));
      out += fmt::format("...' ({} bytes)", quoted.size());
    } else {
      out.append(quoted);
      out += '\'';
    }
    i = close + 1;
  }
  if (out.size() > kWhole) out = excerpt(out, kWhole);
  return out;
}

Diagnostic make_diagnostic(std::string file, std::string_view text, SourcePos pos,
                           std::string message, std::string hint, int length) {
  Diagnostic d;
  d.file = std::move(file);
  d.pos = pos;
  d.length = std::max(1, length);
  d.message = shorten_message(std::move(message));
  d.hint = shorten_message(std::move(hint));
  if (pos.known()) d.source_line = line_of(text, pos.line);
  return d;
}

namespace {

// Text from an input, for display: control characters become '?' (tabs are
// kept in source lines, where the caret needs them), invalid UTF-8 becomes
// U+FFFD, so a hostile file cannot drive the terminal (safe_text.h).
std::string printable(std::string_view s) { return visible(s); }
std::string printable_line(std::string_view s) { return visible_text(s, false); }

// The padding that puts a caret under byte column `col` of `line`: tabs are
// kept, other characters become as many spaces as the columns they take (two
// for a CJK character, none for a combining accent).
std::string caret_padding(std::string_view line, int col) {
  std::string pad;
  for (std::size_t i = 0; i + 1 < static_cast<std::size_t>(col) && i < line.size();) {
    if (line[i] == '\t') {
      pad += '\t';
      ++i;
      continue;
    }
    const Utf8Char c = decode_utf8(line, i);
    if (c.length == 0) {  // not produced by printable_line(), which repairs UTF-8
      pad += ' ';
      ++i;
      continue;
    }
    pad.append(static_cast<std::size_t>(code_point_width(c.code_point)), ' ');
    i += c.length;
  }
  if (static_cast<std::size_t>(col) > line.size() + 1) pad.append(col - 1 - line.size(), ' ');
  return pad;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file.empty() ? std::string("ragft") : printable(d.file);
  if (d.pos.known()) out += fmt::format(":{}:{}", d.pos.line, d.pos.col);
  out += fmt::format(": {}: {}\n", severity_name(d.severity), printable(shorten_message(d.message)));
  if (d.pos.known() && (!d.source_line.empty() || d.pos.col > 0)) {
    std::string num = std::to_string(d.pos.line);
    std::string gutter(num.size(), ' ');
    std::string shown = printable_line(d.source_line);
    int col = d.pos.col;
    // A very long line is shown as a window around the column.
    constexpr std::size_t kWindow = 100;
    if (shown.size() > kWindow + 20) {
      std::size_t start = col > 60 ? static_cast<std::size_t>(col - 60) : 0;
      while (start > 0 && start < shown.size() && (static_cast<unsigned char>(shown[start]) & 0xC0) == 0x80) --start;
      std::size_t end = std::min(shown.size(), start + kWindow);
      while (end < shown.size() && (static_cast<unsigned char>(shown[end]) & 0xC0) == 0x80) ++end;
      std::string window = shown.substr(start, end - start);
      int shift = static_cast<int>(start);
      if (start > 0) {
        window = "..." + window;
        shift -= 3;
      }
      if (end < shown.size()) window += "...";
      shown = window;
      col -= shift;
    }
    out += fmt::format(" {} | {}\n", num, shown);
    int underline = std::max(1, d.length);
    // Do not underline past the end of the line.
    int room = static_cast<int>(shown.size()) - col + 1;
    if (room >= 1) underline = std::min(underline, room);
    else underline = 1;
    out += fmt::format(" {} | {}^{}\n", gutter, caret_padding(shown, col),
                       std::string(static_cast<std::size_t>(underline - 1), '~'));
  }
  if (!d.hint.empty()) out += fmt::format("  hint: {}\n", printable(shorten_message(d.hint)));
  return out;
}

namespace {

// Both at most 64 bytes (closest_match skips longer ones): one row on the
// stack, no allocation per call (a rule set with thousands of unknown
// choices asks for millions of these).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::array<std::size_t, 65> row{};
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.size() > 64) return {};
  std::string best;
  std::size_t best_distance = 0;
  for (const auto& c : candidates) {
    if (c.size() > 64) continue;
    // A prefix or a containing name counts as close ("labeled" -> "labeled_examples").
    bool contains = word.size() >= 4 && c.find(word) != std::string::npos;
    std::size_t limit = std::max<std::size_t>(2, std::max(word.size(), c.size()) / 3);
    // The distance is at least the difference of the lengths: skip what
    // cannot be close enough, or better than the best so far.
    std::size_t apart = word.size() > c.size() ? word.size() - c.size() : c.size() - word.size();
    if (!contains && (apart > limit || (!best.empty() && apart >= best_distance))) continue;
    std::size_t dist = edit_distance(word, c);
    if (dist > limit && !contains) continue;
    if (contains) dist = std::min(dist, limit);
    if (best.empty() || dist < best_distance) {
      best = c;
      best_distance = dist;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string m = closest_match(word, candidates);
  return m.empty() ? std::string() : fmt::format("did you mean '{}'?", m);
}

}  // namespace ragft
