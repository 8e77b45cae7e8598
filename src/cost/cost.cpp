// The cost model: the formulas (docs/cost-model.md gives each with its
// source), break-even volumes and payback, the derived figures rules may
// read, and the reading and checking of the `cost:` catalog of rule files.
#include "ragft/cost.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <unordered_map>

#include <fmt/format.h>

namespace ragft {

namespace {

// The option of each kind in kCostOptionTable (cost.h): the formulas below
// name options only through these.
constexpr std::size_t option_of(bool retrieval, bool training) {
  for (std::size_t o = 0; o < kCostOptionTable.size(); ++o)
    if (kCostOptionTable[o].retrieval == retrieval && kCostOptionTable[o].training == training) return o;
  return kCostOptionTable.size();
}
constexpr std::size_t kPlain = option_of(false, false);      // a prompt alone
constexpr std::size_t kRetrieval = option_of(true, false);   // retrieval, a hosted model
constexpr std::size_t kTrained = option_of(false, true);     // a trained model alone
constexpr std::size_t kBoth = option_of(true, true);         // a trained model that also retrieves
static_assert(kPlain < kCostOptionTable.size() && kRetrieval < kCostOptionTable.size() &&
                  kTrained < kCostOptionTable.size() && kBoth < kCostOptionTable.size(),
              "kCostOptionTable has one option of each kind");

bool uses_retrieval(std::size_t o) { return kCostOptionTable[o].retrieval; }
bool uses_training(std::size_t o) { return kCostOptionTable[o].training; }

// Labeled examples assumed for the training run when the profile does not
// say: seed 003's floor for useful results ("a thousand examples"). The note
// in estimate_cost() names it.
constexpr double kAssumedExamples = 1000;
// Break-even search range (calls a day).
constexpr double kMaxVolume = 1e10;
// The break-even pairs, option against the one it may become cheaper than:
// the first two are reported (CostEstimate::break_even), the third is
// read by rules only (fine_tune_vs_rag). Figures name them by position.
constexpr std::pair<std::size_t, std::size_t> kBreakEvenPairs[] = {{kTrained, kPlain}, {kBoth, kRetrieval},
                                                                   {kTrained, kRetrieval}};
constexpr std::size_t kRulesOnlyPair = 2;  // kTrained vs kRetrieval

}  // namespace

// ---------------------------------------------------------------------------
// Catalog

bool ModelTier::trainable() const { return known(training_price_per_1m()); }

double ModelTier::training_price_per_1m() const {
  if (kind == Kind::hosted) return training_per_1m;
  if (!known(gpu_hourly) || !known(training_tokens_per_second) || training_tokens_per_second <= 0) return kUnknown;
  // GPU hours for 1M tokens x the hourly price.
  return gpu_hourly * 1e6 / (training_tokens_per_second * 3600.0);
}

const ModelTier* CostCatalog::tier(std::string_view id) const {
  for (const auto& t : tiers)
    if (t.id == id) return &t;
  return nullptr;
}

bool CostCatalog::estimate_only_input(std::string_view id) const {
  return std::binary_search(estimate_only.begin(), estimate_only.end(), id);
}

const OptionCost* CostEstimate::option(std::string_view id) const {
  for (const auto& o : options)
    if (o.option == id) return &o;
  return nullptr;
}

// ---------------------------------------------------------------------------
// The texts' own arithmetic

double batch_cost(double calls, double per_call) { return calls * per_call; }

double batch_hours(double calls, double latency_ms) { return calls * latency_ms / 3.6e6; }

double fixup_hours_per_day(double calls_per_day, double failure_rate, double minutes_each) {
  return calls_per_day * failure_rate * minutes_each / 60.0;
}

double total_cost_001(double cost_per_query, double queries, double training_cost, double lifetime_queries,
                      double maintenance_monthly, double months) {
  if (!(lifetime_queries > 0)) return kUnknown;
  return cost_per_query * queries + training_cost / lifetime_queries * queries + maintenance_monthly * months;
}

// ---------------------------------------------------------------------------
// One option

namespace {

// True when the option's run cost is priced per GPU hour (a step function of
// the volume) rather than per call.
bool priced_by_gpu(const ModelTier* t, const CostInputs& in, std::size_t o) {
  return t && t->kind == ModelTier::Kind::gpu && !known(in.price_per_call[o]);
}
bool priced_by_gpu(const CostCatalog& cat, const CostInputs& in, std::size_t o) {
  return priced_by_gpu(cat.tier(in.model[o]), in, o);
}

double build_cost(const CostInputs& in, std::size_t o) {
  // Without its own, an option that both retrieves and trains costs as much
  // to build as the two that do one each.
  if (o == kBoth && !known(in.build_cost[kBoth])) return in.build_cost[kRetrieval] + in.build_cost[kTrained];
  return in.build_cost[o];
}

}  // namespace

namespace {

// The figures of cost_option() (all but the names) into `c`, with the
// option's tier `t` already looked up: the break-even scans call it for
// hundreds of volumes.
void option_figures(OptionCost& c, const CostCatalog& cat, const CostInputs& in, std::size_t o, double calls_per_day,
                    const ModelTier* t) {
  const double V = calls_per_day;
  const bool retrieval = uses_retrieval(o), trained = uses_training(o);

  // Tokens of one call: the instructions (a fine-tuned model needs only a
  // short one), the input, the retrieved passages, and the answer.
  const double in_tokens = (trained ? in.tuned_prompt_tokens : in.prompt_tokens) + in.input_tokens +
                           (retrieval ? in.retrieved_tokens : 0.0);
  const double out_tokens = in.output_tokens;

  // Retrieval per call: embed the query, re-rank the candidates.
  const double retrieval_per_call =
      retrieval ? in.input_tokens * cat.embedding_per_1m_tokens.value / 1e6 + (in.rerank ? cat.rerank_per_query.value : 0.0)
                : 0.0;

  double gpu_monthly = 0;
  if (known(in.price_per_call[o])) {
    c.per_call = in.price_per_call[o];  // all in: replaces the token and retrieval arithmetic
  } else if (!t) {
    c.per_call = kUnknown;
  } else if (t->kind == ModelTier::Kind::hosted) {
    c.per_call = (in_tokens * t->input_per_1m + out_tokens * t->output_per_1m) / 1e6 + retrieval_per_call;
  } else {
    // Always-on GPUs: enough for the average token load, at least one.
    c.per_call = retrieval_per_call;
    double load = V * (in_tokens + out_tokens) / 86400.0;  // tokens per second
    c.gpus = known(load) ? std::max(1.0, std::ceil(load / t->tokens_per_second - 1e-9)) : kUnknown;
    gpu_monthly = c.gpus * t->gpu_hourly * kHoursPerMonth;
  }

  // People fixing bad outputs: counted only when every option's failure rate
  // is known (prompt_quality measured) and fix_minutes is given.
  if (known(in.fix_minutes) && known(in.hourly_rate) && known(in.prompt_quality) && known(in.quality_target)) {
    double failure = trained ? 1.0 - std::max(in.quality_target, in.prompt_quality) : 1.0 - in.prompt_quality;
    failure = std::max(0.0, failure);
    c.fixup_per_call = failure * in.fix_minutes / 60.0 * in.hourly_rate;
    c.fixup_hours_per_day = fixup_hours_per_day(V, failure, in.fix_minutes);
    c.fixup_monthly = c.fixup_hours_per_day * kDaysPerMonth * in.hourly_rate;
  }
  const double fixup = known(c.fixup_per_call) ? c.fixup_per_call : 0.0;

  // A training run: compute for examples x tokens x epochs, plus the people
  // who rerun it; one run per model generation (retrain_months).
  double retraining_monthly = 0;
  if (trained) {
    double price = t ? t->training_price_per_1m() : kUnknown;
    if (t && t->kind == ModelTier::Kind::gpu && in.full_fine_tune) price *= cat.full_fine_tune_factor.value;
    double tokens = in.training_examples * in.training_example_tokens * in.training_epochs;
    c.training_run = tokens / 1e6 * price + in.retrain_cost;
    c.retrain_months = in.retrain_months;
    double change = in.change_months_of(o);
    if (known(change) && change < c.retrain_months) c.retrain_months = change;
    retraining_monthly = c.training_run / c.retrain_months;
  }

  c.one_off = build_cost(in, o);
  c.fixed_monthly = in.maintenance[o] + (retrieval ? cat.vector_store_monthly.value : 0.0) + retraining_monthly + gpu_monthly;
  c.monthly = c.fixed_monthly + V * kDaysPerMonth * (c.per_call + fixup);
  c.per_day = V * c.per_call + gpu_monthly / kDaysPerMonth;
  if (priced_by_gpu(t, in, o))
    c.per_1k_calls = V > 0 ? 1000.0 * (gpu_monthly / (V * kDaysPerMonth) + c.per_call + fixup) : kUnknown;
  else
    c.per_1k_calls = 1000.0 * (c.per_call + fixup);
  c.total = c.one_off + in.horizon_months * c.monthly;
  c.latency_ms = (t ? t->latency_ms : kUnknown) + (retrieval ? cat.retrieval_latency_ms.value : 0.0);
  c.model_hours_per_day = batch_hours(V, c.latency_ms);
  // Absurd inputs (1e300 calls a day) must not leak infinities into charts and JSON.
  for (double* x : {&c.per_call, &c.fixup_per_call, &c.one_off, &c.training_run, &c.fixed_monthly, &c.monthly,
                    &c.per_1k_calls, &c.per_day, &c.total, &c.fixup_hours_per_day, &c.fixup_monthly, &c.latency_ms,
                    &c.model_hours_per_day, &c.gpus})
    if (!std::isfinite(*x)) *x = kUnknown;
}

}  // namespace

OptionCost cost_option(const CostCatalog& cat, const CostInputs& in, std::size_t o, double calls_per_day) {
  OptionCost c;
  c.option = std::string(kCostOptions[o]);
  c.tier = in.model[o];
  option_figures(c, cat, in, o, calls_per_day, cat.tier(in.model[o]));
  return c;
}

// ---------------------------------------------------------------------------
// Break-even and payback

namespace {

double total_at(const CostCatalog& cat, const CostInputs& in, std::size_t o, double v, const ModelTier* t) {
  OptionCost c;
  option_figures(c, cat, in, o, v, t);
  return c.total;
}

// The smallest volume from which `x` costs no more than `y` over the horizon
// at every higher volume (up to kMaxVolume). 0 when x is never dearer;
// unknown when x is still dearer at kMaxVolume or a figure is unknown.
// `at`: the options' costs at some volume, whose fixed and per-call parts
// are those of every volume for a tier priced per call.
double break_even_volume(const CostCatalog& cat, const CostInputs& in, std::size_t x, std::size_t y,
                         std::span<const OptionCost> at) {
  if (!priced_by_gpu(cat, in, x) && !priced_by_gpu(cat, in, y)) {
    // Both totals are straight lines in the volume: a + b v.
    const OptionCost& a = at[x];
    const OptionCost& b = at[y];
    double H = in.horizon_months;
    double ax = a.one_off + H * a.fixed_monthly, ay = b.one_off + H * b.fixed_monthly;
    double fa = known(a.fixup_per_call) ? a.fixup_per_call : 0.0, fb = known(b.fixup_per_call) ? b.fixup_per_call : 0.0;
    double bx = H * kDaysPerMonth * (a.per_call + fa), by = H * kDaysPerMonth * (b.per_call + fb);
    if (!known(ax + ay + bx + by)) return kUnknown;
    if (ax <= ay && bx <= by) return 0;
    if (bx >= by) return kUnknown;  // dearer (or no cheaper) per call: never catches up
    double v = (ax - ay) / (by - bx);
    return v > kMaxVolume ? kUnknown : std::max(0.0, v);
  }
  // A GPU tier makes the total a step function: scan 20 points a decade from
  // 1 to kMaxVolume for the last volume where x is dearer, then bisect.
  const ModelTier* tx = cat.tier(in.model[x]);
  const ModelTier* ty = cat.tier(in.model[y]);
  auto dearer = [&](double v, bool& ok) {
    double d = total_at(cat, in, x, v, tx) - total_at(cat, in, y, v, ty);
    ok = known(d);
    return d > 0;
  };
  bool ok = true;
  const int steps = 200;
  int last = -1;  // index of the last grid point where x is dearer; -1: none (0 is index -1's volume)
  if (dearer(0, ok)) last = 0;
  if (!ok) return kUnknown;
  std::vector<double> grid{0};
  for (int k = 0; k <= steps; ++k) grid.push_back(std::pow(10.0, k / 20.0));
  for (std::size_t i = 1; i < grid.size(); ++i) {
    if (dearer(grid[i], ok)) last = static_cast<int>(i);
    if (!ok) return kUnknown;
  }
  if (last < 0) return 0;
  if (static_cast<std::size_t>(last) == grid.size() - 1) return kUnknown;
  double lo = grid[static_cast<std::size_t>(last)], hi = grid[static_cast<std::size_t>(last) + 1];
  for (int i = 0; i < 80 && hi - lo > 1e-6 * std::max(1.0, hi); ++i) {
    double mid = (lo + hi) / 2;
    (dearer(mid, ok) ? lo : hi) = mid;
  }
  return hi;
}

// The first whole month after which the cumulative cost of x is no more than
// that of y, at the inputs' volume.
double payback_month(const OptionCost& x, const OptionCost& y) {
  double extra = x.one_off - y.one_off;
  double saving = y.monthly - x.monthly;
  if (!known(extra) || !known(saving)) return kUnknown;
  if (extra <= 0) return saving >= 0 ? 0 : kUnknown;
  if (saving <= 0) return kUnknown;
  return std::max(1.0, std::ceil(extra / saving - 1e-9));
}

}  // namespace

CostEstimate estimate_cost(const CostCatalog& cat, const CostInputs& in) {
  CostEstimate e;
  e.inputs = in;
  e.options.reserve(kCostOptions.size());
  for (std::size_t o = 0; o < kCostOptions.size(); ++o) e.options.push_back(cost_option(cat, in, o, in.calls_per_day));
  for (std::size_t pair = 0; pair < std::size(kBreakEvenPairs); ++pair) {
    const auto [x, y] = kBreakEvenPairs[pair];
    BreakEven b;
    b.option = std::string(kCostOptions[x]);
    b.versus = std::string(kCostOptions[y]);
    b.calls_per_day = break_even_volume(cat, in, x, y, e.options);
    b.payback_month = payback_month(e.options[x], e.options[y]);
    if (pair == kRulesOnlyPair) e.fine_tune_vs_rag = b;
    else e.break_even.push_back(b);
  }
  double best = kUnknown;
  for (const auto& o : e.options)
    if (known(o.total) && (!known(best) || o.total < best)) {
      best = o.total;
      e.cheapest = o.option;
    }

  if (!known(in.calls_per_day))
    e.notes.push_back("calls_per_day is not answered: monthly and total costs need a volume");
  for (std::size_t o = 0; o < kCostOptions.size(); ++o) {
    if (!uses_training(o)) continue;
    const OptionCost& c = e.options[o];
    if (!known(c.retrain_months) || !(c.retrain_months < in.retrain_months)) continue;
    double days = c.retrain_months * kDaysPerMonth;
    std::string every = c.retrain_months == 1   ? std::string("month")
                        : c.retrain_months >= 1 ? fmt::format("{:g} months", c.retrain_months)
                                              : fmt::format("{:.0f} day{}", days, std::round(days) == 1 ? "" : "s");
    e.notes.push_back(fmt::format("{} is retrained every {}, as often as its data changes (knowledge_change), "
                                  "not every {:g} months (retrain_months)",
                                  kCostOptions[o], every, in.retrain_months));
  }
  if (in.training_examples_assumed)
    e.notes.push_back("labeled_examples is not answered: training runs are priced for 1,000 examples (seed 003's floor)");
  if (known(in.fix_minutes) && !known(in.prompt_quality))
    e.notes.push_back("fix-up time is not counted: prompt_quality is not answered, so the prompt's failure rate is unknown");
  for (std::size_t o = 0; o < kCostOptions.size(); ++o) {
    const OptionCost& c = e.options[o];
    if (priced_by_gpu(cat, in, o) && known(c.gpus))
      e.notes.push_back(fmt::format("{} runs on {} always-on GPU{} ({}) sized for the average load; add headroom for peaks",
                                    c.option, expr::format_number(c.gpus), c.gpus == 1 ? "" : "s", c.tier));
    if (known(in.price_per_call[o]))
      e.notes.push_back(fmt::format("{} uses the direct price of {} per call ({}_price_per_call)", c.option,
                                    expr::format_number(in.price_per_call[o]), c.option));
  }
  return e;
}

// ---------------------------------------------------------------------------
// Inputs from answers

namespace {

// Months between two changes of what a trained model learned, by the
// knowledge_change answer; unknown for static (and unanswered).
double change_months(std::string_view change) {
  if (change == "realtime" || change == "daily") return 1.0 / kDaysPerMonth;
  if (change == "weekly") return 7.0 / kDaysPerMonth;
  if (change == "monthly") return 1;
  if (change == "quarterly") return 3;
  if (change == "yearly") return 12;
  return kUnknown;
}

double number_of(const expr::Value* v) {
  return v && v->kind == expr::Value::Kind::number && std::isfinite(v->number) ? v->number : kUnknown;
}
std::string_view text_of(const expr::Value* v) {
  return v && v->kind == expr::Value::Kind::text ? std::string_view(v->text) : std::string_view();
}

// One cost input: the criterion it comes from and where its value goes.
struct CostInput {
  std::string id;
  std::function<void(CostInputs&, const expr::Value*)> set;
};

// Every input the estimate reads, each with its own reader: the order is
// cost_input_ids()'s and nothing else depends on it.
const std::vector<CostInput>& cost_input_table() {
  static const std::vector<CostInput> table = [] {
    std::vector<CostInput> t;
    auto number = [&t](std::string id, double CostInputs::*field) {
      t.push_back({std::move(id), [field](CostInputs& in, const expr::Value* v) { in.*field = number_of(v); }});
    };
    auto text = [&t](std::string id, void (*set)(CostInputs&, std::string_view)) {
      t.push_back({std::move(id), [set](CostInputs& in, const expr::Value* v) { set(in, text_of(v)); }});
    };
    number("calls_per_day", &CostInputs::calls_per_day);
    number("input_tokens", &CostInputs::input_tokens);
    number("output_tokens", &CostInputs::output_tokens);
    number("prompt_tokens", &CostInputs::prompt_tokens);
    number("tuned_prompt_tokens", &CostInputs::tuned_prompt_tokens);
    number("retrieved_tokens", &CostInputs::retrieved_tokens);
    t.push_back({"labeled_examples", [](CostInputs& in, const expr::Value* v) {
                   in.training_examples = number_of(v);
                   in.training_examples_assumed = !known(in.training_examples);
                   if (in.training_examples_assumed) in.training_examples = kAssumedExamples;
                 }});
    number("training_example_tokens", &CostInputs::training_example_tokens);
    number("training_epochs", &CostInputs::training_epochs);
    text("fine_tune_method", [](CostInputs& in, std::string_view m) { in.full_fine_tune = m == "full"; });
    number("retrain_months", &CostInputs::retrain_months);
    number("retrain_cost", &CostInputs::retrain_cost);
    number("horizon_months", &CostInputs::horizon_months);
    number("fix_minutes", &CostInputs::fix_minutes);
    number("hourly_rate", &CostInputs::hourly_rate);
    number("prompt_quality", &CostInputs::prompt_quality);
    number("quality_target", &CostInputs::quality_target);
    t.push_back({"rag_rerank", [](CostInputs& in, const expr::Value* v) {
                   in.rerank = !v || v->kind != expr::Value::Kind::boolean || v->boolean;
                 }});
    // What a trained model learned moves with the facts when it carries
    // them (a fine-tune for knowledge, or for both without retrieval) and
    // with the labels of a narrow task; a hybrid reads its facts from
    // retrieval (CostInputs::change_months_of).
    text("knowledge_change", [](CostInputs& in, std::string_view c) { in.change_every = change_months(c); });
    text("problem", [](CostInputs& in, std::string_view p) { in.trained_facts = p == "knowledge" || p == "both"; });
    text("behavior", [](CostInputs& in, std::string_view b) { in.trained_labels = b == "task"; });
    for (std::size_t o = 0; o < kCostOptions.size(); ++o) {
      const std::string option(kCostOptions[o]);
      t.push_back({option + "_model", [o](CostInputs& in, const expr::Value* v) { in.model[o] = text_of(v); }});
      t.push_back({option + "_build_cost",
                   [o](CostInputs& in, const expr::Value* v) { in.build_cost[o] = number_of(v); }});
      t.push_back({option + "_maintenance",
                   [o](CostInputs& in, const expr::Value* v) { in.maintenance[o] = number_of(v); }});
      t.push_back({option + "_price_per_call",
                   [o](CostInputs& in, const expr::Value* v) { in.price_per_call[o] = number_of(v); }});
    }
    return t;
  }();
  return table;
}

}  // namespace

double CostInputs::change_months_of(std::size_t option) const {
  if (option == kTrained) return trained_facts || trained_labels ? change_every : kUnknown;
  if (option == kBoth) return trained_labels ? change_every : kUnknown;
  return kUnknown;
}

const std::vector<std::string>& cost_input_ids() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> out;
    for (const CostInput& input : cost_input_table()) out.push_back(input.id);
    return out;
  }();
  return ids;
}

