// text: for people. A result's verdict, reasons and next steps (or its
// trace, for explain), a tally under a batch; the cost table and chart; the
// check report with its diagnostics. The only format of `ragft rules show`
// besides json.
#include <fmt/format.h>

#include "ragft/check_report.h"
#include "ragft/cost_report.h"
#include "ragft/formats.h"
#include "ragft/report.h"
#include "ragft/safe_text.h"

namespace ragft {

namespace {

class TextFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "text"; }
  std::string_view description() const override { return "for people, wrapped at the terminal's width"; }
  unsigned uses() const override { return use_results | use_cost | use_check | use_rules_show; }

  bool shows_would_change(const ResultOptions& o) const override { return o.explain || (!o.quiet && !o.brief); }
  void before_result(std::string& out, const ResultOptions& o, long index) const override {
    if (!o.quiet && index > 0) out += '\n';
  }
  void result(std::string& out, const Result& r, const ResultOptions& o) const override {
    if (o.quiet) {
      // `ragft ask` without a file names the result by its project.
      std::string name = r.file.empty() && !r.project.empty() ? visible(r.project) : document_name(r.file, r.document);
      out += fmt::format("{}: {} ({})\n", name, r.decision.recommendation, r.decision.confidence);
    } else if (o.explain) {
      out += explain_text(r, o.rules, o.style);
    } else {
      out += o.brief ? result_brief(r, o.rules, o.style) : result_text(r, o.rules, o.style);
    }
  }
  // After more than one result, or invalid files: the tally of verdicts.
  void end_results(std::string& out, const ResultOptions& o, const ResultSummary& s) const override {
    if (o.quiet || (s.count <= 1 && s.invalid_files == 0)) return;
    std::string parts;
    for (const auto& opt : o.rules.options)
      if (auto it = s.tally.find(opt.id); it != s.tally.end())
        parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", opt.id, it->second);
    if (auto it = s.tally.find("none"); it != s.tally.end())
      parts += fmt::format("{}none {}", parts.empty() ? "" : ", ", it->second);
    out += fmt::format("{}{} profile{} scored{}{}{}\n", s.count > 0 ? "\n" : "", s.count, s.count == 1 ? "" : "s",
                       parts.empty() ? "" : ": ", parts,
                       s.invalid_files ? fmt::format("; {} file{} invalid (see errors above)", s.invalid_files,
                                                     s.invalid_files == 1 ? "" : "s")
                                       : "");
  }

  void cost(std::string& out, const Result& r, const CostOptions& o, std::size_t index) const override {
    if (index) out += '\n';
    out += cost_text(r, o.rules, o.style);
    if (o.chart) {
      out += '\n';
      out += cost_chart_text(*r.cost, o.rules.cost, o.style, r.decision.recommendation);
    }
  }

  void check(std::ostream& out, const CheckReport& report, const CheckWriteOptions& o) const override {
    write_check_text(out, report, o.rules, o.style, o.quiet);
  }
};

}  // namespace

std::unique_ptr<FormatWriter> make_text_format() { return std::make_unique<TextFormat>(); }

}  // namespace ragft
