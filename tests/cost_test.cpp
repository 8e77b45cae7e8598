// The cost model: the source texts' own figures reproduced exactly, every
// formula of docs/cost-model.md, break-even and payback, the `cost:` catalog
// (layering, every load error with its position), the derived figures rules
// may read, and the renderers (JSON, text, chart, SVG).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "ragft/cost.h"
#include "ragft/cost_report.h"
#include "ragft/engine.h"
#include "ragft/ruleset.h"

using namespace ragft;

namespace {

RuleSet builtin(std::vector<RuleSource> extra = {}) {
  auto layers = builtin_rule_sources();
  for (auto& l : extra) layers.push_back(std::move(l));
  RulesLoad load = load_rules(layers);
  std::string all;
  for (const auto& d : load.diagnostics) all += format_diagnostic(d);
  INFO(all);
  REQUIRE(load.ok());
  return std::move(*load.rules);
}

// Every diagnostic of loading the built-in rules plus `layer`, formatted.
std::string errors_of(const std::string& layer) {
  auto layers = builtin_rule_sources();
  layers.push_back({"team.yaml", layer});
  RulesLoad load = load_rules(layers);
  CHECK_FALSE(load.ok());
  std::string all;
  for (const auto& d : load.diagnostics) all += format_diagnostic(d);
  return all;
}

Profile profile_of(const RuleSet& rules, const std::map<std::string, std::string>& answers) {
  Profile p;
  p.file = "test.yaml";
  for (const auto& [id, text] : answers) {
    const Criterion* c = rules.criterion(id);
    INFO(id);
    REQUIRE(c);
    ParsedAnswer a = parse_answer(*c, text);
    INFO(a.error);
    REQUIRE(a.value);
    p.answers[id] = Answer{*a.value, {}};
  }
  return p;
}

CostEstimate estimate(const RuleSet& rules, const std::map<std::string, std::string>& answers) {
  Result r = Engine(rules).evaluate(profile_of(rules, answers), EvalOptions{false, false});
  REQUIRE(r.cost);
  return *r.cost;
}

const OptionCost& opt(const CostEstimate& e, const char* id) {
  const OptionCost* o = e.option(id);
  REQUIRE(o);
  return *o;
}

// A narrow task (seed 002's shape): fixed output space, stable, 2,000 pairs.
const std::map<std::string, std::string> kNarrowTask = {
    {"problem", "behavior"}, {"behavior", "task"},        {"knowledge_change", "static"},
    {"task_scope", "narrow"}, {"labeled_examples", "2000"}, {"eval_set", "yes"}};

std::map<std::string, std::string> with(std::map<std::string, std::string> base,
                                        const std::map<std::string, std::string>& more) {
  for (const auto& [k, v] : more) base[k] = v;
  return base;
}

}  // namespace

TEST_CASE("seed 000: 3M SKUs at $0.003 vs $0.0004 a call, 1.2 s vs 0.3 s") {
  CHECK(batch_cost(3e6, 0.003) == Approx(9000).epsilon(1e-12));
  CHECK(batch_cost(3e6, 0.0004) == Approx(1200).epsilon(1e-12));
  CHECK(batch_hours(3e6, 1200) == Approx(1000).epsilon(1e-12));
  CHECK(batch_hours(3e6, 300) == Approx(250).epsilon(1e-12));

  // The same through the model: a day of 3M calls with the texts' prices;
  // the latencies are the catalog's (frontier 1.2 s, fine-tuned small 0.3 s).
  RuleSet rules = builtin();
  CostEstimate e = estimate(rules, with(kNarrowTask, {{"calls_per_day", "3M"},
                                                       {"prompt_price_per_call", "0.003"},
                                                       {"fine_tune_price_per_call", "0.0004"}}));
  CHECK(opt(e, "prompt").per_day == Approx(9000));
  CHECK(opt(e, "fine_tune").per_day == Approx(1200));
  CHECK(opt(e, "prompt").model_hours_per_day == Approx(1000));
  CHECK(opt(e, "fine_tune").model_hours_per_day == Approx(250));
  CHECK(opt(e, "prompt").per_1k_calls == Approx(3));
  CHECK(opt(e, "fine_tune").per_1k_calls == Approx(0.4));
  // "The difference pays for the fine-tuning project in the first batch."
  CHECK(e.break_even[0].payback_month == 1);
}

