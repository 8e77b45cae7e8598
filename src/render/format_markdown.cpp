// markdown (md): a table for a pull request or a wiki page, one row per
// result, or per option of each cost estimate (the cheapest in bold).
#include <fmt/format.h>

#include "ragft/cost_report.h"
#include "ragft/escape.h"
#include "ragft/formats.h"
#include "ragft/report.h"
#include "ragft/safe_text.h"

namespace ragft {

namespace {

// Cells from inputs are shown as one line with control characters visible.
std::string cell(std::string_view raw) { return markdown_cell(visible(raw)); }

class MarkdownFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "markdown"; }
  std::string_view alias() const override { return "md"; }
  std::string_view description() const override { return "a Markdown table"; }
  unsigned uses() const override { return use_results | use_cost; }

  void before_result(std::string& out, const ResultOptions& o, long index) const override {
    if (index == 0) out += markdown_header(o.rules);
  }
  void result(std::string& out, const Result& r, const ResultOptions& o) const override {
    out += markdown_row(r, o.rules);
  }

  void cost(std::string& s, const Result& r, const CostOptions&, std::size_t index) const override {
    if (index == 0)
      s += "| File | Project | Option | Model | One-off | Monthly | Per 1k calls | Total | Fix-up h/day | Latency ms |\n"
           "|---|---|---|---|---:|---:|---:|---:|---:|---:|\n";
    const CostEstimate& e = *r.cost;
    std::string file = document_name(r.file, r.document);
    for (const auto& o : e.options)
      s += fmt::format("| {} | {} | {}{}{} | {} | {} | {} | {} | {} | {} | {} |\n", cell(file),
                       cell(r.project), o.option == e.cheapest ? "**" : "", o.option,
                       o.option == e.cheapest ? "**" : "", cell(o.tier), format_money(o.one_off),
                       format_money(o.monthly), format_money(o.per_1k_calls), format_money(o.total),
                       known(o.fixup_hours_per_day) ? format_count(o.fixup_hours_per_day) : "—",
                       format_count(o.latency_ms));
  }
};

}  // namespace

std::string markdown_header(const RuleSet& rules) {
  std::string h = "| File | Project | Recommendation | Confidence |";
  std::string sep = "|---|---|---|---|";
  for (const auto& o : rules.options) {
    h += ' ';
    h += cell(o.id);
    h += " |";
    sep += "---:|";
  }
  return h + " Excluded | Warnings |\n" + sep + "---|---|\n";
}

std::string markdown_row(const Result& r, const RuleSet& rules) {
  std::string file = document_name(r.file, r.document);
  std::string confidence = r.decision.confidence;
  if (!r.decision.confidence_reason.empty()) confidence += " (" + r.decision.confidence_reason + ")";
  std::string row = fmt::format("| {} | {} | **{}** | {} |", cell(file), cell(r.project), r.decision.recommendation,
                                cell(confidence));
  for (std::size_t i = 0; i < rules.options.size(); ++i) row += fmt::format(" {} |", r.decision.scores[i]);
  // The options ruled out, as the csv's `excluded` column lists them.
  std::string excluded;
  for (const auto& x : r.excluded) excluded += (excluded.empty() ? "" : ", ") + x.option;
  // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, a false
  // positive) on " " + cell(...) + " |".
  row += ' ';
  row += cell(excluded);
  row += " |";
  std::string warnings;
  for (const auto& w : r.warnings)
    if (w.concerns(r.decision.recommendation))
      warnings += (warnings.empty() ? "" : "; ") + std::string(severity_name(w.severity)) + ": " + w.rule;
  return row + " " + cell(warnings) + " |\n";
}

std::unique_ptr<FormatWriter> make_markdown_format() { return std::make_unique<MarkdownFormat>(); }

}  // namespace ragft
