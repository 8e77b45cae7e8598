// The command-line front end: parses arguments into a validated Context,
// runs one command, and maps the outcome to an exit code. Commands write to
// the streams they are given; the library below never prints.
#pragma once
#include <iosfwd>
#include <optional>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "ragft/engine.h"
#include "ragft/formats.h"
#include "ragft/report.h"
#include "ragft/ruleset.h"

namespace ragft::cli {

// Exit codes (PRODUCT.md).
enum Exit : int { ok = 0, failed = 1, invalid = 2, internal = 3 };

// What every command gets: the loaded rules and the validated common options.
struct Context {
  RuleSet rules;
  std::vector<std::pair<std::string, expr::Value>> sets;  // --set, in order
  const FormatWriter* format = nullptr;  // never null once validated
  TextStyle style;
  bool quiet = false;
  std::ostream& out;
  std::ostream& err;
};

// Whether to color what goes to `fd` (-1: a file) for --color `mode`:
// always and never as said, auto when NO_COLOR is unset or empty, TERM is
// not dumb and `fd` is a terminal.
bool color_wanted(const std::string& mode, int fd);

// Prints diagnostics to err.
void print_diagnostics(std::ostream& err, const std::vector<Diagnostic>& diags);

// Writes a file for a command (atomically, never over an existing file unless
// `force`); on failure prints the error, with a --force hint when the file
// exists, and returns false.
bool write_output(std::ostream& err, const std::string& path, std::string_view text, bool force);

// Thrown by a command that finds it can no longer write its output (a full
// disk, a closed pipe): nothing after that would reach the user. `error` is
// the errno seen, or 0.
struct OutputFailed {
  int error = 0;
};

int run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace ragft::cli
