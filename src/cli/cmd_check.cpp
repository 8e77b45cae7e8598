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
#include "ragft/yaml_doc.h"

namespace ragft::cli {

namespace {

const std::vector<std::string> kProposalExtensions = {".yaml", ".yml", ".md"};

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
 public:
  void setup(CLI::App& sub) override {
    sub.add_option("paths", paths_, "proposal files (YAML), ADRs (Markdown), directories, globs, or - for stdin")
        ->required()
        ->type_name("PATH");
    sub.add_flag("--strict", strict_, "warnings fail the check too, and so do expired or unused waivers");
    sub.add_option("--format", format_, "output: text, json, github (annotations), sarif, junit")
        ->type_name("FORMAT");
    sub.footer(R"(
A proposal fails when its approach is neither the recommendation nor a close
alternative (within settings.close_margin points, no decide rule against it),
or when an error-severity warning concerns its approach. Waivers in the
proposal suppress a rule's findings (shown as waived, never hidden).

Examples:
  ragft check docs/adr/                       every ADR and proposal under docs/adr
  ragft check docs/adr/ --format github       annotations on the pull request
  ragft check docs/adr/ --format sarif > ragft.sarif
  RAGFT_TODAY=2026-11-21 ragft check p.yaml   fix the date waivers expire against

Exit codes: 0 every proposal passed, 1 one failed, 2 invalid input (the other files are still checked).)");
  }

  int run(Session& session) override {
    // `check --format X`, else the common `ragft --format X check`.
    std::string format_name = format_.empty() ? session.raw().format : format_;
    auto format = parse_check_format(format_name);
    if (!format) {
      session.err() << fmt::format(
          "ragft: error: unknown format '{}' for check\n  hint: one of: text, json, github, sarif, junit\n", format_name);
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
    InputFiles in = expand_inputs(paths_, kProposalExtensions);
    auto invalid_input = [&](std::vector<Diagnostic> diags) {
      print_diagnostics(ctx->err, diags);
      for (auto& d : diags) report.invalid.push_back(std::move(d));
      ++report.invalid_files;
    };
    for (auto& e : in.errors) invalid_input({e});
    if (in.files.empty() && in.errors.empty()) {
      ctx->err << "ragft: error: no proposals found (looked for *.yaml, *.yml and *.md in the given paths)\n"
                  "  hint: a proposal is a profile with 'approach:'; run 'ragft init --proposal' for a template\n";
      return invalid;
    }
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
        // change" of every proposal made 100,000 files take 2.5 GB).
        ProposalCheck c = check_proposal(engine, p, report.options, ctx->sets);
        Result slim;
        slim.decision = std::move(c.result.decision);
        c.result = std::move(slim);
        report.proposals.push_back(std::move(c));
      }
    }

    std::ostream& out = ctx->out;
    switch (*format) {
      case CheckFormat::text: out << check_text(report, ctx->rules, ctx->style, ctx->quiet); break;
      case CheckFormat::json: out << json_text(check_json(report, ctx->rules), 2) << "\n"; break;
      case CheckFormat::github: out << check_github(report); break;
      case CheckFormat::sarif: out << json_text(check_sarif(report, ctx->rules), 2) << "\n"; break;
      case CheckFormat::junit: out << check_junit(report); break;
    }
    return report.exit_code();
  }

 private:
  std::vector<std::string> paths_;
  bool strict_ = false;
  std::string format_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace ragft::cli
