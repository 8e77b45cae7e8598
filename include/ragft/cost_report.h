// Rendering cost estimates (ragft/cost.h): the `cost` object of the JSON
// result, the one-line summary under a verdict, the table of `ragft cost`,
// and the chart of total cost against calls per day (log scales) drawn in the
// terminal with Unicode glyphs or as a standalone SVG file. Pure functions to
// strings; the same estimate always gives the same bytes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "ragft/cost.h"
#include "ragft/engine.h"
#include "ragft/report.h"

namespace ragft {

// "$12,345" (whole dollars from $100), "$3.05", "$0.0042"; "—" when unknown.
std::string format_money(double usd);
void append_money(std::string& out, double usd);
// 40000 -> "40,000"; fractions keep up to two decimals; "—" when unknown.
std::string format_count(double n);
void append_count(std::string& out, double n);

// The `cost` object of PRODUCT.md: horizon_months, calls_per_day, options
// {one_off, monthly, per_1k_calls, total, ...}, cheapest, break_even, notes.
// Money is rounded to cents; unknown figures are null.
void write_cost_json(JsonWriter& w, const CostEstimate& e);
nlohmann::ordered_json cost_json(const CostEstimate& e);  // the same as a tree
// Whether criterion `c` is an input of the cost estimate.
bool cost_relevant(const Criterion& c);
// The estimate of one profile for tools ("ragft/cost/v1"): schema, file,
// document, project, recommendation, cost, inputs {criterion: the answer or
// its default, null without one}, assumed [the criteria not answered].
void write_cost_document(JsonWriter& w, const Result& r, const RuleSet& rules);

// One line (no newline) for the verdict of `score`: the total per option over
// the horizon (or per 1,000 calls without a volume) and the break-even.
std::string cost_summary(const CostEstimate& e);
void append_cost_summary(std::string& out, const CostEstimate& e);
// The short form, one line at 100 columns: the total of `pick` (an option
// id, or "none") and of the cheapest option, without a newline.
void append_cost_line(std::string& out, const CostEstimate& e, const std::string& pick);

// `ragft cost` for people: the table per option, break-even and payback,
// notes, the inputs used and the prices behind them.
std::string cost_text(const Result& r, const RuleSet& rules, const TextStyle& style);

// Total cost over the horizon of each option (kCostOptions order) at
// `points` volumes spaced evenly on a log scale from `lo` to `hi` calls a day.
struct CostCurves {
  double lo = 1, hi = 1e7;                  // calls a day, powers of ten
  std::vector<double> volumes;
  std::vector<std::vector<double>> totals;  // [option][point]; NaN when unknown
};
CostCurves cost_curves(const CostEstimate& e, const CostCatalog& catalog, int points);

// The chart in the terminal: one glyph per option (● prompt, ▲ rag,
// ■ fine_tune, ◆ hybrid), readable without color, the recommended option
// drawn on top and named in the legend; each break-even (fine_tune vs
// prompt, hybrid vs rag, fine_tune vs rag) marked ┊ and numbered above the
// plot, the profile's volume marked │. A total below the lowest decade shown
// is left out, not drawn along the floor.
std::string cost_chart_text(const CostEstimate& e, const CostCatalog& catalog, const TextStyle& style,
                            std::string_view recommended);

// The same chart as a standalone SVG document: title, axes with decade tick
// labels, grid, a line per option (color and dash pattern; the recommended
// one wider, on top, and in bold in the legend), each break-even numbered and
// marked where its two lines cross, the profile's volume.
std::string cost_chart_svg(const CostEstimate& e, const CostCatalog& catalog, const std::string& title,
                           std::string_view recommended);

}  // namespace ragft