void set_cost_input(CostInputs& in, std::size_t index, const expr::Value* value) {
  if (index < cost_input_table().size()) cost_input_table()[index].set(in, value);
}

CostInputs read_cost_inputs(const std::vector<const expr::Value*>& values) {
  CostInputs in;
  const std::vector<CostInput>& table = cost_input_table();
  for (std::size_t k = 0; k < table.size(); ++k) table[k].set(in, k < values.size() ? values[k] : nullptr);
  return in;
}


// ---------------------------------------------------------------------------
// Derived figures

namespace {

enum class Figure { one_off, monthly, per_1k_calls, total, fixup_hours_per_day, latency_ms, breakeven, payback };

struct FigureRef {
  Figure what;
  std::size_t index;  // option (per-option figures) or break-even pair
};

const std::unordered_map<std::string, FigureRef>& figure_table() {
  static const std::unordered_map<std::string, FigureRef> table = [] {
    std::unordered_map<std::string, FigureRef> t;
    const std::pair<const char*, Figure> per_option[] = {
        {"cost_one_off_", Figure::one_off},     {"cost_monthly_", Figure::monthly},
        {"cost_per_1k_calls_", Figure::per_1k_calls}, {"cost_total_", Figure::total},
        {"cost_fixup_hours_per_day_", Figure::fixup_hours_per_day}, {"cost_latency_ms_", Figure::latency_ms}};
    for (const auto& [prefix, what] : per_option)
      for (std::size_t o = 0; o < kCostOptions.size(); ++o) t[prefix + std::string(kCostOptions[o])] = {what, o};
    // The break-even pairs of estimate_cost(): trained vs plain (no suffix),
    // both vs retrieval (the former's id), trained vs retrieval.
    const std::string both = "_" + std::string(kCostOptions[kBoth]);
    const std::string trained_vs_retrieval =
        fmt::format("_{}_vs_{}", kCostOptions[kTrained], kCostOptions[kRetrieval]);
    t["cost_breakeven_calls_per_day"] = {Figure::breakeven, 0};
    t["cost_breakeven_calls_per_day" + both] = {Figure::breakeven, 1};
    t["cost_payback_month"] = {Figure::payback, 0};
    t["cost_payback_month" + both] = {Figure::payback, 1};
    t["cost_breakeven_calls_per_day" + trained_vs_retrieval] = {Figure::breakeven, kRulesOnlyPair};
    t["cost_payback_month" + trained_vs_retrieval] = {Figure::payback, kRulesOnlyPair};
    return t;
  }();
  return table;
}

}  // namespace

