// Diagnostics: one problem in one input, with where it is and what to do.
// Every error a user can cause is reported through this type and printed by
// format_diagnostic(): "file:line:col: error: message", the source line, a
// caret under the column, then an optional hint.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ragft {

// 1-based line and column (column counts bytes). 0 means unknown.
struct SourcePos {
  int line = 0;
  int col = 0;
  bool known() const { return line > 0; }
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

// Where something was declared (a criterion, a rule, a catalog figure), for
// messages.
struct Origin {
  std::string file;
  SourcePos pos;
};

enum class Severity { error, warning, info };
std::string_view severity_name(Severity s);

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;         // as the user named it; "<stdin>", "rules/default.yaml"
  SourcePos pos;            // where; unknown for whole-file problems
  int length = 1;           // how many bytes to underline from pos.col
  std::string message;      // one line, lower-case start, no final period
  std::string source_line;  // the text of line pos.line, without newline
  std::string hint;         // e.g. "did you mean 'labeled_examples'?"; may be empty
};

// The text of 1-based line `line` of `text` (without its line ending), or ""
// when out of range. Handles \n, \r\n and lone \r line ends.
std::string line_of(std::string_view text, int line);

// A text with its lines found once, for many look-ups in it (the proposals of
// one file): line(n) is line_of(text, n) without scanning from the start.
class LineTable {
 public:
  explicit LineTable(std::string text);
  std::string line(int n) const;

 private:
  std::string text_;
  std::vector<std::size_t> starts_;  // where each line starts, after any byte-order mark
};

// A message with every value quoted in it ('...') longer than 80 bytes cut
// to its first 64 (at a character boundary) and its size, and the whole at
// most about 1 KiB: no message echoes a huge value, however often it is
// used (an alias of a 3.5 MB text in 150 rules). make_diagnostic() and
// format_diagnostic() apply it.
std::string shorten_message(std::string message);

// Builds a diagnostic at pos in text, filling source_line; the message and
// hint go through shorten_message().
Diagnostic make_diagnostic(std::string file, std::string_view text, SourcePos pos,
                           std::string message, std::string hint = {}, int length = 1);

// Multi-line rendering, ending with '\n':
//   profile.yaml:7:3: error: unknown answer 'labeled_exampels'
//       7 |   labeled_exampels: 2000
//         |   ^~~~~~~~~~~~~~~~
//     hint: did you mean 'labeled_examples'?
std::string format_diagnostic(const Diagnostic& d);


// Edit-distance suggestion: the candidate closest to `word`, if close enough
// to be a plausible typo; "" otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);
// "did you mean 'x'?" or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace ragft