TEST_CASE("seed 000: 3% of 40,000 manifests at 2 minutes is 40 hours a day; 0.3% is 4") {
  CHECK(fixup_hours_per_day(40000, 0.03, 2) == Approx(40).epsilon(1e-12));
  CHECK(fixup_hours_per_day(40000, 0.003, 2) == Approx(4).epsilon(1e-12));

  RuleSet rules = builtin();
  auto manifests = with(kNarrowTask, {{"behavior", "format"}, {"calls_per_day", "40k"}, {"prompt_quality", "97%"},
                                      {"quality_target", "0.997"}, {"fix_minutes", "2"}});
  CostEstimate e = estimate(rules, manifests);
  CHECK(opt(e, "prompt").fixup_hours_per_day == Approx(40));
  CHECK(opt(e, "rag").fixup_hours_per_day == Approx(40));  // retrieval does not fix a format
  CHECK(opt(e, "fine_tune").fixup_hours_per_day == Approx(4));
  CHECK(opt(e, "hybrid").fixup_hours_per_day == Approx(4));
  // People cost: hours x days a month x the hourly rate (default $50).
  CHECK(opt(e, "prompt").fixup_monthly == Approx(40 * 365.0 / 12 * 50));
  CHECK(opt(e, "fine_tune").fixup_per_call == Approx(0.003 * 2.0 / 60 * 50));

  // Unanswered, fix_minutes takes seed 000's 2 minutes a record.
  manifests.erase("fix_minutes");
  CostEstimate assumed = estimate(rules, manifests);
  CHECK(opt(assumed, "prompt").fixup_hours_per_day == Approx(40));
  CHECK(assumed.notes.empty());
  // Without a measured prompt, it cannot be counted for any option.
  manifests["fix_minutes"] = "2";
  manifests.erase("prompt_quality");
  CostEstimate unmeasured = estimate(rules, manifests);
  CHECK_FALSE(known(opt(unmeasured, "fine_tune").fixup_hours_per_day));
  REQUIRE(unmeasured.notes.size() == 1);
  CHECK(unmeasured.notes[0] ==
        "fix-up time is not counted: prompt_quality is not answered, so the prompt's failure rate is unknown");
}

TEST_CASE("seed 003: $40K a month on a frontier model vs $800 for a fine-tuned small model") {
  // The same calls at a per-call price fifty times lower: at the volume where
  // the frontier bill is $40,000 a month (about 1.3M calls a day, "millions
  // of calls"), the fine-tuned model's is $800.
  RuleSet rules = builtin();
  const double volume = 40000 / (0.001 * kDaysPerMonth);
  auto answers = with(kNarrowTask, {{"calls_per_day", expr::format_number(volume)},
                                    {"prompt_price_per_call", "0.001"},
                                    {"fine_tune_price_per_call", "0.00002"},
                                    {"prompt_maintenance", "0"},
                                    {"fine_tune_maintenance", "0"},
                                    {"retrain_cost", "0"}});
  CostEstimate e = estimate(rules, answers);
  const double calls = e.inputs.calls_per_day;
  CHECK(calls == Approx(1315068.49).epsilon(1e-6));
  CHECK(calls * kDaysPerMonth * 0.001 == Approx(40000).epsilon(1e-6));
  CHECK(opt(e, "prompt").monthly == Approx(40000).epsilon(1e-6));
  // The fine-tuned model's monthly bill: $800 of calls plus its training run
  // (2,000 examples x 500 tokens x 3 epochs at $5 per 1M, every 6 months).
  CHECK(opt(e, "fine_tune").monthly - 15.0 / 6 == Approx(800).epsilon(1e-6));
  CHECK(e.break_even[0].payback_month == 1);  // $20K project, $39K saved a month
}

TEST_CASE("seed 001: the total cost of customization as one documented form") {
  // (RAG cost per query x queries) + (training cost / lifetime queries) x
  // queries + (maintenance x months): 0.01 x 1,000 + 500 / 2,000 x 1,000 + 100 x 12.
  CHECK(total_cost_001(0.01, 1000, 500, 2000, 100, 12) == Approx(1460));
  CHECK_FALSE(known(total_cost_001(0.01, 1000, 500, 0, 100, 12)));

  // ragft's hybrid total is that formula plus the one-off build: a model
  // generation lives retrain_months, so its lifetime queries are V x days x r.
  RuleSet rules = builtin();
  CostEstimate e = estimate(rules, with(kNarrowTask, {{"problem", "both"}, {"calls_per_day", "20k"}}));
  const OptionCost& h = opt(e, "hybrid");
  const double H = 12, r = 6, V = 20000;
  const double queries = V * kDaysPerMonth * H, lifetime = V * kDaysPerMonth * r;
  const double maintenance = 1000 + 50;  // hybrid_maintenance + vector store
  CHECK(h.total - h.one_off == Approx(total_cost_001(h.per_call, queries, h.training_run, lifetime, maintenance, H)));
  // The training run: 2,000 examples x 500 tokens x 3 epochs at $5 per 1M, plus the people ($2,000).
  CHECK(h.training_run == Approx(2000.0 * 500 * 3 / 1e6 * 5 + 2000));
}