const std::vector<std::string>& cost_figure_ids() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> out;
    for (const auto& [id, ref] : figure_table()) out.push_back(id);
    std::sort(out.begin(), out.end());
    return out;
  }();
  return ids;
}

bool cost_figure_moves_with(std::size_t figure, std::string_view input) {
  if (figure >= cost_figure_ids().size()) return false;
  const FigureRef& f = figure_table().at(cost_figure_ids()[figure]);
  // A latency is the option's model tier's (plus retrieval's, from the
  // catalog): no other answer moves it. Everything else reads most inputs.
  if (f.what == Figure::latency_ms) return input.size() == kCostOptions[f.index].size() + 6 &&
                                           input.substr(0, kCostOptions[f.index].size()) == kCostOptions[f.index] &&
                                           input.substr(kCostOptions[f.index].size()) == "_model";
  return true;
}

std::vector<expr::Variable> cost_variables(const CostCatalog& catalog) {
  std::vector<expr::Variable> vars;
  if (catalog.empty()) return vars;
  for (const auto& id : cost_figure_ids()) vars.push_back({id, expr::Type::number, {}});
  return vars;
}

namespace {

double figure_of(const CostEstimate& e, const FigureRef& f);

}  // namespace

double cost_figure(const CostEstimate& e, std::string_view id) {
  auto it = figure_table().find(std::string(id));
  if (it == figure_table().end()) return kUnknown;
  return figure_of(e, it->second);
}

