// json: one document, indented: an array of results (score, explain, ask)
// or of cost estimates, or the check report.
#include "ragft/check_report.h"
#include "ragft/cost_report.h"
#include "ragft/formats.h"
#include "ragft/json_writer.h"
#include "ragft/report.h"

namespace ragft {

namespace {

class JsonFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "json"; }
  std::string_view description() const override { return "one JSON document, indented"; }
  unsigned uses() const override { return use_results | use_cost | use_check | use_rules_show; }

  bool shows_would_change(const ResultOptions&) const override { return true; }
  void before_result(std::string& out, const ResultOptions&, long index) const override {
    out += index == 0 ? "[\n" : ",\n";
  }
  // Each object one level inside the array.
  void result(std::string& out, const Result& r, const ResultOptions& o) const override {
    out += "  ";
    JsonWriter w(out, 2, 1);
    write_result_json(w, r, o.rules, o.explain);
  }
  void end_results(std::string& out, const ResultOptions&, const ResultSummary& s) const override {
    out += s.count == 0 ? "[]\n" : "\n]\n";
  }

  void cost(std::string& out, const Result& r, const CostOptions& o, std::size_t index) const override {
    out += index == 0 ? "[\n  " : ",\n  ";
    JsonWriter w(out, 2, 1);
    write_cost_document(w, r, o.rules);
  }
  void end_costs(std::string& out, std::size_t count) const override { out += count == 0 ? "[]\n" : "\n]\n"; }

  void check(std::ostream& out, const CheckReport& report, const CheckWriteOptions& o) const override {
    write_check_json(out, report, o.rules);
  }
};

}  // namespace

std::unique_ptr<FormatWriter> make_json_format() { return std::make_unique<JsonFormat>(); }

}  // namespace ragft
