// Rendering cost estimates: the JSON `cost` object, the summary line under a
// verdict, the `ragft cost` table, and the cost-vs-volume chart as Unicode
// text and as SVG.
#include "ragft/cost_report.h"
#include "ragft/escape.h"
#include "ragft/json_writer.h"
#include "ragft/safe_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <optional>
#include <set>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/terminal_text.h"

namespace ragft {

namespace {

// Per option, in kCostOptions order.
constexpr const char* kGlyph[] = {"●", "▲", "■", "◆"};
constexpr const char* kAnsi[] = {"34", "33", "32", "35"};
constexpr const char* kColor[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7"};  // Okabe-Ito, color-blind safe
constexpr const char* kDash[] = {"", "10 5", "", "12 4 3 4"};
constexpr double kWidth[] = {2.5, 2.5, 3.5, 2.5};

std::string group_digits(long long v) {
  std::string out;
  append_grouped(out, v);
  return out;
}

// A catalog price: "$2.50", "$15", "$0.002".
std::string format_price(double usd) {
  if (!known(usd)) return "—";
  if (usd == std::floor(usd) && usd < 1e15) return fmt::format("${}", group_digits(static_cast<long long>(usd)));
  if (usd >= 0.01) return fmt::format("${:.2f}", usd);
  return fmt::format("${}", expr::format_number(usd));
}

// Axis labels: "$1", "$100", "$1k", "$10M"; counts: "1", "10k", "1M".
std::string short_number(double v) {
  // Beyond billions, a power of ten (1e308 read "$infB": v / 1e9 * 100
  // overflowed).
  if (!std::isfinite(v)) return v < 0 ? "-∞" : "∞";
  if (std::fabs(v) >= 1e12) return fmt::format("{:.3g}", v);
  const std::pair<double, const char*> units[] = {{1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
  for (const auto& [scale, suffix] : units)
    if (v >= scale) return expr::format_number(std::round(v / scale * 100) / 100) + suffix;
  return expr::format_number(v);
}

// x rounded to `decimals` places (integers print without a decimal point),
// or null when unknown.
void write_rounded(JsonWriter& w, double x, int decimals) {
  if (!known(x)) {
    w.null();
    return;
  }
  static constexpr double kScale[] = {1, 10, 100, 1000, 1e4, 1e5, 1e6};
  const double scale = decimals >= 0 && decimals <= 6 ? kScale[decimals] : std::pow(10.0, decimals);
  const double units = std::round(x * scale);
  // The decimal itself, without converting the double (decimal() falls
  // back to it past 15 digits or 6 places).
  if (std::fabs(units) < 9e15) w.decimal(static_cast<long long>(units), decimals);
  else w.number(units / scale);
}

// "fine_tune is cheaper than prompt from ≈ 29,143 calls/day", appended.
void append_break_even_phrase(std::string& out, const BreakEven& b) {
  out += b.option;
  if (!known(b.calls_per_day)) {
    out += " never becomes cheaper than ";
    out += b.versus;
    out += " (up to 10B calls/day)";
  } else if (b.calls_per_day == 0) {
    out += " is cheaper than ";
    out += b.versus;
    out += " at any volume";
  } else {
    out += " is cheaper than ";
    out += b.versus;
    out += " from ≈ ";
    append_count(out, std::ceil(b.calls_per_day));
    out += " calls/day";
  }
}

std::string break_even_phrase(const BreakEven& b) {
  std::string out;
  append_break_even_phrase(out, b);
  return out;
}

std::string payback_phrase(const BreakEven& b, double volume) {
  if (!known(volume)) return "";
  if (!known(b.payback_month)) return fmt::format("at {} calls/day it does not pay back", format_count(volume));
  if (b.payback_month == 0) return fmt::format("at {} calls/day there is nothing to pay back", format_count(volume));
  return fmt::format("at {} calls/day it pays back in month {}", format_count(volume), format_count(b.payback_month));
}

}  // namespace

void append_money(std::string& out, double usd) {
  if (!known(usd)) {
    out += "—";
    return;
  }
  if (usd == 0) {
    out += "$0";
    return;
  }
  if (usd < 0) out += '-';
  double a = std::fabs(usd);
  if (a >= 1e15) {
    fmt::format_to(std::back_inserter(out), "${:.3g}", a);
  } else if (a >= 100) {
    out += '$';
    append_grouped(out, std::llround(a));
  } else if (a >= 0.01) {
    fmt::format_to(std::back_inserter(out), "${:.2f}", a);
  } else {
    fmt::format_to(std::back_inserter(out), "${:.4f}", a);
  }
}

std::string format_money(double usd) {
  std::string out;
  append_money(out, usd);
  return out;
}

void append_count(std::string& out, double n) {
  if (!known(n)) {
    out += "—";
    return;
  }
  if (std::fabs(n) >= 1e15) {
    fmt::format_to(std::back_inserter(out), "{:.3g}", n);
    return;
  }
  double whole = std::round(n);
  if (std::fabs(n - whole) < 0.005) {
    append_grouped(out, static_cast<long long>(whole));
    return;
  }
  std::string frac = fmt::format("{:.2f}", std::fabs(n - std::trunc(n)));  // "0.50"
  while (frac.back() == '0') frac.pop_back();
  append_grouped(out, static_cast<long long>(std::trunc(n)));
  out.append(frac, 1);
}

std::string format_count(double n) {
  std::string out;
  append_count(out, n);
  return out;
}

// ---------------------------------------------------------------------------
// JSON

void write_cost_json(JsonWriter& w, const CostEstimate& e) {
  w.begin_object().key("horizon_months");
  write_rounded(w, e.inputs.horizon_months, 0);
  w.key("calls_per_day");
  write_rounded(w, e.inputs.calls_per_day, 2);
  w.member("currency", "USD").key("options").begin_object();
  for (const auto& o : e.options) {
    w.key(o.option).begin_object();
    auto money = [&](std::string_view k, double x) {
      w.key(k);
      write_rounded(w, x, 2);
    };
    money("one_off", o.one_off);
    money("monthly", o.monthly);
    money("per_1k_calls", o.per_1k_calls);
    money("total", o.total);
    w.member("model", o.tier);
    money("per_day", o.per_day);
    if (known(o.training_run)) money("training_run", o.training_run);
    if (o.gpus != 0) {
      w.key("gpus");
      write_rounded(w, o.gpus, 0);
    }
    w.key("fixup_hours_per_day");
    write_rounded(w, o.fixup_hours_per_day, 2);
    money("fixup_monthly", o.fixup_monthly);
    w.key("latency_ms");
    write_rounded(w, o.latency_ms, 0);
    w.key("model_hours_per_day");
    write_rounded(w, o.model_hours_per_day, 2);
    w.end_object();
  }
  w.end_object().key("cheapest").string_or_null(e.cheapest).key("break_even").begin_object();
  for (const auto& b : e.break_even) {
    w.key(b.option).begin_object().member("versus", b.versus).key("calls_per_day");
    write_rounded(w, known(b.calls_per_day) ? std::ceil(b.calls_per_day) : b.calls_per_day, 0);
    w.key("payback_month");
    write_rounded(w, b.payback_month, 0);
    w.end_object();
  }
  w.end_object().key("notes").begin_array();
  for (const auto& n : e.notes) w.value(n);
  w.end_array().end_object();
}

nlohmann::ordered_json cost_json(const CostEstimate& e) {
  std::string text;
  JsonWriter w(text);
  write_cost_json(w, e);
  return nlohmann::ordered_json::parse(text);
}

// The criteria a cost estimate reads: the cost group and four core ones.
bool cost_relevant(const Criterion& c) {
  return c.group == "cost" || c.id == "calls_per_day" || c.id == "labeled_examples" || c.id == "prompt_quality" ||
         c.id == "quality_target";
}

void write_cost_document(JsonWriter& w, const Result& r, const RuleSet& rules) {
  w.begin_object();
  w.member("schema", "ragft/cost/v1").member("file", r.file).member("document", r.document);
  w.member("project", r.project).member("recommendation", r.decision.recommendation);
  w.key("cost");
  write_cost_json(w, *r.cost);
  // The inputs per cost criterion: the answer given, else its default (or
  // null), and then its id among the assumed ones.
  w.key("inputs").begin_object();
  for (const auto& c : rules.criteria) {
    if (!cost_relevant(c)) continue;
    w.key(c.id);
    if (auto g = r.given.find(c.id); g != r.given.end()) write_value_json(w, g->second);
    else if (c.default_value) write_value_json(w, *c.default_value);
    else w.null();
  }
  w.end_object().key("assumed").begin_array();
  for (const auto& c : rules.criteria)
    if (cost_relevant(c) && !r.given.count(c.id)) w.value(c.id);
  w.end_array().end_object();
}

// ---------------------------------------------------------------------------
// Text

namespace {

// "Cost over 12 months at 5,000 calls/day: ", or per 1,000 calls without a volume.
void append_cost_lead(std::string& out, const CostEstimate& e, bool totals) {
  if (totals) {
    out += "Cost over ";
    append_count(out, e.inputs.horizon_months);
    out += " months at ";
    append_count(out, e.inputs.calls_per_day);
    out += " calls/day: ";
  } else {
    out += "Cost per 1,000 calls: ";
  }
}

}  // namespace

void append_cost_summary(std::string& out, const CostEstimate& e) {
  const double V = e.inputs.calls_per_day;
  const bool totals = known(V);
  append_cost_lead(out, e, totals);
  bool first = true;
  for (const auto& o : e.options) {
    if (!first) out += " · ";
    first = false;
    out += o.option;
    out += ' ';
    append_money(out, totals ? o.total : o.per_1k_calls);
  }
  if (!totals) out += " (answer calls_per_day for totals)";
  if (!e.break_even.empty()) {
    const BreakEven& b = e.break_even.front();
    out += "; ";
    append_break_even_phrase(out, b);
    if (totals && known(b.payback_month) && b.payback_month > 0) {
      out += " and pays back in month ";
      append_count(out, b.payback_month);
    }
  }
  out += " (details: ragft cost)";
}

void append_cost_line(std::string& out, const CostEstimate& e, const std::string& pick) {
  const double V = e.inputs.calls_per_day;
  const bool totals = known(V);
  auto figure = [&](const OptionCost& o) { return totals ? o.total : o.per_1k_calls; };
  // The cheapest option whose figure is known.
  const OptionCost* cheapest = nullptr;
  for (const auto& o : e.options)
    if (known(figure(o)) && (!cheapest || figure(o) < figure(*cheapest))) cheapest = &o;
  if (!cheapest) return;
  append_cost_lead(out, e, totals);
  const OptionCost* chosen = e.option(pick);
  if (chosen && known(figure(*chosen))) {
    out += chosen->option;
    out += ' ';
    append_money(out, figure(*chosen));
    if (chosen == cheapest || figure(*chosen) == figure(*cheapest)) {
      out += ", the cheapest";
    } else {
      out += "; the cheapest is ";
      out += cheapest->option;
      out += " at ";
      append_money(out, figure(*cheapest));
    }
  } else {
    out += "the cheapest is ";
    out += cheapest->option;
    out += " at ";
    append_money(out, figure(*cheapest));
  }
  out += " (details: ragft cost)";
}

std::string cost_summary(const CostEstimate& e) {
  std::string out;
  append_cost_summary(out, e);
  return out;
}

namespace {

std::string pad(std::string_view s, std::size_t width, bool right) {
  std::size_t w = display_width(s);
  std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

std::string tier_prices(const ModelTier& t) {
  std::string name = t.model.empty() ? t.id : fmt::format("{} ({})", t.id, t.model);
  if (t.kind == ModelTier::Kind::gpu) {
    std::string s = fmt::format("{}: {} per GPU hour, {} tokens/s per GPU", name, format_price(t.gpu_hourly),
                                format_count(t.tokens_per_second));
    if (t.trainable()) s += fmt::format(", LoRA training {} per 1M tokens", format_price(t.training_price_per_1m()));
    return s;
  }
  std::string s = fmt::format("{}: {} in, {} out", name, format_price(t.input_per_1m), format_price(t.output_per_1m));
  if (t.trainable()) s += fmt::format(", training {}", format_price(t.training_per_1m));
  return s + " per 1M tokens";
}

}  // namespace

std::string cost_text(const Result& r, const RuleSet& rules, const TextStyle& style) {
  Paint p{style.color};
  const std::size_t W = static_cast<std::size_t>(style.width);
  std::string where = document_name(r.file, r.document);
  std::string out = p.bold(where) + (r.project.empty() ? "" : "  " + p.dim("— " + visible(r.project))) + "\n";
  out += fmt::format("  Recommendation: {}  (confidence: {})\n", p.bold(r.decision.recommendation), r.decision.confidence);
  if (!r.cost) return out + "  No cost estimate: the rules have no cost catalog\n";
  const CostEstimate& e = *r.cost;
  const double V = e.inputs.calls_per_day;
  std::string horizon = format_count(e.inputs.horizon_months);
  out += known(V) ? fmt::format("  Cost over {} months at {} calls/day, in USD\n", horizon, format_count(V))
                  : fmt::format("  Cost in USD (calls_per_day is not answered: no monthly or total figures)\n");

  // The table.
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"option", "model", "one-off", "per day", "monthly", "per 1k calls", horizon + "-month total",
                  "fix-up", "latency"});
  for (const auto& o : e.options)
    rows.push_back({o.option, o.tier, format_money(o.one_off), format_money(o.per_day), format_money(o.monthly),
                    format_money(o.per_1k_calls), format_money(o.total),
                    known(o.fixup_hours_per_day) ? fmt::format("{} h/day", format_count(std::round(o.fixup_hours_per_day * 10) / 10))
                                                 : std::string("—"),
                    known(o.latency_ms) ? format_count(o.latency_ms) + " ms" : std::string("—")});
  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::string line = "   ";
    for (std::size_t c = 0; c < rows[i].size(); ++c) {
      std::string cell = pad(rows[i][c], widths[c], c >= 2);
      if (i == 0) cell = p.dim(cell);
      else if (c == 0 && rows[i][0] == e.cheapest) cell = p.bold(cell);
      line += " " + cell;
    }
    out += line + "\n";
  }

  if (!e.cheapest.empty()) {
    const OptionCost* c = e.option(e.cheapest);
    out += fmt::format("  Cheapest at {} calls/day: {} ({} over {} months)\n", format_count(V), p.bold(e.cheapest),
                       format_money(c->total), horizon);
  }
  out += "  Break-even\n";
  for (const auto& b : e.break_even) {
    std::string payback = payback_phrase(b, V);
    append_wrapped(out, break_even_phrase(b) + (payback.empty() ? "" : "; " + payback), "    ", "      ", W);
  }
  if (!e.notes.empty()) {
    out += "  Notes\n";
    for (const auto& n : e.notes) append_wrapped(out, "- " + n, "    ", "      ", W);
  }

  // The inputs used: given, defaults, not answered.
  std::string given, defaults, missing;
  for (const auto& c : rules.criteria) {
    if (!cost_relevant(c)) continue;
    if (auto g = r.given.find(c.id); g != r.given.end())
      given += (given.empty() ? "" : ", ") + c.id + " = " + format_answer(c, g->second);
    else if (c.default_value)
      defaults += (defaults.empty() ? "" : ", ") + c.id + " = " + format_answer(c, *c.default_value);
    else
      missing += (missing.empty() ? "" : ", ") + c.id;
  }
  if (!given.empty()) append_wrapped(out, "Given: " + given, "  ", "    ", W);
  if (!defaults.empty()) append_wrapped(out, "Defaults: " + defaults, "  ", "    ", W);
  if (!missing.empty()) append_wrapped(out, "Not answered: " + missing, "  ", "    ", W);

  // The prices behind the figures.
  std::set<std::string> used;
  std::string prices;
  std::set<std::string> dates;
  for (const auto& o : e.options) {
    const ModelTier* t = rules.cost.tier(o.tier);
    if (!t || !used.insert(t->id).second) continue;
    prices += (prices.empty() ? "" : "; ") + tier_prices(*t);
    dates.insert(t->provenance.checked);
  }
  const CostCatalog& cat = rules.cost;
  prices += fmt::format("; retrieval: embedding {} per 1M tokens, rerank {} per query, vector store {} a month, +{} ms",
                        format_price(cat.embedding_per_1m_tokens.value), format_price(cat.rerank_per_query.value),
                        format_price(cat.vector_store_monthly.value), format_count(cat.retrieval_latency_ms.value));
  for (const auto* f : {&cat.embedding_per_1m_tokens, &cat.rerank_per_query, &cat.vector_store_monthly,
                        &cat.retrieval_latency_ms})
    dates.insert(f->provenance.checked);
  std::string checked;
  for (const auto& d : dates) checked += (checked.empty() ? "" : ", ") + d;
  append_wrapped(out, "Prices: " + prices, "  ", "    ", W);
  append_wrapped(out,
                 fmt::format("Checked {}; every price's source: ragft rules dump rules/cost.yaml (or your --rules layer)",
                             checked),
                 "  ", "    ", W);
  return visible_text(out, p.on);
}

// ---------------------------------------------------------------------------
// Curves and charts

namespace {

// The volume range of the chart: 1 to 10M calls a day, widened by a decade
// beyond the profile's volume and the break-even volumes.
std::pair<double, double> volume_range(const CostEstimate& e) {
  double hi_exp = 7;
  auto widen = [&](double v) {
    if (known(v) && v >= 1) hi_exp = std::max(hi_exp, std::ceil(std::log10(v) + 1e-12) + 1);
  };
  widen(e.inputs.calls_per_day);
  for (const auto& b : e.break_even) widen(b.calls_per_day);
  widen(e.fine_tune_vs_rag.calls_per_day);
  return {1.0, std::pow(10.0, std::min(hi_exp, 10.0))};
}

// The break-evens a chart marks: the two of the report (fine_tune vs prompt,
// hybrid vs rag) and fine_tune vs rag, which the default rules also read.
std::vector<const BreakEven*> chart_break_evens(const CostEstimate& e) {
  std::vector<const BreakEven*> out;
  for (const auto& b : e.break_even)
    if (!b.option.empty()) out.push_back(&b);
  if (!e.fine_tune_vs_rag.option.empty()) out.push_back(&e.fine_tune_vs_rag);
  return out;
}

// The index of a cost option by its id (the recommendation may be none).
std::optional<std::size_t> cost_option_index(std::string_view id) {
  for (std::size_t o = 0; o < kCostOptions.size(); ++o)
    if (kCostOptions[o] == id) return o;
  return std::nullopt;
}

// Drawing order: rag, hybrid, prompt, fine_tune, with the recommended option last (on top).
std::vector<std::size_t> drawing_order(std::optional<std::size_t> recommended) {
  std::vector<std::size_t> order;
  for (std::size_t o : {std::size_t{1}, std::size_t{3}, std::size_t{0}, std::size_t{2}})
    if (o != recommended) order.push_back(o);
  if (recommended) order.push_back(*recommended);
  return order;
}

struct YRange {
  int lo = 0, hi = 1;  // powers of ten
  bool ok = false;
};

YRange y_range(const CostCurves& c) {
  double mn = INFINITY, mx = 0;
  for (const auto& series : c.totals)
    for (double t : series)
      if (known(t) && t > 0) {
        mn = std::min(mn, t);
        mx = std::max(mx, t);
      }
  YRange y;
  if (!(mx > 0)) return y;
  y.hi = static_cast<int>(std::ceil(std::log10(mx) - 1e-9));
  y.lo = static_cast<int>(std::floor(std::log10(mn) + 1e-9));
  if (y.hi <= y.lo) y.hi = y.lo + 1;
  y.lo = std::max(y.lo, y.hi - 9);  // at most nine decades; lower values sit on the floor
  y.ok = true;
  return y;
}

std::string money_axis(int exponent) { return fmt::format("${}", short_number(std::pow(10.0, exponent))); }

// Text from inputs in the SVG: one line, control characters shown (as
// everywhere else), then escaped for XML.
std::string svg_text(std::string_view raw) { return xml_escape(visible(raw)); }

}  // namespace

CostCurves cost_curves(const CostEstimate& e, const CostCatalog& catalog, int points) {
  CostCurves c;
  std::tie(c.lo, c.hi) = volume_range(e);
  points = std::max(points, 2);
  double a = std::log10(c.lo), b = std::log10(c.hi);
  for (int i = 0; i < points; ++i) c.volumes.push_back(std::pow(10.0, a + (b - a) * i / (points - 1)));
  c.totals.assign(kCostOptions.size(), {});
  for (std::size_t o = 0; o < kCostOptions.size(); ++o)
    for (double v : c.volumes) c.totals[o].push_back(cost_option(catalog, e.inputs, o, v).total);
  return c;
}

std::string cost_chart_text(const CostEstimate& e, const CostCatalog& catalog, const TextStyle& style,
                            std::string_view recommended) {
  Paint p{style.color};
  const int cols = std::clamp(style.width - 16, 40, 72);
  CostCurves c = cost_curves(e, catalog, cols);
  YRange y = y_range(c);
  std::string horizon = format_count(e.inputs.horizon_months);
  if (!y.ok) return "  No chart: the totals are unknown (check the cost inputs)\n";
  const int decades = y.hi - y.lo;
  const int per_decade = std::clamp(24 / decades, 2, 4);
  const int rows = per_decade * decades + 1;
  const double a = std::log10(c.lo), b = std::log10(c.hi);
  auto col_of = [&](double v) { return static_cast<int>(std::lround((std::log10(v) - a) / (b - a) * (cols - 1))); };
  auto in_range = [&](double v) { return known(v) && v >= c.lo && v <= c.hi; };
  const auto rec = cost_option_index(recommended);

  std::vector<std::vector<std::string>> cell(static_cast<std::size_t>(rows),
                                             std::vector<std::string>(static_cast<std::size_t>(cols), " "));
  auto mark_column = [&](double v, const char* glyph) {
    if (!in_range(v)) return;
    int col = col_of(v);
    for (auto& row : cell) row[static_cast<std::size_t>(col)] = p.dim(glyph);
  };
  // The profile's volume (│) and each break-even (┊), numbered above the plot.
  const auto bes = chart_break_evens(e);
  mark_column(e.inputs.calls_per_day, "│");
  std::string numbers(static_cast<std::size_t>(cols) + bes.size(), ' ');
  for (std::size_t k = 0; k < bes.size(); ++k) {
    if (!in_range(bes[k]->calls_per_day)) continue;
    mark_column(bes[k]->calls_per_day, "┊");
    std::size_t col = static_cast<std::size_t>(col_of(bes[k]->calls_per_day));
    while (numbers[col] != ' ') ++col;  // two at the same volume: side by side
    numbers[col] = static_cast<char>('1' + k);
  }
  for (std::size_t o : drawing_order(rec)) {
    for (int j = 0; j < cols; ++j) {
      double t = c.totals[o][static_cast<std::size_t>(j)];
      // Below the lowest decade (or nothing at all) is off the chart, not on its floor.
      if (!known(t) || !(t > 0)) continue;
      double rowf = (y.hi - std::log10(t)) * per_decade;
      if (rowf > rows - 0.5) continue;
      int row = std::clamp(static_cast<int>(std::lround(rowf)), 0, rows - 1);
      const char* glyph = kGlyph[o];
      cell[static_cast<std::size_t>(row)][static_cast<std::size_t>(j)] =
          o == rec ? p(std::string(kAnsi[o]) + ";1", glyph) : p(kAnsi[o], glyph);
    }
  }

  std::string out = fmt::format("  Total cost over {} months (USD) against calls per day, both on log scales\n", horizon);
  const std::size_t label_w = 7;
  numbers.erase(numbers.find_last_not_of(' ') + 1);
  if (!numbers.empty()) out += std::string(label_w + 2, ' ') + p.dim(numbers) + "\n";
  for (int r = 0; r < rows; ++r) {
    bool decade = r % per_decade == 0;
    std::string label = decade ? money_axis(y.hi - r / per_decade) : "";
    out += pad(label, label_w, true) + (decade ? " ┤" : " │");
    std::string line;
    for (const auto& s : cell[static_cast<std::size_t>(r)]) line += s;
    // No trailing spaces: the last plotted glyph ends the line.
    std::size_t end = line.find_last_not_of(' ');
    out += (end == std::string::npos ? std::string() : line.substr(0, end + 1)) + "\n";
  }
  // The x axis, its decade ticks and labels.
  std::string axis(label_w, ' ');
  axis += " └";
  std::vector<std::pair<int, std::string>> ticks;
  for (int k = static_cast<int>(a); k <= static_cast<int>(b); ++k)
    ticks.emplace_back(col_of(std::pow(10.0, k)), short_number(std::pow(10.0, k)));
  for (int j = 0; j < cols; ++j)
    axis += std::any_of(ticks.begin(), ticks.end(), [&](const auto& t) { return t.first == j; }) ? "┬" : "─";
  out += axis + "\n";
  std::string labels(label_w + 2 + static_cast<std::size_t>(cols) + 4, ' ');
  for (const auto& [col, text] : ticks) {
    std::size_t centre = label_w + 2 + static_cast<std::size_t>(col);
    std::size_t start = centre >= text.size() / 2 ? centre - text.size() / 2 : 0;
    labels.replace(start, text.size(), text);
  }
  labels.erase(labels.find_last_not_of(' ') + 1);
  out += labels + "\n";
  out += pad("", label_w + 2, false) + "calls per day\n";

  std::string legend = "  ";
  for (std::size_t o = 0; o < kCostOptions.size(); ++o) {
    legend += fmt::format("{}{} ", o ? "   " : "", p(kAnsi[o], kGlyph[o]));
    legend += o == rec ? p.bold(fmt::format("{} (recommended)", kCostOptions[o])) : std::string(kCostOptions[o]);
  }
  out += legend + "\n";
  for (std::size_t k = 0; k < bes.size(); ++k) {
    bool shown = in_range(bes[k]->calls_per_day);
    out += fmt::format("  {} {}\n", shown ? p.dim(fmt::format("┊{}", k + 1)) : "  ", break_even_phrase(*bes[k]));
  }
  if (known(e.inputs.calls_per_day) && e.inputs.calls_per_day >= c.lo)
    out += fmt::format("  {}  this profile: {} calls/day\n", p.dim("│"), format_count(e.inputs.calls_per_day));
  return visible_text(out, p.on);
}

std::string cost_chart_svg(const CostEstimate& e, const CostCatalog& catalog, const std::string& title,
                           std::string_view recommended) {
  const auto bes = chart_break_evens(e);
  const double W = 880, left = 96, right = 850, top = 64, bottom = 420;
  const double H = 562 + 18 * static_cast<double>(std::max<std::size_t>(bes.size(), 1));
  CostCurves c = cost_curves(e, catalog, 241);
  YRange y = y_range(c);
  if (!y.ok) y = {0, 1, true};
  const double a = std::log10(c.lo), b = std::log10(c.hi);
  const auto rec = cost_option_index(recommended);
  auto X = [&](double v) { return left + (std::log10(v) - a) / (b - a) * (right - left); };
  // A total below the lowest decade goes down out of the plot (the clip path
  // cuts it at the axis): it is never drawn along the axis as if it were there.
  auto Y = [&](double t) {
    double level = std::clamp(std::log10(t), y.lo - 1.0, static_cast<double>(y.hi));
    return bottom - (level - y.lo) / (y.hi - y.lo) * (bottom - top);
  };
  auto in_range = [&](double v) { return known(v) && v >= c.lo && v <= c.hi; };
  std::string horizon = format_count(e.inputs.horizon_months);
  std::string s;
  s += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n",
      W, H);
  std::string name = title.size() > 70 ? title.substr(0, 67) + "..." : title;
  s += fmt::format("<title>{}</title>\n", svg_text("ragft cost: " + name));
  s += fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n", W, H);
  s += fmt::format("<text x=\"{}\" y=\"28\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\">{}</text>\n",
                   W / 2, svg_text(fmt::format("Total cost over {} months vs calls per day", horizon)));
  if (!name.empty())
    s += fmt::format("<text x=\"{}\" y=\"48\" text-anchor=\"middle\" fill=\"#444444\">{}</text>\n", W / 2,
                     svg_text(name));
  s += fmt::format("<clipPath id=\"plot\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>\n", left,
                   top - 4, right - left, bottom - top + 4);