namespace {

// The figures in cost_figure_ids() order.
const std::vector<FigureRef>& figure_refs() {
  static const std::vector<FigureRef> refs = [] {
    std::vector<FigureRef> out;
    for (const auto& id : cost_figure_ids()) out.push_back(figure_table().at(id));
    return out;
  }();
  return refs;
}

bool pair_figure(const FigureRef& f) { return f.what == Figure::breakeven || f.what == Figure::payback; }

// A per-option figure of `c`.
double option_figure(const OptionCost& c, Figure what) {
  switch (what) {
    case Figure::one_off: return c.one_off;
    case Figure::monthly: return c.monthly;
    case Figure::per_1k_calls: return c.per_1k_calls;
    case Figure::total: return c.total;
    case Figure::fixup_hours_per_day: return c.fixup_hours_per_day;
    case Figure::latency_ms: return c.latency_ms;
    default: return kUnknown;
  }
}

}  // namespace

double cost_figure(const CostEstimate& e, std::size_t index) {
  const std::vector<FigureRef>& refs = figure_refs();
  return index < refs.size() ? figure_of(e, refs[index]) : kUnknown;
}

void estimate_figures(const CostCatalog& cat, const CostInputs& in, std::span<const std::size_t> figures,
                      std::span<double> out) {
  const std::vector<FigureRef>& refs = figure_refs();
  // The options the figures read: their own, or both of their pair's.
  std::array<bool, kCostOptions.size()> needed{};
  for (std::size_t k : figures) {
    if (k >= refs.size()) continue;
    const FigureRef& f = refs[k];
    if (pair_figure(f)) needed[kBreakEvenPairs[f.index].first] = needed[kBreakEvenPairs[f.index].second] = true;
    else needed[f.index] = true;
  }
  std::array<OptionCost, kCostOptions.size()> at;
  for (std::size_t o = 0; o < at.size(); ++o)
    if (needed[o]) option_figures(at[o], cat, in, o, in.calls_per_day, cat.tier(in.model[o]));
  for (std::size_t i = 0; i < figures.size() && i < out.size(); ++i) {
    if (figures[i] >= refs.size()) {
      out[i] = kUnknown;
      continue;
    }
    const FigureRef& f = refs[figures[i]];
    if (!pair_figure(f)) {
      out[i] = option_figure(at[f.index], f.what);
      continue;
    }
    const auto [x, y] = kBreakEvenPairs[f.index];
    out[i] = f.what == Figure::breakeven ? break_even_volume(cat, in, x, y, at) : payback_month(at[x], at[y]);
  }
}

