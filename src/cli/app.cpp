// Argument parsing and dispatch: one table of commands, the common options,
// the rule layers, and the mapping of every outcome to an exit code.
#include "app.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

#include "command.h"
#include "reference.h"
#include "inputs.h"
#include "ragft/atomic_file.h"
#include "ragft/profile.h"
#include "ragft/terminal_text.h"
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
  ragft score --help                         a command's own options and examples
)";

const std::vector<std::string> kColorModes = {"auto", "always", "never"};

// The --format values of each command (the first is the default), from the
// registry of formats. A command that is not listed takes no --format.
const std::vector<NamedText>& format_table() {
  struct Table {
    std::vector<std::string> texts;
    std::vector<NamedText> rows;
  };
  static const Table table = [] {
    Table t;
    auto commands = format_commands();
    t.texts.reserve(commands.size());
    for (const auto& c : commands) t.texts.push_back(format_names(c.use));
    for (std::size_t i = 0; i < commands.size(); ++i) t.rows.push_back({commands[i].name, t.texts[i].c_str()});
    return t;
  }();
  return table.rows;
}

const NamedText kExitCodes[] = {
    {"0", "success"},
    {"1", "a check or rule test failed"},
    {"2", "invalid input or usage"},
    {"3", "internal error (a bug in ragft)"},
};

const NamedText kEnvironment[] = {
    {"NO_COLOR", "set and not empty: no color, unless --color always"},
    {"TERM", "dumb: no color with --color auto"},
    {"CI", "set (and not false or 0): 'ragft ask' never waits for a person"},
    {"RAGFT_TODAY", "YYYY-MM-DD: the date 'ragft check' expires waivers against (default: today, UTC)"},
    {"RAGFT_DOCS_URL", "the web address of the docs that 'ragft check --format sarif' links rules to"},
    {"SOURCE_DATE_EPOCH", "seconds since 1970: the date 'ragft ask --save' writes in the profile's header"},
};

// The root --help footer: the examples, then the exit codes and environment.
std::string root_footer() {
  std::string text = kExamples;
  text += "\nExit codes:";
  for (const auto& e : kExitCodes) text += fmt::format(" {} {}{}", e.name, e.text, &e == std::end(kExitCodes) - 1 ? "." : ",");
  text += "\n\nEnvironment:\n";
  for (const auto& e : kEnvironment) text += fmt::format("  {:<18} {}\n", e.name, e.text);
  return text;
}

}  // namespace

bool color_wanted(const std::string& mode, int fd) {
  // An explicit --color wins over NO_COLOR (no-color.org); NO_COLOR wins over auto.
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return fd >= 0 && ::isatty(fd) == 1;
}

void add_output_options(CLI::App& sub, OutputFile& file, const std::string& what) {
  sub.add_option("-o,--output", file.path, what)->type_name("FILE");
  sub.add_flag("--force", file.force, "replace FILE if it already exists");
}