TEST_CASE("the token arithmetic of each option with the default catalog") {
  RuleSet rules = builtin();
  CostEstimate e = estimate(rules, with(kNarrowTask, {{"calls_per_day", "1000"}}));
  // prompt: (1,000 instruction + 100 input) x $2.50 + 20 x $15 per 1M (seed 000's ~$0.003).
  CHECK(opt(e, "prompt").per_call == Approx((1100 * 2.5 + 20 * 15) / 1e6));
  CHECK(opt(e, "prompt").per_call == Approx(0.00305));
  // rag: plus 2,000 retrieved tokens, the query embedding and a rerank.
  CHECK(opt(e, "rag").per_call == Approx((3100 * 2.5 + 20 * 15) / 1e6 + 100 * 0.02 / 1e6 + 0.002));
  // fine_tune: a short instruction on the fine-tuned small tier.
  CHECK(opt(e, "fine_tune").per_call == Approx((200 * 0.8 + 20 * 3.2) / 1e6));
  CHECK(opt(e, "hybrid").per_call == Approx((2200 * 0.8 + 20 * 3.2) / 1e6 + 100 * 0.02 / 1e6 + 0.002));
  // One-off, monthly and total.
  CHECK(opt(e, "prompt").one_off == 0);
  CHECK(opt(e, "rag").one_off == 5000);
  CHECK(opt(e, "fine_tune").one_off == 20000);
  CHECK(opt(e, "hybrid").one_off == 25000);  // rag + fine_tune when hybrid_build_cost is empty
  CHECK(opt(e, "rag").fixed_monthly == Approx(500 + 50));
  CHECK(opt(e, "fine_tune").fixed_monthly == Approx(500 + (15 + 2000) / 6.0));
  for (const auto& o : e.options) {
    CHECK(o.monthly == Approx(o.fixed_monthly + 1000 * kDaysPerMonth * o.per_call));
    CHECK(o.total == Approx(o.one_off + 12 * o.monthly));
    CHECK(o.per_1k_calls == Approx(1000 * o.per_call));
  }
  // Latency: the tier's, plus 400 ms of retrieval (seed 004's 200-600 ms).
  CHECK(opt(e, "prompt").latency_ms == 1200);
  CHECK(opt(e, "rag").latency_ms == 1600);
  CHECK(opt(e, "fine_tune").latency_ms == 300);
  CHECK(opt(e, "hybrid").latency_ms == 700);
  CHECK(e.cheapest == "prompt");
}

TEST_CASE("a narrow task: fine-tuning is dearer at 50 calls a day, cheaper at 250,000") {
  RuleSet rules = builtin();
  CostEstimate low = estimate(rules, with(kNarrowTask, {{"calls_per_day", "50"}}));
  CostEstimate high = estimate(rules, with(kNarrowTask, {{"calls_per_day", "250k"}}));
  CHECK(opt(low, "fine_tune").total > opt(low, "prompt").total);
  CHECK(opt(high, "fine_tune").total < opt(high, "prompt").total);
  double be = low.break_even[0].calls_per_day;
  CHECK(be == high.break_even[0].calls_per_day);  // the break-even does not depend on the volume
  CHECK(be > 50);
  CHECK(be < 250000);
  // Exactly where the two totals meet (29,113.2 with the defaults).
  CHECK(cost_option(rules.cost, low.inputs, 2, be).total == Approx(cost_option(rules.cost, low.inputs, 0, be).total));
  CHECK(be == Approx((20000 + 12 * (500 + 2015.0 / 6)) / (12 * kDaysPerMonth * (0.00305 - 0.000224))));
  CHECK(low.cheapest == "prompt");
  CHECK(high.cheapest == "fine_tune");
  CHECK_FALSE(known(low.break_even[0].payback_month));  // never at 50 a day
  // At 250,000 a day: $20,000 more up front, paid back by the monthly saving.
  const OptionCost &p = opt(high, "prompt"), &f = opt(high, "fine_tune");
  CHECK(high.break_even[0].payback_month == std::ceil(20000 / (p.monthly - f.monthly)));
  CHECK(high.break_even[0].payback_month == 1);
}

TEST_CASE("break-even edge cases") {
  RuleSet rules = builtin();
  // A fine-tuned model dearer per call than the prompt never catches up.
  CostEstimate never = estimate(rules, with(kNarrowTask, {{"fine_tune_price_per_call", "0.01"}}));
  CHECK_FALSE(known(never.break_even[0].calls_per_day));
  // Free to build and cheaper per call: cheaper at any volume.
  CostEstimate always =
      estimate(rules, with(kNarrowTask, {{"fine_tune_build_cost", "0"}, {"fine_tune_maintenance", "0"},
                                         {"retrain_cost", "0"}, {"labeled_examples", "0"}}));
  CHECK(always.break_even[0].calls_per_day == 0);
  // Nothing to pay back when the one-off is no larger.
  CostEstimate free = estimate(rules, with(kNarrowTask, {{"fine_tune_build_cost", "0"}, {"calls_per_day", "100k"}}));
  CHECK(free.break_even[0].payback_month == 0);
  // Without a volume: no totals, no payback, but a break-even.
  CostEstimate novolume = estimate(rules, kNarrowTask);
  CHECK_FALSE(known(opt(novolume, "prompt").total));
  CHECK(known(opt(novolume, "prompt").per_1k_calls));
  CHECK(known(novolume.break_even[0].calls_per_day));
  CHECK_FALSE(known(novolume.break_even[0].payback_month));
  CHECK(novolume.cheapest.empty());
  CHECK(novolume.notes.front() == "calls_per_day is not answered: monthly and total costs need a volume");
}