namespace {

double figure_of(const CostEstimate& e, const FigureRef& f) {
  if (pair_figure(f)) {
    if (f.index != kRulesOnlyPair && f.index >= e.break_even.size()) return kUnknown;
    const BreakEven& b = f.index == kRulesOnlyPair ? e.fine_tune_vs_rag : e.break_even[f.index];
    return f.what == Figure::breakeven ? b.calls_per_day : b.payback_month;
  }
  if (f.index >= e.options.size()) return kUnknown;
  return option_figure(e.options[f.index], f.what);
}

}  // namespace

// ---------------------------------------------------------------------------
// Reading the `cost:` section

namespace {

using yaml::Node;

// YYYY-MM-DD with a month from 1 to 12 and a day from 1 to 31.
bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
  int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

class SectionReader {
 public:
  SectionReader(yaml::Reader& reader, CostCatalog& cat) : reader_(reader), cat_(cat) {}

  void run(const Node& root) {
    if (!reader_.map(&root, "'cost'", "give it 'tiers', 'retrieval' and 'training'")) return;
    reader_.check_keys(root, {"tiers", "retrieval", "training"}, "'cost'");
    if (const Node* t = root.get("tiers")) read_tiers(*t);
    if (const Node* r = root.get("retrieval"))
      read_figures(*r, "retrieval",
                   {{"embedding_per_1m_tokens", &CostCatalog::embedding_per_1m_tokens},
                    {"rerank_per_query", &CostCatalog::rerank_per_query},
                    {"vector_store_monthly", &CostCatalog::vector_store_monthly},
                    {"latency_ms", &CostCatalog::retrieval_latency_ms}});
    if (const Node* t = root.get("training"))
      read_figures(*t, "training", {{"full_fine_tune_factor", &CostCatalog::full_fine_tune_factor}});
  }

