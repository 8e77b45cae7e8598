// `ragft check PATH...`: the CI gate on proposals and ADRs. Reads every file,
// keeps going past invalid ones, judges each proposal and prints the report in
// the chosen format. Exit 0 all passed, 1 one failed, 2 invalid input.
#include <cstdlib>
#include <ctime>
#include <ostream>

#include <fmt/format.h>

#include "ragft/safe_text.h"
#include "app.h"
#include "command.h"
#include "inputs.h"
#include "ragft/check.h"
#include "ragft/check_report.h"
#include "ragft/formats.h"
#include "ragft/yaml_doc.h"

namespace ragft::cli {

namespace {

// Today's date (UTC), or RAGFT_TODAY=YYYY-MM-DD, which tests and reruns of an
// old pipeline use to fix the date waivers expire against.
std::optional<Date> today(std::ostream& err) {
  if (const char* fixed = std::getenv("RAGFT_TODAY"); fixed && *fixed) {
    auto d = parse_date(fixed);
    if (!d) err << fmt::format("ragft: error: RAGFT_TODAY='{}' is not a date\n  hint: write it as YYYY-MM-DD\n", fixed);
    return d;
  }
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

class CheckCommand : public Command {
  // "nothing checked: ..." saying where nothing was found.
  std::string nothing_found(std::size_t files, std::size_t skipped) const {
    std::string where;
    for (const auto& p : paths_) where += fmt::format("{}'{}'", where.empty() ? "" : ", ", display_name(p));
    if (files == 0)
      return fmt::format("nothing checked: no proposal file in {} (looked for {})", where, kInputPatterns);
    return fmt::format("nothing checked: {} {} read from {}, and {} no proposal{}", files,
                       files == 1 ? "file was" : "files were", where, files == 1 ? "it holds" : "they hold",
                       skipped > 0 ? fmt::format(" ({} skipped, see above)", skipped) : "");
  }

 public:
  void setup(CLI::App& sub) override {
    sub.add_option("paths", paths_, "proposal files (YAML), ADRs (Markdown), directories, globs, or - for stdin")
        ->required()
        ->type_name("PATH");
    sub.add_flag("--strict", strict_,
                 "warnings fail the check too, and so do low-confidence verdicts and expired or unused waivers");
    sub.add_flag("--allow-empty", allow_empty_, "a run that finds no proposal to check is a success (it is an error by default)");
    sub.add_option("--format", format_, "output: " + format_names(use_check, true))
        ->type_name("FORMAT");
    add_output_options(sub, output_);
    sub.footer(R"(
A proposal fails when it leaves out an answer the rules need (every criterion
without a default that is not optional, and 'problem' always), when its
approach is neither the recommendation nor a close alternative (within
settings.close_margin points, no decide rule against it), or when an
error-severity warning concerns its approach. Waivers in the proposal suppress
a rule's findings (shown as waived, never hidden). Directories are walked for
.md, .markdown, .yaml, .yml and .json files, in any case; nothing to check is
an error unless --allow-empty.

Examples:
  ragft check docs/adr/                       every ADR and proposal under docs/adr
  ragft check docs/adr/ --format github       annotations on the pull request
  ragft check docs/adr/ --format sarif -o ragft.sarif
  RAGFT_TODAY=2026-11-21 ragft check p.yaml   fix the date waivers expire against

Exit codes: 0 every proposal passed, 1 one failed, 2 invalid input or nothing checked (the other files are still checked).)");
  }

  int run(Session& session) override {
    // `check --format X`, else the common `ragft --format X check`.
    std::string format_name = format_.empty() ? session.raw().format : format_;
    const FormatWriter* format = find_format(format_name, use_check);
    if (!format) {
      session.err() << fmt::format("ragft: error: unknown format '{}' for check\n  hint: one of: {}\n", format_name,
                                   session.formats());
      return invalid;
    }
    auto ctx = session.context({}, true);
    if (!ctx) return invalid;
    auto date = today(ctx->err);
    if (!date) return invalid;

    CheckReport report;
    report.options.strict = strict_;
    report.options.today = *date;
    report.rule_layers = ctx->rules.layers;
    InputFiles in = expand_inputs(paths_, kInputExtensions);
    auto invalid_input = [&](std::vector<Diagnostic> diags) {
      print_diagnostics(ctx->err, diags);
      for (auto& d : diags) report.invalid.push_back(std::move(d));
      ++report.invalid_files;
    };
    for (auto& e : in.errors) invalid_input({e});
    Engine engine(ctx->rules);
    for (const auto& file : in.files) {
      std::string name = display_name(file);
      std::string text;
      Diagnostic io;
      if (!yaml::read_text_file(file, ProfileLimits{}.max_bytes, text, io)) {
        invalid_input({io});
        continue;
      }
      ProposalLoad load = load_proposals(text, name, ctx->rules);
      if (!load.errors.empty()) invalid_input(std::move(load.errors));
      for (auto& s : load.skipped) report.skipped.push_back(std::move(s));
      for (const auto& p : load.proposals) {
        // The report keeps what its writers show: of the evaluation, only
        // the decision (the reasons, warnings, assumptions and "what would
        // change" of every proposal made 100,000 files take 2.5 GB), and
        // past the first few hundred proposals in a temporary file.
        ProposalCheck c = check_proposal(engine, p, report.options, ctx->sets);
        Result slim;
        slim.decision = std::move(c.result.decision);
        c.result = std::move(slim);
        report.add(c);
      }
    }
    // Nothing checked is not a pass: a gate that judged nothing must not go
    // green. (Invalid input already fails the run and says why.)
    if (report.proposals.empty() && report.invalid_files == 0 && !allow_empty_) {
      report.nothing_checked = true;
      report.nothing_checked_reason = nothing_found(in.files.size(), report.skipped.size());
      ctx->err << fmt::format(
          "ragft: error: {}\n  hint: a proposal is a YAML file with 'approach:', or an ADR (Markdown) with the "
          "proposal under 'ragft:' in its front matter ('ragft init --proposal'); --allow-empty accepts a run with "
          "nothing to check\n",
          report.nothing_checked_reason);
    }

    format->check(ctx->out, report, CheckWriteOptions{ctx->rules, ctx->style, ctx->quiet, default_docs_url()});
    return report.exit_code();
  }

  const OutputFile* output() const override { return &output_; }

 private:
  OutputFile output_;
  std::vector<std::string> paths_;
  bool strict_ = false;
  bool allow_empty_ = false;
  std::string format_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace ragft::cli
