// Argument parsing and dispatch: one table of commands, common options, the
// rule layers, and the mapping of every outcome to an exit code.
#include "app.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "ragft/profile.h"
#include "ragft/yaml_doc.h"

namespace ragft::cli {

void print_diagnostics(std::ostream& err, const std::vector<Diagnostic>& diags) {
  for (const auto& d : diags) err << format_diagnostic(d);
}

namespace {

struct Command {
  const char* name;
  const char* description;
};

// The commands of this build, for help and did-you-mean.
const std::vector<Command> kCommands = {
    {"score", "score profiles (files, directories, globs, - for stdin)"},
    {"explain", "every rule, every condition with the value it saw, and what would change the answer"},
    {"rules", "validate, test and inspect rule files: lint | test | show | dump"},
};

const char* kExamples = R"(
Examples:
  ragft score examples/                      score every profile in a directory
  ragft score project.yaml --format json     the result as JSON
  ragft score project.yaml --set labeled_examples=5000
                                             what if we had 5,000 examples?
  ragft explain project.yaml                 the full trace and what would change the answer
  ragft rules lint --rules team.yaml         check a rule layer on top of the built-in rules
  ragft rules test rules/tests/              run rule test cases
  ragft rules show                           the criteria, options and rules in force

Exit codes: 0 success, 1 a rule test failed, 2 invalid input or usage, 3 internal error.
)";

struct RawOptions {
  std::vector<std::string> rules_files;
  bool no_default_rules = false;
  std::vector<std::string> sets;
  std::string format = "text";
  std::string color = "auto";
  bool quiet = false;
};

bool color_wanted(const std::string& mode) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

std::optional<OutputFormat> parse_format(const std::string& f) {
  if (f == "text") return OutputFormat::text;
  if (f == "json") return OutputFormat::json;
  if (f == "jsonl") return OutputFormat::jsonl;
  if (f == "csv") return OutputFormat::csv;
  if (f == "markdown" || f == "md") return OutputFormat::markdown;
  return std::nullopt;
}

// Reads the rule layers: built-in first unless disabled, then --rules files.
RulesLoad load_layers(const RawOptions& raw, const std::vector<std::string>& extra, std::vector<Diagnostic>& io_errors,
                      std::vector<std::string>& names) {
  std::vector<RuleSource> layers;
  if (!raw.no_default_rules)
    for (auto& s : builtin_rule_sources()) layers.push_back(std::move(s));
  std::vector<std::string> files = raw.rules_files;
  files.insert(files.end(), extra.begin(), extra.end());
  for (const auto& f : files) {
    RuleSource s;
    s.name = f;
    Diagnostic err;
    if (!yaml::read_text_file(f, RuleLimits{}.max_bytes, s.text, err)) {
      io_errors.push_back(err);
      continue;
    }
    layers.push_back(std::move(s));
  }
  for (const auto& l : layers) names.push_back(l.name);
  if (!io_errors.empty()) return {};
  if (layers.empty()) {
    Diagnostic d;
    d.file = "ragft";
    d.message = "no rules to load: --no-default-rules needs at least one --rules FILE";
    io_errors.push_back(d);
    return {};
  }
  return load_rules(layers);
}

void add_common(CLI::App& app, RawOptions& raw) {
  app.add_option("--rules", raw.rules_files, "a rule file layered on the built-in rules (repeatable)")
      ->type_name("FILE");
  app.add_flag("--no-default-rules", raw.no_default_rules, "do not load the built-in rules");
  app.add_option("--set", raw.sets, "override an answer: --set labeled_examples=5000 (repeatable)")
      ->type_name("ID=VALUE");
  app.add_option("--format", raw.format, "output format: text, json, jsonl, csv, markdown")->type_name("FORMAT");
  app.add_option("--color", raw.color, "color: auto, always, never (NO_COLOR disables it)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
  app.add_flag("-q,--quiet", raw.quiet, "print only the verdicts and errors");
}

int dispatch(int argc, char** argv, std::ostream& out, std::ostream& err) {
  // An unknown command gets a suggestion before CLI11 sees it.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const auto& c : kCommands) names.push_back(c.name);
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      std::string hint = did_you_mean(argv[1], names);
      err << fmt::format("ragft: error: unknown command '{}'\n  hint: {}\n", argv[1],
                         hint.empty() ? "run 'ragft --help' for the commands" : hint);
      return invalid;
    }
  }

