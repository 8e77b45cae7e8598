// Argument parsing and dispatch: one table of commands, the common options,
// the rule layers, and the mapping of every outcome to an exit code.
#include "app.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "command.h"
#include "inputs.h"
#include "ragft/atomic_file.h"
#include "ragft/profile.h"
#include "ragft/yaml_doc.h"

namespace ragft::cli {

void print_diagnostics(std::ostream& err, const std::vector<Diagnostic>& diags) {
  for (const auto& d : diags) err << format_diagnostic(d);
}

bool write_output(std::ostream& err, const std::string& path, std::string_view text, bool force) {
  WriteResult w = write_file_atomically(path, text, force);
  if (w.status == WriteStatus::exists) {
    err << fmt::format("ragft: error: {}\n  hint: use --force to overwrite it\n", w.error);
    return false;
  }
  if (!w.ok()) {
    err << fmt::format("ragft: error: {}\n", w.error);
    return false;
  }
  return true;
}

namespace {

// Every command, in the order `--help` lists them.
const CommandEntry kCommands[] = {
    {"ask", "interactive questionnaire; prints the verdict; can save the answers as a profile", make_ask_command},
    {"score", "score profiles (files, directories, globs, - for stdin)", make_score_command},
    {"explain", "every rule, every condition with the value it saw, and what would change the answer",
     make_explain_command},
    {"cost", "cost of each option, break-even volume, payback, with a chart (--chart, --format svg)",
     make_cost_command},
    {"check", "CI gate: does each proposal's approach hold up? (YAML proposals, Markdown ADRs)", make_check_command},
    {"rules", "validate, test and inspect rule files: lint | test | show | dump", make_rules_command},
    {"schema", "JSON Schema of profiles and proposals, derived from the rules (for editors)", make_schema_command},
    {"init", "a commented profile or proposal template (-o FILE writes it; FILE.md: an ADR)", make_init_command},
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

Exit codes: 0 success, 1 a check or rule test failed, 2 invalid input or usage, 3 internal error.
)";

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

void add_common(CLI::App& app, RawOptions& raw) {
  app.add_option("--rules", raw.rules_files, "a rule file layered on the built-in rules (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_flag("--no-default-rules", raw.no_default_rules, "do not load the built-in rules");
  app.add_option("--set", raw.sets, "override an answer: --set labeled_examples=5000 (repeatable)")
      ->type_name("ID=VALUE")
      ->allow_extra_args(false);
  app.add_option("--format", raw.format, "output format: text, json, jsonl, csv, markdown (per command)")
      ->type_name("FORMAT");
  app.add_option("--color", raw.color, "color: auto, always, never (NO_COLOR disables it)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
  app.add_flag("-q,--quiet", raw.quiet, "print only the verdicts and errors");
}

int dispatch(int argc, char** argv, std::ostream& out, std::ostream& err) {
  // An unknown command gets a suggestion before CLI11 sees it.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const auto& c : kCommands) names.emplace_back(c.name);
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

  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> commands;
  for (const auto& entry : kCommands) {
    CLI::App* sub = app.add_subcommand(entry.name, entry.description);
    auto command = entry.make();
    command->setup(*sub);
    commands.emplace_back(sub, std::move(command));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    // The help of the innermost subcommand that was named.
    const CLI::App* target = &app;
    for (const CLI::App* sub = &app; sub;) {
      auto parsed = sub->get_subcommands();
      sub = parsed.empty() ? nullptr : parsed.front();
      if (sub) target = sub;
    }
    out << target->help();
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

  Session session(std::move(raw), out, err);
  for (auto& [sub, command] : commands)
    if (sub->parsed()) return command->run(session);
  err << "ragft: error: no command given\n  hint: run 'ragft --help'\n";
  return invalid;
}

}  // namespace

RulesLoad Session::load(const std::vector<std::string>& extra, std::vector<std::string>& names, bool prove) {
  std::vector<RuleSource> layers;
  if (!raw_.no_default_rules)
    for (auto& s : builtin_rule_sources()) layers.push_back(std::move(s));
  std::vector<std::string> files = raw_.rules_files;
  files.insert(files.end(), extra.begin(), extra.end());
  RulesLoad failed;
  for (const auto& f : files) {
    RuleSource s;
    s.name = f;
    Diagnostic err;
    if (auto leaves = link_leaves_tree(f)) {
      failed.diagnostics.push_back(std::move(*leaves));
      continue;
    }
    if (!yaml::read_text_file(f, RuleLimits{}.max_bytes, s.text, err)) {
      failed.diagnostics.push_back(err);
      continue;
    }
    layers.push_back(std::move(s));
  }
  for (const auto& l : layers) names.push_back(l.name);
  if (!failed.diagnostics.empty()) return failed;
  if (layers.empty()) {
    Diagnostic d;
    d.file = "ragft";
    d.message = "no rules to load: --no-default-rules needs at least one --rules FILE";
    failed.diagnostics.push_back(d);
    return failed;
  }
  RuleLimits limits;
  limits.prove_builtin = prove;
  return load_rules(layers, limits);
}

std::optional<Context> Session::context(const std::vector<std::string>& extra, bool own_formats) {
  auto format = own_formats ? std::optional<OutputFormat>(OutputFormat::text) : parse_format(raw_.format);
  if (!format) {
    err_ << fmt::format("ragft: error: unknown format '{}'\n  hint: one of: text, json, jsonl, csv, markdown\n",
                        raw_.format);
    return std::nullopt;
  }
  std::vector<std::string> names;
  RulesLoad load = this->load(extra, names);
  if (!load.ok()) {
    print_diagnostics(err_, load.diagnostics);
    err_ << "ragft: the rules have errors; nothing was evaluated (run 'ragft rules lint' for the full list)\n";
    return std::nullopt;
  }
  Context ctx{std::move(*load.rules), {}, *format, {}, raw_.quiet, out_, err_};
  ctx.style.color = color_wanted(raw_.color);
  // On a terminal, wrap at its width; elsewhere at a fixed width, so the same
  // input always gives the same bytes.
  winsize ws{};
  if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    ctx.style.width = std::clamp(static_cast<int>(ws.ws_col), 60, 140);
  for (const auto& s : raw_.sets) {
    Diagnostic d;
    auto parsed = parse_set(ctx.rules, s, d);
    if (!parsed) {
      err_ << format_diagnostic(d);
      return std::nullopt;
    }
    ctx.sets.push_back(std::move(*parsed));
  }
  return ctx;
}

namespace {

// Reports output that could not be written (`error`: the errno seen, or 0)
// and gives the exit code: 2, or the command's own when it is 3.
int output_failed(std::ostream& err, int error, int code = ok) {
  err << "ragft: error: cannot write the output" << (error ? std::string(": ") + std::strerror(error) : std::string())
      << "\n  hint: the results are incomplete; check that the disk or pipe they go to has room, then run ragft "
         "again\n";
  err.flush();
  return code == internal ? internal : invalid;
}

}  // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  int code = ok;
  try {
    code = dispatch(argc, argv, out, err);
  } catch (const OutputFailed& e) {
    return output_failed(err, e.error);
  } catch (const std::exception& e) {
    err << "ragft: internal error: " << e.what()
        << "\n  this is a bug in ragft; please report it with the command and input that caused it\n";
    code = internal;
  }
  // Output that did not all arrive is an error, never a success.
  errno = 0;
  out.flush();
  if (!out) return output_failed(err, errno, code);
  return code;
}

}  // namespace ragft::cli
