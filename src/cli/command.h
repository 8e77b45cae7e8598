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
  bool format_given = false;  // --format was on the command line
  std::string color = "auto";
  bool quiet = false;
};

// Where a command that writes results sends them: -o/--output FILE, written
// atomically at the end, never over an existing file without --force.
struct OutputFile {
  std::string path;
  bool force = false;
};

// Declares -o/--output FILE and --force on a command (every command that
// writes results has them, with the same meaning).
void add_output_options(CLI::App& sub, OutputFile& file, const std::string& what = "write to FILE instead of standard output");

class Session {
 public:
  // `command`: the command as typed ("score", "rules dump"); `to_file`: the
  // output goes to a file (-o), so --color auto means no color and lines are
  // not wrapped at the terminal's width.
  Session(RawOptions raw, std::string command, std::ostream& out, std::ostream& err, bool to_file = false)
      : raw_(std::move(raw)), command_(std::move(command)), out_(out), err_(err), to_file_(to_file) {}
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

  // The --format values this command accepts, as "text, json, ...".
  std::string formats() const;

 private:
  RawOptions raw_;
  std::string command_;
  std::ostream& out_;
  std::ostream& err_;
  bool to_file_ = false;
};

class Command {
 public:
  virtual ~Command() = default;
  // Declares the command's own options and positionals.
  virtual void setup(CLI::App& sub) = 0;
  // Runs after a successful parse; returns the exit code.
  virtual int run(Session& session) = 0;
  // The -o FILE the command's results go to (the caller writes them there),
  // or nullptr when the command writes its own files or has no -o.
  virtual const OutputFile* output() const { return nullptr; }
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
