// The command-line front end: parses arguments into a validated Context,
// runs one command, and maps the outcome to an exit code. Commands write to
// the streams they are given; the library below never prints.
#pragma once
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ragft/engine.h"
#include "ragft/report.h"
#include "ragft/ruleset.h"

namespace ragft::cli {

// Exit codes (PRODUCT.md).
enum Exit : int { ok = 0, failed = 1, invalid = 2, internal = 3 };

// What every command gets: the loaded rules and the validated common options.
struct Context {
  RuleSet rules;
  std::vector<std::pair<std::string, expr::Value>> sets;  // --set, in order
  OutputFormat format = OutputFormat::text;
  TextStyle style;
  bool quiet = false;
  std::ostream& out;
  std::ostream& err;
};

// Prints diagnostics to ctx.err / err.
void print_diagnostics(std::ostream& err, const std::vector<Diagnostic>& diags);

int run(int argc, char** argv, std::ostream& out, std::ostream& err);

// Commands.
int cmd_score(Context& ctx, const std::vector<std::string>& paths);
int cmd_explain(Context& ctx, const std::vector<std::string>& paths);
int cmd_rules_lint(std::ostream& out, std::ostream& err, const RulesLoad& load, const std::vector<std::string>& layers,
                   bool quiet);
int cmd_rules_test(Context& ctx, const std::vector<std::string>& paths);
int cmd_rules_show(Context& ctx);
int cmd_rules_dump(std::ostream& out, std::ostream& err, const std::string& name);

}  // namespace ragft::cli