namespace {

const char* formats_of(const std::string& command) {
  for (const auto& f : format_table())
    if (command == f.name) return f.text;
  return nullptr;
}

CLI::Option* add_common(CLI::App& app, RawOptions& raw) {
  app.add_option("--rules", raw.rules_files, "a rule file layered on the built-in rules (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_flag("--no-default-rules", raw.no_default_rules, "do not load the built-in rules");
  app.add_option("--set", raw.sets, "override an answer: --set labeled_examples=5000 (repeatable)")
      ->type_name("ID=VALUE")
      ->allow_extra_args(false);
  CLI::Option* format = app.add_option("--format", raw.format, "output format, where a command has a choice (see its --help)")
      ->type_name("FORMAT");
  app.add_option("--color", raw.color, "color: auto, always, never (--color always wins over NO_COLOR)")
      ->check(CLI::IsMember(kColorModes))
      ->type_name("WHEN");
  app.add_flag("-q,--quiet", raw.quiet, "print only the verdicts and errors, no notes or 'wrote FILE'");
  return format;
}

// The subcommands named on the command line, outermost first.
std::vector<const CLI::App*> named_path(const CLI::App& app) {
  std::vector<const CLI::App*> path;
  for (const CLI::App* sub = &app;;) {
    auto parsed = sub->get_subcommands();
    if (parsed.empty()) break;
    sub = parsed.front();
    path.push_back(sub);
  }
  return path;
}

// "ragft rules dump": the command line's commands, for help and hints.
std::string usage_name(const std::vector<const CLI::App*>& path, std::size_t upto) {
  std::string name = "ragft";
  for (std::size_t i = 0; i < upto && i < path.size(); ++i) name += " " + path[i]->get_name();
  return name;
}

// Puts in front of each command's own footer the formats it accepts and the
// common options it also takes, so that its --help (and the man page) says so.
void add_help_notes(CLI::App& sub, const std::string& path, const std::string& common) {
  std::string notes = "\nAlso the common options: " + common + " (see 'ragft --help').";
  if (const char* f = formats_of(path)) notes += fmt::format("\nFormats (--format): {}.", f);
  sub.footer(notes + "\n" + sub.get_footer());
  for (CLI::App* s : sub.get_subcommands([](CLI::App*) { return true; }))
    add_help_notes(*s, path + " " + s->get_name(), common);
}

// Runs a command whose results go to -o FILE: into memory, then written
// atomically; the file is written when the command produced results (also
// when some inputs were invalid: the valid results are not lost).
int run_to_file(Command& command, const OutputFile& file, RawOptions raw, const std::string& name, std::ostream& out,
                std::ostream& err) {
  struct stat st{};
  if (!file.force && ::stat(file.path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    // Refused before any work is done, with the message a late refusal gives.
    write_output(err, file.path, {}, false);
    return invalid;
  }
  bool quiet = raw.quiet;
  std::ostringstream buffer;
  Session session(std::move(raw), name, buffer, err, true);
  int code = command.run(session);
  std::string text = std::move(buffer).str();
  if (code == internal || (code != ok && code != failed && text.empty())) return code;
  if (!write_output(err, file.path, text, file.force)) return invalid;
  if (!quiet) out << fmt::format("wrote {}\n", file.path);
  return code;
}

const NamedText kFiles[] = {
    {"(none read implicitly)",
     "the built-in rules are compiled in ('ragft rules dump NAME' prints one); --rules FILE adds a layer"},
    {"share/doc/ragft/", "under the installation prefix (/usr for the .deb): README.md and the guides of docs/"},
    {"share/bash-completion/completions/ragft", "bash completion; zsh: share/zsh/vendor-completions/_ragft; fish: "
                                                "share/fish/vendor_completions.d/ragft.fish"},
};

// `ragft --generate WHAT`: the man page or a shell completion script, from
// the command table and the options the commands declared.
int generate_reference(const CLI::App& app, std::string_view what, std::ostream& out, std::ostream& err) {
  Reference ref{app, format_table(), kExitCodes, kEnvironment, kFiles, {}, RAGFT_VERSION, kExamples, kColorModes};
  Session session(RawOptions{}, "", out, err);
  std::vector<std::string> names;
  RulesLoad load = session.load({}, names);
  if (!load.ok()) {
    print_diagnostics(err, load.diagnostics);
    return internal;
  }
  for (const auto& c : load.rules->criteria) ref.criteria.push_back(c.id);
  if (what == "man") out << man_page(ref);
  else if (what == "bash") out << bash_completion(ref);
  else if (what == "zsh") out << zsh_completion(ref);
  else if (what == "fish") out << fish_completion(ref);
  else {
    err << fmt::format("ragft: error: --generate makes man, bash, zsh or fish, not '{}'\n", what);
    return invalid;
  }
  return ok;
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
  app.set_version_flag("--version", std::string("ragft ") + RAGFT_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  RawOptions raw;
  CLI::Option* format_option = add_common(app, raw);

  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> commands;
  for (const auto& entry : kCommands) {
    CLI::App* sub = app.add_subcommand(entry.name, entry.description);
    auto command = entry.make();
    command->setup(*sub);
    commands.emplace_back(sub, std::move(command));
  }
  std::string common;
  for (const CLI::Option* o : app.get_options()) {
    if (o == app.get_help_ptr() || o->check_lname("version")) continue;
    std::string names;
    for (const auto& n : o->get_snames()) names += (names.empty() ? "-" : "/-") + n;
    for (const auto& n : o->get_lnames()) names += (names.empty() ? "--" : "/--") + n;
    common += (common.empty() ? "" : ", ") + names +
              (o->get_expected_max() > 0 ? " " + o->get_type_name() : std::string());
  }
  for (auto& [sub, command] : commands) add_help_notes(*sub, sub->get_name(), common);
  app.footer(root_footer());  // after the commands: a subcommand would inherit it

  // The build writes the man page and the shell completions from this same
  // table (`ragft --generate man|bash|zsh|fish`; not for users, not in --help).
  if (argc == 3 && std::string_view(argv[1]) == "--generate") return generate_reference(app, argv[2], out, err);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    // The help of the innermost subcommand that was named, as "Usage: ragft score ...".
    auto path = named_path(app);
    out << (path.empty() ? app.help() : path.back()->help(usage_name(path, path.size() - 1)));
    return ok;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return ok;
  } catch (const CLI::CallForVersion&) {
    out << "ragft " << RAGFT_VERSION << "\n";
    return ok;
  } catch (const CLI::ParseError& e) {
    auto path = named_path(app);
    err << "ragft: error: " << e.what() << fmt::format("\n  hint: run '{} --help'\n", usage_name(path, path.size()));
    return invalid;
  }

  auto path = named_path(app);
  std::string name;
  for (const CLI::App* sub : path) name += (name.empty() ? "" : " ") + sub->get_name();
  raw.format_given = format_option->count() > 0;
  if (raw.format_given && !formats_of(name)) {
    std::string with;
    for (const auto& f : format_table()) with += fmt::format("{}'{}'", with.empty() ? "" : ", ", f.name);
    err << fmt::format("ragft: error: 'ragft {}' has no --format\n  hint: the commands with a --format are {}; 'ragft "
                       "COMMAND --help' lists its formats\n",
                       name, with);
    return invalid;
  }
  for (auto& [sub, command] : commands) {
    if (!sub->parsed()) continue;
    const OutputFile* file = command->output();
    if (file && !file->path.empty()) return run_to_file(*command, *file, std::move(raw), name, out, err);
    Session session(std::move(raw), name, out, err);
    return command->run(session);
  }
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

std::string Session::formats() const {
  const char* f = formats_of(command_);
  return f ? f : "";
}

std::optional<Context> Session::context(const std::vector<std::string>& extra, bool own_formats) {
  // A command without a --format of its own is validated as the result
  // commands are (its --format is text: dispatch refused any other).
  const unsigned use = format_use(command_);
  const FormatWriter* format = own_formats ? find_format("text") : find_format(raw_.format, use ? use : use_results);
  if (!format) {
    const std::string results = format_names(use_score), allowed = formats();
    err_ << fmt::format("ragft: error: unknown format '{}'{}\n  hint: one of: {}\n", raw_.format,
                        allowed == results ? std::string() : " for 'ragft " + command_ + "'",
                        allowed.empty() ? results : allowed);
    return std::nullopt;
  }
  std::vector<std::string> names;
  RulesLoad load = this->load(extra, names);
  if (!load.ok()) {
    print_diagnostics(err_, load.diagnostics);
    err_ << "ragft: the rules have errors; nothing was evaluated (run 'ragft rules lint' for the full list)\n";
    return std::nullopt;
  }
  Context ctx{std::move(*load.rules), {}, format, {}, raw_.quiet, out_, err_};
  ctx.style.color = color_wanted(raw_.color, to_file_ ? -1 : STDOUT_FILENO);
  // On a terminal, wrap at its width; elsewhere (and in an -o FILE) at a
  // fixed width, so the same input always gives the same bytes.
  if (int columns = to_file_ ? 0 : terminal_width(STDOUT_FILENO); columns > 0)
    ctx.style.width = std::clamp(columns, 60, 140);
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