  CLI::App app{"ragft: prompt engineering, RAG, fine-tuning, or both? A reasoned recommendation from a project's "
               "profile.",
               "ragft"};
  app.footer(kExamples);
  app.set_version_flag("--version", std::string("ragft ") + RAGFT_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  RawOptions raw;
  add_common(app, raw);

  std::vector<std::string> paths;
  auto* score = app.add_subcommand(kCommands[0].name, kCommands[0].description);
  score->add_option("paths", paths, "profile files, directories, globs, or - for stdin")->required()->type_name("PATH");
  auto* explain = app.add_subcommand(kCommands[1].name, kCommands[1].description);
  explain->add_option("profile", paths, "a profile file, or - for stdin")->required()->type_name("PROFILE");
  auto* rules = app.add_subcommand(kCommands[2].name, kCommands[2].description);
  rules->require_subcommand(1);
  std::vector<std::string> lint_files, test_paths;
  std::string dump_name = "rules/default.yaml";
  auto* lint = rules->add_subcommand("lint", "check the rule layers (and FILEs) and report every problem");
  lint->add_option("files", lint_files, "rule files to layer on top and check")->type_name("FILE");
  auto* test = rules->add_subcommand("test", "run rule test cases (default: rules/tests)");
  test->add_option("paths", test_paths, "test files or directories")->type_name("PATH");
  auto* show = rules->add_subcommand("show", "the options, criteria and rules in force");
  auto* dump = rules->add_subcommand("dump", "print a built-in rule file");
  dump->add_option("name", dump_name, "which built-in file (default rules/default.yaml)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    out << app.help(e.get_name() == "--help" ? "" : "", CLI::AppFormatMode::Normal);
    (void)e;
    return ok;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return ok;
  } catch (const CLI::CallForVersion&) {
    out << "ragft " << RAGFT_VERSION << "\n";
    return ok;
  } catch (const CLI::ParseError& e) {
    err << "ragft: error: " << e.what() << "\n  hint: run 'ragft --help'\n";
    return invalid;
  }

  if (dump->parsed()) return cmd_rules_dump(out, err, dump_name);

  auto format = parse_format(raw.format);
  if (!format) {
    err << fmt::format("ragft: error: unknown format '{}'\n  hint: one of: text, json, jsonl, csv, markdown\n",
                       raw.format);
    return invalid;
  }

  std::vector<Diagnostic> io_errors;
  std::vector<std::string> names;
  RulesLoad load = load_layers(raw, lint->parsed() ? lint_files : std::vector<std::string>{}, io_errors, names);
  if (!io_errors.empty()) {
    print_diagnostics(err, io_errors);
    return invalid;
  }
  if (lint->parsed()) return cmd_rules_lint(out, err, load, names, raw.quiet);
  if (!load.ok()) {
    print_diagnostics(err, load.diagnostics);
    err << fmt::format("ragft: the rules have errors; nothing was evaluated (run 'ragft rules lint' for the full list)\n");
    return invalid;
  }

  Context ctx{std::move(*load.rules), {}, *format, {}, raw.quiet, out, err};
  ctx.style.color = color_wanted(raw.color);
  for (const auto& s : raw.sets) {
    Diagnostic d;
    auto parsed = parse_set(ctx.rules, s, d);
    if (!parsed) {
      err << format_diagnostic(d);
      return invalid;
    }
    ctx.sets.push_back(std::move(*parsed));
  }

  if (score->parsed()) return cmd_score(ctx, paths);
  if (explain->parsed()) return cmd_explain(ctx, paths);
  if (test->parsed()) return cmd_rules_test(ctx, test_paths);
  if (show->parsed()) return cmd_rules_show(ctx);
  err << "ragft: error: no command given\n  hint: run 'ragft --help'\n";
  return invalid;
}

}  // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  try {
    return dispatch(argc, argv, out, err);
  } catch (const std::exception& e) {
    err << "ragft: internal error: " << e.what()
        << "\n  this is a bug in ragft; please report it with the command and input that caused it\n";
    return internal;
  }
}

}  // namespace ragft::cli