TEST_CASE("a self-hosted GPU tier: always-on GPUs sized for the load, LoRA or full training") {
  RuleSet rules = builtin();
  auto gpu = with(kNarrowTask, {{"fine_tune_model", "self_hosted_gpu"}});
  // 200 input + 20 output tokens a call; 10,000 tokens/s per GPU = 864M a day.
  CostEstimate one = estimate(rules, with(gpu, {{"calls_per_day", "3M"}}));
  CHECK(opt(one, "fine_tune").gpus == 1);
  CostEstimate three = estimate(rules, with(gpu, {{"calls_per_day", "10M"}}));
  CHECK(opt(three, "fine_tune").gpus == 3);  // 2.2B tokens a day
  const double hour = 3.49, lora_per_1m = 3.49 * 1e6 / (3000 * 3600.0);
  CHECK(opt(three, "fine_tune").training_run == Approx(3e6 / 1e6 * lora_per_1m + 2000));
  CHECK(opt(three, "fine_tune").fixed_monthly == Approx(500 + opt(three, "fine_tune").training_run / 6 + 3 * hour * 730));
  CostEstimate full = estimate(rules, with(gpu, {{"calls_per_day", "10M"}, {"fine_tune_method", "full"}}));
  CHECK(opt(full, "fine_tune").training_run == Approx(3e6 / 1e6 * lora_per_1m * 10 + 2000));  // seed 001: LoRA is 10%
  // The break-even is found on the step function, and holds on both sides.
  double be = one.break_even[0].calls_per_day;
  REQUIRE(known(be));
  CostEstimate below = estimate(rules, with(gpu, {{"calls_per_day", expr::format_number(std::floor(be * 0.99))}}));
  CostEstimate above = estimate(rules, with(gpu, {{"calls_per_day", expr::format_number(std::ceil(be * 1.01))}}));
  CHECK(opt(below, "fine_tune").total > opt(below, "prompt").total);
  CHECK(opt(above, "fine_tune").total <= opt(above, "prompt").total);
  CHECK(std::count(one.notes.begin(), one.notes.end(),
                   "fine_tune runs on 1 always-on GPU (self_hosted_gpu) sized for the average load; add headroom for peaks") == 1);
}