  // Grid and ticks: decades labelled, 2-9 as short ticks.
  s += "<g stroke=\"#dddddd\" stroke-width=\"1\">\n";
  for (int k = static_cast<int>(a); k <= static_cast<int>(b); ++k)
    s += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\"/>\n", X(std::pow(10.0, k)), top, bottom);
  for (int k = y.lo; k <= y.hi; ++k)
    s += fmt::format("<line x1=\"{1}\" y1=\"{0:.1f}\" x2=\"{2}\" y2=\"{0:.1f}\"/>\n", Y(std::pow(10.0, k)), left, right);
  s += "</g>\n<g stroke=\"#333333\" stroke-width=\"1\">\n";
  s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>\n", left, bottom, right);
  s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", left, top, bottom);
  for (int k = static_cast<int>(a); k < static_cast<int>(b); ++k)
    for (int m = 1; m <= 9; ++m) {
      double x = X(m * std::pow(10.0, k));
      s += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\"/>\n", x, bottom, bottom + (m == 1 ? 7 : 4));
    }
  s += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\"/>\n", X(c.hi), bottom, bottom + 7);
  for (int k = y.lo; k < y.hi; ++k)
    for (int m = 1; m <= 9; ++m) {
      double yy = Y(m * std::pow(10.0, k));
      s += fmt::format("<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\"/>\n", left - (m == 1 ? 7 : 4), yy, left);
    }
  s += fmt::format("<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\"/>\n", left - 7, Y(std::pow(10.0, y.hi)), left);
  s += "</g>\n";
  for (int k = static_cast<int>(a); k <= static_cast<int>(b); ++k)
    s += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", X(std::pow(10.0, k)), bottom + 22,
                     short_number(std::pow(10.0, k)));
  for (int k = y.lo; k <= y.hi; ++k)
    s += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n", left - 11, Y(std::pow(10.0, k)) + 4.5,
                     money_axis(k));
  s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">calls per day (log scale)</text>\n",
                   (left + right) / 2, bottom + 46);
  s += fmt::format(
      "<text transform=\"translate(22 {}) rotate(-90)\" text-anchor=\"middle\">total cost over {} months, USD (log "
      "scale)</text>\n",
      (top + bottom) / 2, horizon);

  // The profile's volume and the break-even, under the lines.
  const double V = e.inputs.calls_per_day;
  if (known(V) && V >= c.lo && V <= c.hi) {
    double x = X(V);
    s += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#555555\" stroke-width=\"1.5\" "
        "stroke-dasharray=\"2 4\"/>\n",
        x, top, bottom);
    bool flip = x > (left + right) * 0.6;
    s += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"{}\" fill=\"#333333\">this profile: {} calls/day</text>\n",
                     flip ? x - 6 : x + 6, bottom - 10, flip ? "end" : "start", format_count(V));
  }
  // Each break-even: a dashed line, numbered, with its volume at the top
  // (the labels go over the lines, on a white halo).
  std::string be_labels;
  for (std::size_t k = 0; k < bes.size(); ++k) {
    if (!in_range(bes[k]->calls_per_day)) continue;
    double x = X(bes[k]->calls_per_day);
    s += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#D55E00\" stroke-width=\"1.5\" "
        "stroke-dasharray=\"6 4\"/>\n",
        x, top, bottom);
    bool flip = x > (left + right) * 0.6;
    be_labels += fmt::format(
        "<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"{}\" fill=\"#D55E00\" font-weight=\"bold\" stroke=\"#ffffff\" "
        "stroke-width=\"4\" paint-order=\"stroke\">{} {} vs {} ≈ {} calls/day</text>\n",
        flip ? x - 6 : x + 6, top + 14 + 16 * static_cast<double>(k), flip ? "end" : "start", k + 1, bes[k]->option,
        bes[k]->versus, format_count(std::ceil(bes[k]->calls_per_day)));
  }

  // One line per option, broken where a total is unknown (or nothing); the
  // recommended option last, on top, and wider.
  auto width = [&](std::size_t o) { return kWidth[o] + (o == rec ? 2.0 : 0.0); };
  for (std::size_t o : drawing_order(rec)) {
    std::string pts;
    auto flush = [&] {
      if (!pts.empty())
        s += fmt::format(
            "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{} stroke-linejoin=\"round\" "
            "clip-path=\"url(#plot)\" points=\"{}\"/>\n",
            kColor[o], width(o), *kDash[o] ? fmt::format(" stroke-dasharray=\"{}\"", kDash[o]) : std::string(), pts);
      pts.clear();
    };
    s += fmt::format("<g id=\"{}\">\n", kCostOptions[o]);
    for (std::size_t i = 0; i < c.volumes.size(); ++i) {
      double t = c.totals[o][i];
      if (!known(t) || !(t > 0)) {
        flush();
        continue;
      }
      pts += fmt::format("{}{:.1f},{:.1f}", pts.empty() ? "" : " ", X(c.volumes[i]), Y(t));
    }
    flush();
    s += "</g>\n";
  }
  // Where the two lines of each break-even cross.
  for (const BreakEven* be : bes) {
    if (!in_range(be->calls_per_day)) continue;
    auto o = cost_option_index(be->option);
    double t = o ? cost_option(catalog, e.inputs, *o, be->calls_per_day).total : kUnknown;
    if (known(t) && t > 0)
      s += fmt::format(
          "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" fill=\"#ffffff\" stroke=\"#D55E00\" stroke-width=\"2\"/>\n",
          X(be->calls_per_day), Y(t));
  }

  s += be_labels;

  // Legend, under the axis title: two columns, two rows; then the break-evens.
  for (std::size_t o = 0; o < kCostOptions.size(); ++o) {
    double lx = left + static_cast<double>(o % 2) * 380, ly = bottom + 82 + static_cast<double>(o / 2) * 24;
    s += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"{}\"{}/>\n",
                     lx, ly - 4, lx + 34, ly - 4, kColor[o], width(o),
                     *kDash[o] ? fmt::format(" stroke-dasharray=\"{}\"", kDash[o]) : std::string());
    const OptionCost& oc = e.options[o];
    s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\"{}>{} ({}){}</text>\n", lx + 42, ly,
                     o == rec ? " font-weight=\"bold\"" : "", kCostOptions[o], svg_text(oc.tier),
                     o == rec ? " — recommended" : "");
  }
  double ly = bottom + 82 + 2 * 24 + 6;
  for (std::size_t k = 0; k < bes.size(); ++k, ly += 18) {
    std::string payback = known(V) ? payback_phrase(*bes[k], V) : std::string();
    s += fmt::format("<text x=\"{}\" y=\"{:.1f}\" fill=\"#444444\">{}{}{}</text>\n", left, ly,
                     in_range(bes[k]->calls_per_day) ? fmt::format("{}: ", k + 1) : std::string(),
                     svg_text(break_even_phrase(*bes[k])), payback.empty() ? "" : svg_text("; " + payback));
  }
  s += "</svg>\n";
  return s;
}

}  // namespace ragft
