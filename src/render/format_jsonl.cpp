// jsonl: one JSON object per line, a result or a cost estimate, written as
// each is ready (for streams of many profiles).
#include "ragft/cost_report.h"
#include "ragft/formats.h"
#include "ragft/json_writer.h"
#include "ragft/report.h"

namespace ragft {

namespace {

class JsonlFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "jsonl"; }
  std::string_view description() const override { return "one JSON object per line"; }
  unsigned uses() const override { return use_results | use_cost; }

  bool shows_would_change(const ResultOptions&) const override { return true; }
  void result(std::string& out, const Result& r, const ResultOptions& o) const override {
    JsonWriter w(out);
    write_result_json(w, r, o.rules, o.explain);
    out += '\n';
  }

  void cost(std::string& out, const Result& r, const CostOptions& o, std::size_t) const override {
    JsonWriter w(out);
    write_cost_document(w, r, o.rules);
    out += '\n';
  }
};

}  // namespace

std::unique_ptr<FormatWriter> make_jsonl_format() { return std::make_unique<JsonlFormat>(); }

}  // namespace ragft