TEST_CASE("a layer overrides prices by tier id and figures by key") {
  RuleSet base = builtin();
  RuleSet team = builtin({{"team.yaml", R"(ragft-rules: 1
criteria:
  - id: hourly_rate
    default: 85
cost:
  tiers:
    - id: frontier
      input_per_1m: 5
      source: our contract
      checked: 2026-12-01
    - id: tiny
      label: A tiny model
      input_per_1m: 0.01
      output_per_1m: 0.02
      training_per_1m: 0.5
      latency_ms: 50
      source: vendor quote
      checked: 2026-12-01
  retrieval:
    rerank_per_query: {value: 0, source: we do not rerank, checked: 2026-12-01}
)"}});
  const ModelTier* f = team.cost.tier("frontier");
  REQUIRE(f);
  CHECK(f->input_per_1m == 5);
  CHECK(f->output_per_1m == 15);  // untouched
  CHECK(f->provenance.source == "our contract");
  CHECK(f->provenance.origin.file == "team.yaml");
  CHECK(team.cost.tier("tiny"));
  CHECK(team.cost.rerank_per_query.value == 0);
  CHECK(team.cost.embedding_per_1m_tokens.value == 0.02);
  auto answers = with(kNarrowTask, {{"calls_per_day", "1000"}});
  CHECK(opt(estimate(team, answers), "prompt").per_call == Approx((1100 * 5 + 20 * 15) / 1e6));
  CHECK(opt(estimate(team, answers), "rag").per_call == Approx((3100 * 5 + 20 * 15) / 1e6 + 100 * 0.02 / 1e6));
  CHECK(opt(estimate(base, answers), "rag").per_call == Approx((3100 * 2.5 + 20 * 15) / 1e6 + 100 * 0.02 / 1e6 + 0.002));
  // The layer's new default is an answer like any other: a profile overrides it.
  CHECK(team.criterion("hourly_rate")->default_value->number == 85);
}

TEST_CASE("catalog errors have exact positions") {
  CHECK(errors_of(R"(ragft-rules: 1
cost:
  tiers:
    - id: frontier
      input_per_1m: $3
      outptu_per_1m: 15
      source: contract
      checked: 2026-13-01
    - id: bad id
      source: x
      checked: 2026-12-01
    - id: newtier
      input_per_1m: 1
      source: x
      checked: 2026-12-01
    - id: gpu2
      kind: gpu
      gpu_hourly: 2
      input_per_1m: 1
      tokens_per_second: 0
      latency_ms: 10
      source: x
      checked: 2026-12-01
    - id: frontier
      kind: gpu
      source: x
      checked: 2026-12-01
  retrieval:
    rerank_per_query: 0.002
    vector_store_monthly: {value: 50}
    embeding_per_1m_tokens: {value: 1, source: x, checked: 2026-12-01}
  prices: {}
)") == R"(team.yaml:5:21: error: 'input_per_1m' must be a number, not '$3'
 5 |       input_per_1m: $3
   |                     ^~
  hint: write it like 2.50, 0.002 or 40k (USD, no '$')
team.yaml:6:7: error: unknown key 'outptu_per_1m' in a tier
 6 |       outptu_per_1m: 15
   |       ^~~~~~~~~~~~~
  hint: did you mean 'output_per_1m'?
team.yaml:8:16: error: 'checked' must be a date like 2026-11-21, not '2026-13-01'
 8 |       checked: 2026-13-01
   |                ^~~~~~~~~~
team.yaml:9:11: error: invalid tier id 'bad id'
 9 |     - id: bad id
   |           ^~~~~~
  hint: ids are lower-case letters, digits and '_'
team.yaml:12:11: error: new tier 'newtier' needs output_per_1m, latency_ms
 12 |     - id: newtier
    |           ^~~~~~~
team.yaml:19:7: error: 'input_per_1m' only applies to hosted tiers
 19 |       input_per_1m: 1
    |       ^~~~~~~~~~~~
  hint: a gpu tier has gpu_hourly, tokens_per_second and training_tokens_per_second
team.yaml:20:26: error: 'tokens_per_second' must be greater than 0, not 0
 20 |       tokens_per_second: 0
    |                          ^
team.yaml:24:11: error: duplicate tier 'frontier'
 24 |     - id: frontier
    |           ^~~~~~~~
  hint: first defined at line 4
team.yaml:29:23: error: 'retrieval.rerank_per_query' must be a map {value, source, checked}, not a text
 29 |     rerank_per_query: 0.002
    |                       ^~~~~
  hint: rerank_per_query: {value: 0.02, source: "where it comes from", checked: 2026-11-21}
team.yaml:30:5: error: 'retrieval.vector_store_monthly' needs 'source' and 'checked'
 30 |     vector_store_monthly: {value: 50}
    |     ^~~~~~~~~~~~~~~~~~~~
  hint: every price says where it comes from and the date it was checked (checked: 2026-11-21)
team.yaml:31:5: error: unknown key 'embeding_per_1m_tokens' in 'retrieval'
 31 |     embeding_per_1m_tokens: {value: 1, source: x, checked: 2026-12-01}
    |     ^~~~~~~~~~~~~~~~~~~~~~
  hint: did you mean 'embedding_per_1m_tokens'?
team.yaml:32:3: error: unknown key 'prices' in 'cost'
 32 |   prices: {}
    |   ^~~~~~
  hint: allowed keys: tiers, retrieval, training
)");
}

TEST_CASE("catalog errors: provenance, kinds, model criteria and derived names") {
  CHECK(errors_of(R"(ragft-rules: 1
cost:
  tiers:
    - id: mid
      input_per_1m: 1
    - id: small_hosted
      kind: gpu
      source: x
      checked: 2026-12-01
)") == R"(team.yaml:4:11: error: tier 'mid' needs 'source' and 'checked'
 4 |     - id: mid
   |           ^~~
  hint: every price says where it comes from and the date it was checked (checked: 2026-11-21)
team.yaml:7:13: error: cannot change the kind of tier 'small_hosted'
 7 |       kind: gpu
   |             ^~~
  hint: declared in rules/cost.yaml line 427
)");

  CHECK(errors_of(R"(ragft-rules: 1
criteria:
  - id: fine_tune_model
    choices: [frontier, gpt9]
  - id: cost_total_prompt
    type: number
    question: Sneaky?
)") == R"(team.yaml:3:9: error: 'fine_tune_model' offers tier 'frontier', which cannot be trained
 3 |   - id: fine_tune_model
   |         ^~~~~~~~~~~~~~~
  hint: give the tier 'training_per_1m'
team.yaml:3:9: error: 'fine_tune_model' offers 'gpt9', which is not a tier of the cost catalog
 3 |   - id: fine_tune_model
   |         ^~~~~~~~~~~~~~~
  hint: the tiers are: frontier, frontier_alt, mid, small_hosted, fine_tuned_small, fine_tuned_mini, self_hosted_gpu
team.yaml:5:9: error: 'cost_total_prompt' is the name of a derived cost figure; a criterion cannot take it
 5 |   - id: cost_total_prompt
   |         ^~~~~~~~~~~~~~~~~
  hint: rename the criterion
)");
}

TEST_CASE("a catalog of its own must give every figure") {
  RulesLoad load = load_rules({{"mine.yaml", R"(ragft-rules: 1
options: [{id: prompt}, {id: fine_tune}]
cost:
  tiers:
    - {id: a, input_per_1m: 1, output_per_1m: 2, latency_ms: 100, source: x, checked: 2026-12-01}
  retrieval:
    latency_ms: {value: 300, source: x, checked: 2026-12-01}
)"}});
  REQUIRE_FALSE(load.ok());
  std::string all;
  for (const auto& d : load.diagnostics) all += d.message + "\n";
  CHECK(all == R"(the cost catalog has no 'retrieval.embedding_per_1m_tokens'
the cost catalog has no 'retrieval.rerank_per_query'
the cost catalog has no 'retrieval.vector_store_monthly'
the cost catalog has no 'training.full_fine_tune_factor'
)");
}

// A small core layer of its own, with the built-in cost layer on top: the
// decision then depends on nothing but the derived figures.
RuleSet mini_with_cost(const std::string& rules_text) {
  std::vector<RuleSource> layers{{"mini.yaml", R"(ragft-rules: 1
options: [{id: prompt}, {id: rag}, {id: fine_tune}, {id: hybrid}]
criteria:
  - {id: problem, type: choice, question: 'What is wrong?', choices: [knowledge, behavior]}
  - {id: calls_per_day, type: number, question: 'Calls a day?', min: 0}
  - {id: labeled_examples, type: integer, question: 'Pairs?', min: 0}
  - {id: prompt_quality, type: fraction, question: 'Prompt score?', optional: true}
  - {id: quality_target, type: fraction, question: 'Target?', default: 0.9}
)" + rules_text}};
  for (auto& l : builtin_rule_sources())
    if (l.name == "rules/cost.yaml") layers.push_back(l);
  RulesLoad load = load_rules(layers);
  std::string all;
  for (const auto& d : load.diagnostics) all += format_diagnostic(d);
  INFO(all);
  REQUIRE(load.ok());
  return std::move(*load.rules);
}

TEST_CASE("rules read derived cost figures; would_change names the volume threshold") {
  RuleSet rules = mini_with_cost(R"(rules:
  - id: volume-pays-for-training
    when: problem == 'behavior' and calls_per_day >= cost_breakeven_calls_per_day
    score: {fine_tune: 2}
    text: Above the break-even volume a fine-tuned model is the cheapest.
    source: ragft cost model
  - id: slow-payback
    when: problem == 'behavior' and not (cost_payback_month <= 12)
    warn: info
    text: Fine-tuning does not pay back within a year at this volume.
    source: seed 000 step 4
)");
  Engine engine(rules);
  std::map<std::string, std::string> answers = {{"problem", "behavior"}, {"labeled_examples", "2000"},
                                                {"calls_per_day", "300"}};
  Result low = engine.evaluate(profile_of(rules, answers));
  CHECK(low.decision.recommendation == "prompt");
  CHECK(std::any_of(low.warnings.begin(), low.warnings.end(), [](const Warning& w) { return w.rule == "slow-payback"; }));
  const double be = low.cost->break_even[0].calls_per_day;
  CHECK(be == Approx(29113.2).epsilon(1e-5));
  // would_change solves calls_per_day through the derived figure.
  REQUIRE(low.would_change.size() >= 1);
  const WouldChange& w = low.would_change.front();
  CHECK(w.criterion == "calls_per_day");
  CHECK(w.condition == ">= " + expr::format_number(std::ceil(be)));  // the first whole volume past it
  CHECK(w.value.number == std::ceil(be));
  CHECK(w.recommendation == "fine_tune");
  Result high = engine.evaluate(profile_of(rules, with(answers, {{"calls_per_day", expr::format_number(std::ceil(be))}})));
  CHECK(high.decision.recommendation == "fine_tune");
  CHECK(std::none_of(high.warnings.begin(), high.warnings.end(), [](const Warning& x) { return x.rule == "slow-payback"; }));
  // Cost inputs now matter to the decision: a cheaper project moves the break-even below 300 a day.
  Result cheap = engine.evaluate(profile_of(rules, with(answers, {{"fine_tune_build_cost", "0"}, {"fine_tune_maintenance", "0"},
                                                                 {"retrain_cost", "0"}})));
  CHECK(cheap.decision.recommendation == "fine_tune");
  CHECK(rules.cost.estimate_only.empty() == false);
  CHECK_FALSE(rules.cost.estimate_only_input("calls_per_day"));

  // Profiles cannot set a derived figure: it is not a criterion.
  CHECK(rules.criterion("cost_total_prompt") == nullptr);
  Diagnostic err;
  CHECK_FALSE(parse_set(rules, "cost_breakeven_calls_per_day=5", err));
}

TEST_CASE("derived figures: which answers move them") {
  RuleSet rules = builtin();
  CHECK(rules.cost.estimate_only_input("input_tokens"));
  CHECK_FALSE(rules.cost.estimate_only_input("problem"));
  const std::vector<std::string>& ids = cost_figure_ids();
  CHECK(ids.size() == 30);
  auto at = [&](std::string_view id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
  };
  // A latency is its option's model tier's: nothing else moves it.
  CHECK(cost_figure_moves_with(at("cost_latency_ms_rag"), "rag_model"));
  CHECK_FALSE(cost_figure_moves_with(at("cost_latency_ms_rag"), "prompt_model"));
  CHECK_FALSE(cost_figure_moves_with(at("cost_latency_ms_rag"), "prompt_quality"));
  CHECK_FALSE(cost_figure_moves_with(at("cost_latency_ms_fine_tune"), "fine_tune_method"));
  // Money moves with quality (fix-up time), examples (training) and the rest.
  CHECK(cost_figure_moves_with(at("cost_breakeven_calls_per_day"), "prompt_quality"));
  CHECK(cost_figure_moves_with(at("cost_breakeven_calls_per_day"), "labeled_examples"));
  CHECK(cost_figure_moves_with(at("cost_total_hybrid"), "knowledge_change"));
  CHECK_FALSE(cost_figure_moves_with(ids.size(), "rag_model"));
  // Each input is read by its own entry: one answer changed, one field moved.
  CostInputs in = read_cost_inputs(std::vector<const expr::Value*>{});
  CHECK(in.training_examples_assumed);
  const std::vector<std::string>& inputs = cost_input_ids();
  auto input = [&](std::string_view id) {
    return static_cast<std::size_t>(std::find(inputs.begin(), inputs.end(), id) - inputs.begin());
  };
  expr::Value examples = expr::Value::of_number(600), weekly = expr::Value::of_text("weekly"),
              task = expr::Value::of_text("task");
  set_cost_input(in, input("labeled_examples"), &examples);
  CHECK(in.training_examples == 600);
  CHECK_FALSE(in.training_examples_assumed);
  set_cost_input(in, input("knowledge_change"), &weekly);
  CHECK(std::isnan(in.change_months_of(2)));  // fine_tune carries neither facts nor labels yet
  set_cost_input(in, input("behavior"), &task);
  CHECK(in.change_months_of(2) == Approx(7.0 / kDaysPerMonth));
  CHECK(in.change_months_of(3) == Approx(7.0 / kDaysPerMonth));
  CHECK(cost_variables(CostCatalog{}).empty());
}

TEST_CASE("estimate_figures gives the full estimate's figures, each alone or all together") {
  RuleSet rules = builtin();
  const std::size_t n = cost_figure_ids().size();
  std::vector<std::size_t> all(n);
  for (std::size_t i = 0; i < n; ++i) all[i] = i;
  auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
  // Hosted tiers (break-even on straight lines), a GPU tier (the scan), no
  // volume, measured quality (fix-up time), frequent retraining.
  const std::vector<std::map<std::string, std::string>> cases = {
      kNarrowTask,
      with(kNarrowTask, {{"calls_per_day", "40000"}, {"prompt_quality", "0.9"}, {"quality_target", "0.97"},
                         {"fix_minutes", "2"}}),
      with(kNarrowTask, {{"fine_tune_model", "self_hosted_gpu"}, {"calls_per_day", "3M"}}),
      with(kNarrowTask, {{"rag_model", "self_hosted_gpu"}, {"calls_per_day", "250000"}, {"knowledge_change", "weekly"},
                         {"problem", "knowledge"}}),
  };
  for (const auto& answers : cases) {
    Profile p = profile_of(rules, answers);
    CostEstimate e = estimate(rules, answers);
    std::vector<double> together(n);
    estimate_figures(rules.cost, e.inputs, all, together);
    for (std::size_t i = 0; i < n; ++i) {
      INFO(cost_figure_ids()[i]);
      const double full = cost_figure(e, i);
      double alone = 0;
      estimate_figures(rules.cost, e.inputs, std::span<const std::size_t>(&i, 1), std::span<double>(&alone, 1));
      CHECK(same(alone, full));
      CHECK(same(together[i], full));
    }
  }
  // The GPU case has a break-even to find, so the scan ran.
  CostEstimate gpu = estimate(rules, cases[2]);
  CHECK(known(gpu.break_even[0].calls_per_day));
}

TEST_CASE("renderers: JSON, summary, chart, SVG") {
  RuleSet rules = builtin();
  Result r = Engine(rules).evaluate(profile_of(rules, with(kNarrowTask, {{"calls_per_day", "40k"}})),
                                    EvalOptions{false, false});
  REQUIRE(r.cost);
  nlohmann::ordered_json j = cost_json(*r.cost);
  CHECK(j["horizon_months"] == 12);
  CHECK(j["calls_per_day"] == 40000);
  CHECK(j["options"]["prompt"].dump() ==
        R"({"one_off":0,"monthly":3710.83,"per_1k_calls":3.05,"total":44530,"model":"frontier","per_day":122,)"
        R"("fixup_hours_per_day":null,"fixup_monthly":null,"latency_ms":1200,"model_hours_per_day":13.33})");
  CHECK(j["break_even"].dump() ==
        R"({"fine_tune":{"versus":"prompt","calls_per_day":29114,"payback_month":8},)"
        R"("hybrid":{"versus":"rag","calls_per_day":13215,"payback_month":3}})");
  CHECK(j["cheapest"] == "fine_tune");
  CHECK(result_json(r, rules)["cost"] == j);

  CHECK(cost_summary(*r.cost) ==
        "Cost over 12 months at 40,000 calls/day: prompt $44,530 · rag $158,359 · fine_tune $33,300 · hybrid $97,490; "
        "fine_tune is cheaper than prompt from ≈ 29,114 calls/day and pays back in month 8 (details: ragft cost)");

  TextStyle style;
  std::string chart = cost_chart_text(*r.cost, rules.cost, style, "fine_tune");
  CHECK(chart.find("● prompt   ▲ rag   ■ fine_tune (recommended)   ◆ hybrid") != std::string::npos);
  CHECK(chart.find("┊1 fine_tune is cheaper than prompt from ≈ 29,114 calls/day") != std::string::npos);
  CHECK(chart.find("┊2 hybrid is cheaper than rag from ≈ 13,215 calls/day") != std::string::npos);
  CHECK(chart.find("fine_tune is cheaper than rag from ≈ ") != std::string::npos);
  CHECK(chart.find("│  this profile: 40,000 calls/day") != std::string::npos);
  CHECK(chart.find("\x1b[") == std::string::npos);  // no color unless asked
  CHECK(cost_chart_text(*r.cost, rules.cost, style, "none").find("(recommended)") == std::string::npos);

  std::string svg = cost_chart_svg(*r.cost, rules.cost, "A & B <test>", "fine_tune");
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.find("A &amp; B &lt;test&gt;") != std::string::npos);
  CHECK(svg.find(">1 fine_tune vs prompt ≈ 29,114 calls/day<") != std::string::npos);
  CHECK(svg.find(">2 hybrid vs rag ≈ 13,215 calls/day<") != std::string::npos);
  CHECK(svg.find("this profile: 40,000 calls/day") != std::string::npos);
  for (const char* label : {">1<", ">10<", ">1k<", ">10M<", ">$1k<", ">$10M<", ">prompt (frontier)<",
                            ">fine_tune (fine_tuned_small) — recommended<", "calls per day (log scale)"})
    CHECK(svg.find(label) != std::string::npos);
  CHECK(svg == cost_chart_svg(*r.cost, rules.cost, "A & B <test>", "fine_tune"));  // byte-identical
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
}

TEST_CASE("absurd volumes stay finite or unknown, and still render") {
  RuleSet rules = builtin();
  CostEstimate e = estimate(rules, with(kNarrowTask, {{"calls_per_day", "1e307"}, {"fine_tune_model", "self_hosted_gpu"}}));
  for (const auto& o : e.options) {
    CHECK((std::isfinite(o.total) || !known(o.total)));
    CHECK((std::isfinite(o.gpus) || !known(o.gpus)));
  }
  CHECK_FALSE(known(opt(e, "prompt").total));  // 1e307 x 30 x $0.003 overflows: unknown, not infinite
  TextStyle style;
  CHECK_FALSE(cost_chart_text(e, rules.cost, style, "prompt").empty());
  CHECK(cost_chart_svg(e, rules.cost, "x", "prompt").find("</svg>") != std::string::npos);
  CHECK(cost_json(e)["options"]["prompt"]["total"].is_null());
}

TEST_CASE("money and counts for people") {
  CHECK(format_money(0) == "$0");
  CHECK(format_money(3.0512) == "$3.05");
  CHECK(format_money(0.0042) == "$0.0042");
  CHECK(format_money(44530.4) == "$44,530");
  CHECK(format_money(-1234567) == "-$1,234,567");
  CHECK(format_money(kUnknown) == "—");
  CHECK(format_count(40000) == "40,000");
  CHECK(format_count(2.5) == "2.5");
  CHECK(format_count(1315068.49) == "1,315,068.49");
  CHECK(format_count(kUnknown) == "—");
}
