// The shape of a command: it declares its own arguments on its CLI11
// subcommand and runs with a Session, from which it gets the loaded rules
// (a Context) when it needs them. The table of commands is in app.cpp.
#pragma once
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app.h"

namespace ragft::cli {

// The common options as given, before validation.
struct RawOptions {
  std::vector<std::string> rules_files;
  bool no_default_rules = false;
  std::vector<std::string> sets;
  std::string format = "text";
  std::string color = "auto";
  bool quiet = false;
};

class Session {
 public:
  Session(RawOptions raw, std::ostream& out, std::ostream& err) : raw_(std::move(raw)), out_(out), err_(err) {}
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  const RawOptions& raw() const { return raw_; }

  // Loads the rule layers (built-in unless --no-default-rules, then --rules,
  // then `extra`), without printing. `names` receives the layer names.
  // Unreadable files are returned as errors in the result's diagnostics.
  // `prove`: run every load-time proof, also on the built-in layers alone (rules lint).
  RulesLoad load(const std::vector<std::string>& extra, std::vector<std::string>& names, bool prove = false);

  // Loads the rules and validates the common options; prints every problem
  // and returns nullopt (exit 2) when anything is wrong. A command with
  // formats of its own (check, cost) passes own_formats and validates
  // `ragft --format X` itself; Context::format is then text.
  std::optional<Context> context(const std::vector<std::string>& extra = {}, bool own_formats = false);

 private:
  RawOptions raw_;
  std::ostream& out_;
  std::ostream& err_;
};

class Command {
 public:
  virtual ~Command() = default;
  // Declares the command's own options and positionals.
  virtual void setup(CLI::App& sub) = 0;
  // Runs after a successful parse; returns the exit code.
  virtual int run(Session& session) = 0;
};

struct CommandEntry {
  const char* name;
  const char* description;
  std::unique_ptr<Command> (*make)();
};

// Factories, one per command file.
std::unique_ptr<Command> make_ask_command();
std::unique_ptr<Command> make_score_command();
std::unique_ptr<Command> make_explain_command();
std::unique_ptr<Command> make_cost_command();
std::unique_ptr<Command> make_rules_command();
std::unique_ptr<Command> make_check_command();
std::unique_ptr<Command> make_schema_command();
std::unique_ptr<Command> make_init_command();

}  // namespace ragft::cli