 private:
  yaml::Reader& reader_;
  CostCatalog& cat_;

  void error(const Node* n, std::string msg, std::string hint = {}) { reader_.error(n, std::move(msg), std::move(hint)); }
  std::optional<std::string> text(const Node* n, std::string_view what) { return reader_.text(n, what); }

  // A price or figure: a number >= 0 (> 0 when `positive`).
  std::optional<double> number(const Node* n, std::string_view what, bool positive = false) {
    auto v = reader_.number(n, what, "write it like 2.50, 0.002 or 40k (USD, no '$')");
    if (!v) return std::nullopt;
    if (positive ? !(*v > 0) : *v < 0) {
      error(n, fmt::format("{} must be {} 0, not {}", what, positive ? "greater than" : "at least", n->value));
      return std::nullopt;
    }
    return v;
  }

  // `source` and `checked` are required on every entry of every layer: a
  // figure always says where it came from and when.
  std::optional<Provenance> provenance(const Node& entry, const Node* anchor, std::string_view what) {
    const Node* src = entry.get("source");
    const Node* chk = entry.get("checked");
    bool ok = true;
    if (!src || !chk) {
      error(anchor, fmt::format("{} needs 'source' and 'checked'", what),
            "every price says where it comes from and the date it was checked (checked: 2026-11-21)");
      ok = false;
    }
    Provenance p;
    if (auto s = text(src, "'source'")) {
      if (s->empty()) {
        error(src, "'source' is empty", "say where the figure comes from");
        ok = false;
      }
      p.source = *s;
    } else {
      ok = false;
    }
    if (auto c = text(chk, "'checked'")) {
      if (!is_date(*c)) {
        error(chk, fmt::format("'checked' must be a date like 2026-11-21, not '{}'", *c));
        ok = false;
      }
      p.checked = *c;
    } else {
      ok = false;
    }
    p.origin = {reader_.file(), anchor ? anchor->pos : SourcePos{}};
    if (!ok) return std::nullopt;
    return p;
  }

