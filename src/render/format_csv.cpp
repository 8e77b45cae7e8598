// csv: a table, a header line then one line per result, or per option of
// each cost estimate.
#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/cost_report.h"
#include "ragft/escape.h"
#include "ragft/formats.h"
#include "ragft/report.h"
#include "ragft/safe_text.h"

namespace ragft {

namespace {

// Fields from inputs are shown as one line with control characters visible
// (safe_text.h), then quoted where csv needs it.
std::string field(std::string_view raw) { return csv_field(visible(raw)); }

int count_severity(const Result& r, Severity s) {
  return static_cast<int>(std::count_if(r.warnings.begin(), r.warnings.end(), [&](const Warning& w) {
    return w.severity == s && w.concerns(r.decision.recommendation);
  }));
}

// A figure of the cost JSON: empty when null, a string as a field.
std::string cost_cell(const nlohmann::ordered_json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return csv_field(v.get<std::string>());
  return json_text(v);
}

class CsvFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "csv"; }
  std::string_view description() const override { return "a table with a header line (RFC 4180)"; }
  unsigned uses() const override { return use_results | use_cost; }

  void before_result(std::string& out, const ResultOptions& o, long index) const override {
    if (index == 0) out += csv_header(o.rules);
  }
  void result(std::string& out, const Result& r, const ResultOptions& o) const override {
    out += csv_row(r, o.rules);
  }

  // The figures as the JSON has them (rounded, null when unknown).
  void cost(std::string& s, const Result& r, const CostOptions&, std::size_t index) const override {
    if (index == 0)
      s += "file,document,project,option,model,one_off,per_day,monthly,per_1k_calls,total,fixup_hours_per_day,"
           "latency_ms,break_even_calls_per_day,payback_month\n";
    const CostEstimate& e = *r.cost;
    const nlohmann::ordered_json cj = cost_json(e);
    for (const auto& o : e.options) {
      const auto& oj = cj["options"][o.option];
      nlohmann::ordered_json be =
          cj["break_even"].contains(o.option) ? cj["break_even"][o.option] : nlohmann::ordered_json::object();
      s += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", field(r.file), r.document, field(r.project),
                       o.option, field(o.tier), cost_cell(oj["one_off"]), cost_cell(oj["per_day"]),
                       cost_cell(oj["monthly"]), cost_cell(oj["per_1k_calls"]), cost_cell(oj["total"]),
                       cost_cell(oj["fixup_hours_per_day"]), cost_cell(oj["latency_ms"]),
                       be.empty() ? "" : cost_cell(be["calls_per_day"]), be.empty() ? "" : cost_cell(be["payback_month"]));
    }
  }
};

}  // namespace

std::string csv_header(const RuleSet& rules) {
  std::string h = "file,document,project,recommendation,confidence,decided_by";
  for (const auto& o : rules.options) h += ",score_" + o.id;
  return h + ",excluded,errors,warnings,confidence_reason\n";
}

std::string csv_row(const Result& r, const RuleSet& rules) {
  std::string row = fmt::format("{},{},{},{},{},{}", field(r.file), r.document, field(r.project),
                                r.decision.recommendation, r.decision.confidence, field(r.decision.decided_by));
  for (std::size_t i = 0; i < rules.options.size(); ++i) row += fmt::format(",{}", r.decision.scores[i]);
  std::string excluded;
  for (const auto& x : r.excluded) excluded += (excluded.empty() ? "" : ";") + x.option;
  return row + fmt::format(",{},{},{},{}\n", field(excluded), count_severity(r, Severity::error),
                           count_severity(r, Severity::warning), field(r.decision.confidence_reason));
}

std::unique_ptr<FormatWriter> make_csv_format() { return std::make_unique<CsvFormat>(); }

}  // namespace ragft
