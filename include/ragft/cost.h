// The cost model: what each option (prompt, rag, fine_tune, hybrid) costs to
// build and to run, per 1,000 calls and over a horizon; the people time spent
// fixing bad outputs; a latency estimate; the volume at which fine-tuning
// becomes cheaper than prompting (and hybrid than RAG), and the month in which
// it pays back. Prices are data: the `cost:` section of the rule files (the
// catalog, rules/cost.yaml). The project's own figures are cost criteria
// (answers with documented defaults). docs/cost-model.md gives every formula.
// Pure functions: nothing here prints or reads files.
#pragma once
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/diagnostic.h"
#include "ragft/expr.h"
#include "ragft/yaml_doc.h"
#include "ragft/yaml_reader.h"

namespace ragft {

// Unknown figures are NaN: they propagate through arithmetic, print as null
// in JSON and read as "not answered" in rule expressions.
inline constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();
inline bool known(double x) { return !std::isnan(x); }

// Where a catalog figure came from and when it was checked (YYYY-MM-DD).
struct Provenance {
  std::string source;
  std::string checked;
  Origin origin;
};

// A model tier: a hosted model priced per token, or a model served on rented
// GPUs (priced per GPU hour, whatever the volume).
struct ModelTier {
  enum class Kind { hosted, gpu };
  std::string id, label, model;
  Kind kind = Kind::hosted;
  double input_per_1m = kUnknown;    // hosted: USD per 1M input tokens
  double output_per_1m = kUnknown;   // hosted: USD per 1M output tokens
  double training_per_1m = kUnknown; // hosted: USD per 1M training tokens; unknown = cannot be trained
  double gpu_hourly = kUnknown;                  // gpu: USD per GPU hour
  double tokens_per_second = kUnknown;           // gpu: serving throughput per GPU (input + output)
  double training_tokens_per_second = kUnknown;  // gpu: LoRA training throughput per GPU
  double latency_ms = kUnknown;                  // one call, end to end, without retrieval
  Provenance provenance;

  bool trainable() const;
  // USD per 1M training tokens (a LoRA run); for a GPU tier, derived from its
  // hourly price and training throughput.
  double training_price_per_1m() const;
};

struct CatalogFigure {
  double value = kUnknown;
  Provenance provenance;
};

// The price catalog, merged over the rule layers (tiers by id, figures by key).
struct CostCatalog {
  std::vector<ModelTier> tiers;
  CatalogFigure embedding_per_1m_tokens;  // retrieval: embedding the query
  CatalogFigure rerank_per_query;         // retrieval: re-ranking the candidates
  CatalogFigure vector_store_monthly;     // retrieval: the index, per month
  CatalogFigure retrieval_latency_ms;     // retrieval: added to every call
  CatalogFigure full_fine_tune_factor;    // training: full fine-tune compute / LoRA compute
  std::vector<std::string> estimate_only; // cost-group criteria no rule reads (sorted): shown by `ragft cost`

  bool empty() const { return tiers.empty(); }
  const ModelTier* tier(std::string_view id) const;
  // True when criterion `id` feeds only the cost estimate, so the verdict's
  // text can leave its default to the cost summary and `ragft cost`.
  bool estimate_only_input(std::string_view id) const;
};

// The options the cost model prices, in this order everywhere, and what
// each one's formulas include. The rule files declare the options (their
// ids, labels and descriptions: `options:`), but the cost model's formulas
// are per kind of option, not per id: an option that reads retrieved
// documents at query time pays for embedding, re-ranking, the vector store,
// the retrieved tokens and retrieval's latency; one that runs on a model
// trained on the team's examples pays for training runs and retraining and
// needs only a short prompt. This table is the one place that says which
// option is which kind; the formulas, the break-even pairs and the figures'
// names (cost_total_<option>, ...) all follow from it.
struct CostOption {
  std::string_view id;
  bool retrieval;  // reads retrieved documents at query time
  bool training;   // runs on a model trained on labeled examples
};
inline constexpr std::array<CostOption, 4> kCostOptionTable = {{
    {"prompt", false, false},
    {"rag", true, false},
    {"fine_tune", false, true},
    {"hybrid", true, true},
}};
// The ids alone, in the same order.
inline constexpr std::array<std::string_view, 4> kCostOptions = {kCostOptionTable[0].id, kCostOptionTable[1].id,
                                                                 kCostOptionTable[2].id, kCostOptionTable[3].id};
inline constexpr double kDaysPerMonth = 365.0 / 12.0;
inline constexpr double kHoursPerMonth = 365.0 * 24.0 / 12.0;  // 730: an always-on GPU

// The project's figures, read from the answers (or the criteria defaults).
struct CostInputs {
  double calls_per_day = kUnknown;
  double input_tokens = kUnknown, output_tokens = kUnknown;
  double prompt_tokens = kUnknown, tuned_prompt_tokens = kUnknown, retrieved_tokens = kUnknown;
  double training_examples = kUnknown;  // labeled_examples, or 1,000 when unanswered
  bool training_examples_assumed = false;
  double training_example_tokens = kUnknown, training_epochs = kUnknown;
  bool full_fine_tune = false;          // fine_tune_method == 'full'
  double retrain_months = kUnknown, retrain_cost = kUnknown;
  double horizon_months = kUnknown;
  double fix_minutes = kUnknown, hourly_rate = kUnknown;
  double prompt_quality = kUnknown, quality_target = kUnknown;
  bool rerank = true;
  std::array<std::string, 4> model;     // tier id per option
  std::array<double, 4> build_cost{kUnknown, kUnknown, kUnknown, kUnknown};
  std::array<double, 4> maintenance{kUnknown, kUnknown, kUnknown, kUnknown};     // per month
  std::array<double, 4> price_per_call{kUnknown, kUnknown, kUnknown, kUnknown};  // replaces token arithmetic
  // How often what a trained model learned changes: knowledge_change in
  // months (unknown: static or unanswered), and whether the model carries
  // the facts (problem knowledge or both) or a task's labels (behavior task).
  double change_every = kUnknown;
  bool trained_facts = false, trained_labels = false;
  // Months between changes of what `option`'s model learned (fine_tune,
  // hybrid): retraining follows them when sooner than retrain_months.
  // Unknown: no such change.
  double change_months_of(std::size_t option) const;
};

// One option's cost. Money in USD; unknown figures are NaN.
struct OptionCost {
  std::string option, tier;
  double per_call = kUnknown;            // model tokens (or direct price) + retrieval
  double fixup_per_call = kUnknown;      // failure rate x minutes x hourly rate
  double one_off = kUnknown;             // build project
  double training_run = kUnknown;        // one training run: compute + people (fine_tune, hybrid)
  double retrain_months = kUnknown;      // months between runs: retrain_months, or sooner as the data changes
  double fixed_monthly = kUnknown;       // maintenance, vector store, retraining, GPUs
  double monthly = kUnknown;             // fixed + calls x (per call + fix-up)
  double per_1k_calls = kUnknown;        // 1,000 x (per call + fix-up); GPU: average at the volume
  double per_day = kUnknown;             // calls x per call (without fixed costs and fix-up)
  double total = kUnknown;               // one-off + horizon x monthly
  double fixup_hours_per_day = kUnknown; // people time fixing bad outputs
  double fixup_monthly = kUnknown;
  double latency_ms = kUnknown;          // per call, retrieval included
  double model_hours_per_day = kUnknown; // calls x latency: sequential model time
  double gpus = 0;                       // GPU tier: GPUs always on at the volume (unknown without one)
};

// Where `option` becomes cheaper than `versus` (over the horizon), and when
// the extra one-off cost is paid back at the profile's volume.
struct BreakEven {
  std::string option, versus;
  double calls_per_day = kUnknown;  // unknown: never within 1e10 calls a day
  double payback_month = kUnknown;  // 0: nothing to pay back; unknown: never (or no volume)
};

struct CostEstimate {
  CostInputs inputs;
  std::vector<OptionCost> options;     // in kCostOptions order
  std::vector<BreakEven> break_even;   // fine_tune vs prompt, hybrid vs rag
  BreakEven fine_tune_vs_rag;          // read by rules (a closed set of stable answers); not reported
  std::string cheapest;                // at the profile's volume; "" when unknown
  std::vector<std::string> notes;      // assumptions worth saying