  void read_tiers(const Node& list) {
    if (!reader_.list(&list, "'tiers'")) return;
    std::map<std::string, int> in_layer;
    for (const auto& item : list.items) {
      if (!reader_.map(item.get(), "a tier")) continue;
      reader_.check_keys(*item,
                 {"id", "label", "model", "kind", "input_per_1m", "output_per_1m", "training_per_1m", "gpu_hourly",
                  "tokens_per_second", "training_tokens_per_second", "latency_ms", "source", "checked"},
                 "a tier");
      auto id = reader_.item_id(*item, "tier");
      if (!id) continue;
      const Node* idn = item->get("id");
      if (auto [it, fresh] = in_layer.emplace(*id, idn->pos.line); !fresh) {
        error(idn, fmt::format("duplicate tier '{}'", *id), fmt::format("first defined at line {}", it->second));
        continue;
      }
      auto prov = provenance(*item, idn, fmt::format("tier '{}'", *id));
      ModelTier* existing = nullptr;
      for (auto& t : cat_.tiers)
        if (t.id == *id) existing = &t;
      ModelTier tier = existing ? *existing : ModelTier{};
      tier.id = *id;
      if (!existing) tier.label = *id;
      if (auto l = text(item->get("label"), "'label'")) tier.label = *l;
      if (auto m = text(item->get("model"), "'model'")) tier.model = *m;
      bool bad = !prov;
      if (const Node* k = item->get("kind")) {
        if (auto v = text(k, "'kind'")) {
          std::optional<ModelTier::Kind> kind;
          if (*v == "hosted") kind = ModelTier::Kind::hosted;
          else if (*v == "gpu") kind = ModelTier::Kind::gpu;
          if (!kind) {
            error(k, fmt::format("unknown tier kind '{}'", *v), "one of: hosted (priced per token), gpu (priced per GPU hour)");
            bad = true;
          } else if (existing && *kind != existing->kind) {
            error(k, fmt::format("cannot change the kind of tier '{}'", *id),
                  fmt::format("declared in {} line {}", existing->provenance.origin.file, existing->provenance.origin.pos.line));
            bad = true;
          } else {
            tier.kind = *kind;
          }
        }
      }
      const bool gpu = tier.kind == ModelTier::Kind::gpu;
      struct Field {
        const char* key;
        double ModelTier::*member;
        bool for_gpu;
        bool positive;
      };
      const Field fields[] = {{"input_per_1m", &ModelTier::input_per_1m, false, false},
                              {"output_per_1m", &ModelTier::output_per_1m, false, false},
                              {"training_per_1m", &ModelTier::training_per_1m, false, false},
                              {"gpu_hourly", &ModelTier::gpu_hourly, true, false},
                              {"tokens_per_second", &ModelTier::tokens_per_second, true, true},
                              {"training_tokens_per_second", &ModelTier::training_tokens_per_second, true, true}};
      for (const auto& f : fields) {
        const Node* n = item->get(f.key);
        if (!n) continue;
        if (f.for_gpu != gpu) {
          const Node* key = n;
          for (const auto& [k, v] : item->entries)
            if (v.get() == n) key = k.get();
          error(key, fmt::format("'{}' only applies to {} tiers", f.key, f.for_gpu ? "gpu" : "hosted"),
                gpu ? "a gpu tier has gpu_hourly, tokens_per_second and training_tokens_per_second"
                    : "a hosted tier has input_per_1m, output_per_1m and training_per_1m; add 'kind: gpu' for a GPU tier");
          bad = true;
          continue;
        }
        if (auto v = number(n, fmt::format("'{}'", f.key), f.positive)) tier.*f.member = *v;
        else bad = true;
      }
      if (const Node* n = item->get("latency_ms")) {
        if (auto v = number(n, "'latency_ms'")) tier.latency_ms = *v;
        else bad = true;
      }
      if (!existing && !bad) {
        std::vector<std::string> missing;
        auto need = [&](const char* key, double v) {
          if (!known(v)) missing.push_back(key);
        };
        if (gpu) {
          need("gpu_hourly", tier.gpu_hourly);
          need("tokens_per_second", tier.tokens_per_second);
        } else {
          need("input_per_1m", tier.input_per_1m);
          need("output_per_1m", tier.output_per_1m);
        }
        need("latency_ms", tier.latency_ms);
        if (!missing.empty()) {
          std::string keys;
          for (std::size_t i = 0; i < missing.size(); ++i) keys += (i ? ", " : "") + missing[i];
          error(idn, fmt::format("new tier '{}' needs {}", *id, keys));
          bad = true;
        }
      }
      if (bad) continue;
      tier.provenance = *prov;
      if (existing) *existing = tier;
      else cat_.tiers.push_back(tier);
    }
  }

