// svg: the chart of total cost against calls per day as a standalone SVG
// file, for one profile (`ragft cost --format svg -o FILE`).
#include "ragft/cost_report.h"
#include "ragft/formats.h"

namespace ragft {

namespace {

class SvgFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "svg"; }
  std::string_view description() const override { return "the cost chart as an SVG file"; }
  unsigned uses() const override { return use_cost; }

  std::size_t most_costs() const override { return 1; }
  void cost(std::string& out, const Result& r, const CostOptions& o, std::size_t) const override {
    out += cost_chart_svg(*r.cost, o.rules.cost, r.project.empty() ? r.file : r.project, r.decision.recommendation);
  }
};

}  // namespace

std::unique_ptr<FormatWriter> make_svg_format() { return std::make_unique<SvgFormat>(); }

}  // namespace ragft