  const OptionCost* option(std::string_view id) const;
};

// Money of `calls` calls at `per_call` USD each, and the hours they take one
// at a time at `latency_ms` each (seed 000: 3M x $0.003 = $9,000; x 1.2 s = 1,000 h).
double batch_cost(double calls, double per_call);
double batch_hours(double calls, double latency_ms);
// People hours a day fixing bad outputs (seed 000: 40,000 x 3% x 2 min = 40 h).
double fixup_hours_per_day(double calls_per_day, double failure_rate, double minutes_each);
// Seed 001's total cost of customization, in the form ragft uses (see
// docs/cost-model.md): per-query cost x queries + training cost spread over
// the queries of the model's lifetime and charged for `queries` +
// maintenance x months.
double total_cost_001(double cost_per_query, double queries, double training_cost, double lifetime_queries,
                      double maintenance_monthly, double months);

// The cost of one option at `calls_per_day` (which overrides the inputs').
OptionCost cost_option(const CostCatalog& catalog, const CostInputs& in, std::size_t option, double calls_per_day);
// Everything, at the inputs' volume, with the notes worth saying. (The
// figures rules read alone: estimate_figures().)
CostEstimate estimate_cost(const CostCatalog& catalog, const CostInputs& in);

// The criteria the cost inputs come from, in a fixed order, and the inputs
// from their values in that order (nullptr or a missing value: not
// answered): what the engine uses, with the criteria's slots found once.
const std::vector<std::string>& cost_input_ids();
CostInputs read_cost_inputs(const std::vector<const expr::Value*>& values);
// Sets the input at `index` of cost_input_ids() from its value (nullptr:
// not answered), as read_cost_inputs() does for each.
void set_cost_input(CostInputs& in, std::size_t index, const expr::Value* value);

// Derived figures that rule expressions may read (cost_total_fine_tune,
// cost_breakeven_calls_per_day, ...). They are not criteria: profiles cannot
// set them. Empty when there is no catalog.
const std::vector<std::string>& cost_figure_ids();
std::vector<expr::Variable> cost_variables(const CostCatalog& catalog);
double cost_figure(const CostEstimate& e, std::string_view id);  // NaN when unknown or not a figure
double cost_figure(const CostEstimate& e, std::size_t index);    // by position in cost_figure_ids()
// The figures at `figures` (positions in cost_figure_ids()) of the estimate
// at `in`, into `out` in the same order: estimate_cost()'s values (NaN when
// unknown), computing only the options and break-even pairs they read.
void estimate_figures(const CostCatalog& catalog, const CostInputs& in, std::span<const std::size_t> figures,
                      std::span<double> out);
// Whether the cost input `input` (an id of cost_input_ids()) may move the
// figure at `index` of cost_figure_ids(); false only where the formula
// never reads it.
bool cost_figure_moves_with(std::size_t figure, std::string_view input);

// Rule loading. Reads one layer's `cost:` section into `catalog`, merging
// with earlier layers; every problem is reported through `reader` (the
// layer's, whose text `node` is part of).
void read_cost_section(const yaml::Node& node, yaml::Reader& reader, CostCatalog& catalog);


}  // namespace ragft