  struct FigureKey {
    const char* key;
    CatalogFigure CostCatalog::*member;
  };

  void read_figures(const Node& map, std::string_view group, std::initializer_list<FigureKey> keys) {
    std::string where = fmt::format("'{}'", group);
    if (!reader_.map(&map, where)) return;
    std::vector<std::string> names;
    for (const auto& k : keys) names.emplace_back(k.key);
    for (const auto& [k, v] : map.entries) {
      if (!reader_.known_key(*k, names, {where, false, {}})) continue;
      auto it = std::find(names.begin(), names.end(), k->value);
      const FigureKey& fk = *(keys.begin() + (it - names.begin()));
      std::string what = fmt::format("'{}.{}'", group, k->value);
      if (!v->is_map()) {
        error(v.get(), fmt::format("{} must be a map {{value, source, checked}}, not {}", what, v->kind_name()),
              fmt::format("{}: {{value: 0.02, source: \"where it comes from\", checked: 2026-11-21}}", k->value));
        continue;
      }
      reader_.check_keys(*v, {"value", "source", "checked"}, what);
      const Node* value = v->get("value");
      if (!value) {
        error(k.get(), fmt::format("{} needs a 'value'", what));
        continue;
      }
      bool factor = std::string_view(fk.key) == "full_fine_tune_factor";
      auto n = number(value, "'value'", factor);
      auto prov = provenance(*v, k.get(), what);
      if (!n || !prov) continue;
      (cat_.*fk.member).value = *n;
      (cat_.*fk.member).provenance = *prov;
    }
  }
};

}  // namespace

void read_cost_section(const yaml::Node& node, yaml::Reader& reader, CostCatalog& catalog) {
  SectionReader(reader, catalog).run(node);
}

}  // namespace ragft
