// Evaluating rules against answers: the decision, its explanation, and the
// search for the smallest single change of answer that changes it.
#include "ragft/engine.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <span>

#include <fmt/format.h>

namespace ragft {


namespace {

// 0: `text` has no placeholder; 1: it has some; 2: one of them is an
// {= expression} that reads a cost figure (interpolate() must be given the
// estimate's figures).
char placeholders_in(const RuleSet& rules, const std::string& text) {
  char kind = 0;
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    kind = std::max<char>(kind, 1);
    const std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    if (close == open + 1 || text[open + 1] != '=') continue;
    auto it = rules.text_exprs.find(text.substr(open + 2, close - open - 2));
    if (it == rules.text_exprs.end()) continue;
    for (const auto& id : it->second.identifiers())
      if (rules.criterion_index(id) < 0) kind = 2;
  }
  return kind;
}

}  // namespace

Engine::Engine(const RuleSet& rules) : rules_(rules), criteria_(rules.criteria.size()) {
  std::vector<expr::Variable> vars = rules_.variables();
  for (std::size_t i = criteria_; i < vars.size(); ++i) derived_ids_.push_back(vars[i].id);
  defaults_.resize(vars.size());
  for (std::size_t i = 0; i < criteria_; ++i)
    if (rules_.criteria[i].default_value) defaults_[i] = *rules_.criteria[i].default_value;
  readers_.resize(vars.size());
  effects_.resize(rules_.rules.size());
  for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
    const Rule& rule = rules_.rules[r];
    Effects& fx = effects_[r];
    if (rule.decide) {
      fx.decide_none = *rule.decide == "none";
      if (!fx.decide_none) fx.decide = rules_.option_index(*rule.decide);
    }
    for (const auto& s : rule.score) fx.score.emplace_back(static_cast<std::size_t>(rules_.option_index(s.option)), s.points);
    for (const auto& o : rule.exclude) fx.exclude.push_back(static_cast<std::size_t>(rules_.option_index(o)));
    if (!rule.enabled) continue;
    bool reads_cost = false;
    for (const auto& id : rule.when.identifiers()) {
      auto v = std::find_if(vars.begin(), vars.end(), [&](const expr::Variable& x) { return x.id == id; });
      if (v == vars.end()) continue;
      std::size_t slot = static_cast<std::size_t>(v - vars.begin());
      readers_[slot].push_back(r);
      if (slot >= criteria_) reads_cost = true;
    }
    if (reads_cost) cost_readers_.push_back(r);
  }
  cost_input_of_.assign(criteria_, -1);
  for (const std::string& id : cost_input_ids()) {
    int slot = rules_.criterion_index(id);
    if (slot >= 0) cost_input_of_[static_cast<std::size_t>(slot)] = static_cast<int>(cost_inputs_.size());
    cost_inputs_.push_back(slot);
  }
  // The derived figures some rule reads, and which criteria move them: every
  // cost input, except the volume when the rules read only break-even
  // volumes and latencies (neither depends on the volume).
  moves_figures_.assign(criteria_, 0);
  if (!cost_readers_.empty()) {
    bool volume_free = true;
    for (std::size_t i = 0; i < derived_ids_.size(); ++i) {
      bool read = false;
      for (std::size_t r : cost_readers_)
        for (const auto& id : rules_.rules[r].when.identifiers()) read = read || id == derived_ids_[i];
      if (!read) continue;
      read_figures_.push_back(i);
      const std::string& id = derived_ids_[i];
      if (id.rfind("cost_breakeven_", 0) != 0 && id.rfind("cost_latency_ms_", 0) != 0) volume_free = false;
    }
    figure_bits_.assign(criteria_, 0);
    for (std::size_t k = 0; k < cost_inputs_.size(); ++k) {
      if (cost_inputs_[k] < 0) continue;
      const std::size_t slot = static_cast<std::size_t>(cost_inputs_[k]);
      for (std::size_t i : read_figures_)
        if (cost_figure_moves_with(i, cost_input_ids()[k]))
          figure_bits_[slot] |= criteria_ + i < 64 ? std::uint64_t{1} << (criteria_ + i) : ~std::uint64_t{0};
      moves_figures_[slot] = figure_bits_[slot] != 0;
    }
    if (int v = rules_.criterion_index("calls_per_day"); v >= 0 && volume_free) {
      moves_figures_[static_cast<std::size_t>(v)] = 0;
      figure_bits_[static_cast<std::size_t>(v)] = 0;
    }
    rule_figures_.assign(rules_.rules.size(), 0);
    for (std::size_t r : cost_readers_)
      for (std::size_t i : read_figures_)
        for (const auto& id : rules_.rules[r].when.identifiers())
          if (id == derived_ids_[i])
            rule_figures_[r] |= criteria_ + i < 64 ? std::uint64_t{1} << (criteria_ + i) : ~std::uint64_t{0};
  }
  // Per criterion that moves figures: the rules a trial of it may change,
  // those reading it or a figure it moves, in rule order.
  trial_rules_.resize(criteria_);
  for (std::size_t ci = 0; ci < criteria_; ++ci) {
    if (!moves_figures_[ci]) continue;
    std::vector<std::size_t>& list = trial_rules_[ci];
    for (std::size_t r : cost_readers_)
      if (rule_figures_[r] & figure_bits_[ci]) list.push_back(r);
    list.insert(list.end(), readers_[ci].begin(), readers_[ci].end());
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  answer_values_.resize(criteria_);
  for (std::size_t ci = 0; ci < criteria_; ++ci) {
    const Criterion& c = rules_.criteria[ci];
    if (c.type == CriterionType::yesno) answer_values_[ci] = {expr::Value::of_bool(true), expr::Value::of_bool(false)};
    for (const auto& ch : c.choices) answer_values_[ci].push_back(expr::Value::of_text(ch.id));
  }
  for (std::size_t r = 0; r < rules_.rules.size(); ++r)
    if (rules_.rules[r].enabled && rules_.rules[r].warn == Severity::error) error_rules_.push_back(r);
  reason_effects_.resize(rules_.rules.size());
  for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
    Rule effects = rules_.rules[r];
    effects.warn.reset();
    reason_effects_[r] = effects.effect_summary();
  }

  // The breakpoints that do not depend on the answers, once.
  std::map<std::string, std::vector<double>> points;
  std::vector<std::size_t> varying_rules;
  for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
    const Rule& rule = rules_.rules[r];
    if (!rule.enabled) continue;
    if (expr::breakpoints_constant(rule.when)) expr::breakpoints(rule.when, expr::Slots{}, points);
    else varying_rules.push_back(r);
  }
  for (std::size_t r = 0; r < rules_.rules.size(); ++r)
    if (rules_.rules[r].enabled && (effects_[r].decide >= 0 || effects_[r].decide_none)) decide_rules_.push_back(r);
  reads_.resize(rules_.rules.size());
  excluders_.resize(rules_.options.size());
  for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
    if (!rules_.rules[r].enabled) continue;
    for (const auto& id : rules_.rules[r].when.identifiers())
      if (int ci = rules_.criterion_index(id); ci >= 0) reads_[r].push_back(static_cast<std::size_t>(ci));
    for (std::size_t o : effects_[r].exclude) excluders_[o].push_back(r);
  }
  placeholders_.resize(rules_.rules.size());
  for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
    const Rule& rule = rules_.rules[r];
    char kind = std::max(placeholders_in(rules_, rule.text), placeholders_in(rules_, rule.step));
    if (!rule.unlock.empty()) kind = std::max(kind, placeholders_in(rules_, rule.unlock.front().target));
    placeholders_[r] = kind;
  }
  leaf_offsets_.resize(rules_.rules.size());
  for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
    leaf_offsets_[r] = leaf_total_;
    if (rules_.rules[r].enabled) leaf_total_ += expr::node_count(rules_.rules[r].when);
  }
  piecewise_constant_.assign(criteria_, 1);
  for (std::size_t ci = 0; ci < criteria_; ++ci)
    for (std::size_t r : readers_[ci]) {
      const expr::Expr& when = rules_.rules[r].when;
      if (!expr::piecewise_constant_in(when, rules_.criteria[ci].id)) piecewise_constant_[ci] = 0;
    }
  varying_points_.resize(criteria_);
  for (std::size_t ci = 0; ci < criteria_; ++ci)
    for (std::size_t r : readers_[ci])
      if (std::binary_search(varying_rules.begin(), varying_rules.end(), r)) varying_points_[ci].push_back(r);
  static_points_.resize(criteria_);
  static_candidates_.resize(criteria_);
  for (std::size_t ci = 0; ci < criteria_; ++ci) {
    auto it = points.find(rules_.criteria[ci].id);
    if (it == points.end()) continue;
    std::vector<double>& p = static_points_[ci];
    p = it->second;
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
    numeric_candidates(rules_.criteria[ci], p, static_candidates_[ci]);
  }
}

Answers Engine::answers_of(const Profile& profile) {
  Answers a;
  for (const auto& [id, ans] : profile.answers) a[id] = ans.value;
  return a;
}

expr::Slots Engine::slots(const Answers& given) const {
  expr::Slots s = answer_slots(given);
  derive(s);
  return s;
}

expr::Slots Engine::answer_slots(const Answers& given) const {
  expr::Slots s = defaults_;
  for (const auto& [id, v] : given) {
    int i = rules_.criterion_index(id);
    if (i >= 0) s[static_cast<std::size_t>(i)] = v;
  }
  return s;
}

// The cost inputs, from the slots of their criteria.
CostInputs Engine::cost_inputs(const expr::Slots& s) const {
  std::vector<const expr::Value*> inputs(cost_inputs_.size(), nullptr);
  for (std::size_t i = 0; i < cost_inputs_.size(); ++i)
    if (cost_inputs_[i] >= 0) inputs[i] = &s[static_cast<std::size_t>(cost_inputs_[i])];
  return read_cost_inputs(inputs);
}

// Fills the derived cost figures that some rule reads: one estimate from
// the cost inputs' slots.
void Engine::derive(expr::Slots& s) const {
  if (read_figures_.empty()) return;
  derive(s, cost_inputs(s));
}

void Engine::derive(expr::Slots& s, const CostInputs& in) const {
  // derived_ids_ is cost_figure_ids(), in order.
  constexpr std::size_t kOnStack = 32;
  double on_stack[kOnStack];
  std::vector<double> on_heap(read_figures_.size() > kOnStack ? read_figures_.size() : 0);
  std::span<double> figures = on_heap.empty() ? std::span<double>(on_stack, read_figures_.size()) : on_heap;
  estimate_figures(rules_.cost, in, read_figures_, figures);
  for (std::size_t k = 0; k < read_figures_.size(); ++k) set_figure(s, read_figures_[k], figures[k]);
}

void Engine::derive(expr::Slots& s, const CostEstimate& e) const {
  for (std::size_t i : read_figures_) set_figure(s, i, cost_figure(e, i));
}

void Engine::set_figure(expr::Slots& s, std::size_t figure, double v) const {
  s[criteria_ + figure] = std::isfinite(v) ? expr::Value::of_number(v) : expr::Value{};
}

void Engine::count(std::size_t rule, int sign, std::vector<int>& scores, std::vector<int>& exclusions) const {
  for (const auto& [o, points] : effects_[rule].score) scores[o] += sign * points;
  for (std::size_t o : effects_[rule].exclude) exclusions[o] += sign;
}

int Engine::decider(const std::vector<char>& fired, const std::vector<int>& exclusions) const {
  for (std::size_t r : decide_rules_) {
    if (!fired[r]) continue;
    const Effects& fx = effects_[r];
    if (fx.decide_none || exclusions[static_cast<std::size_t>(fx.decide)] == 0) return static_cast<int>(r);
  }
  return -1;
}

int Engine::pick(const std::vector<char>& fired, const std::vector<int>& scores,
                 const std::vector<int>& exclusions) const {
  if (int r = decider(fired, exclusions); r >= 0) return effects_[static_cast<std::size_t>(r)].decide;
  int win = -1;
  for (std::size_t o = 0; o < scores.size(); ++o) {
    if (exclusions[o] > 0) continue;
    if (win < 0 || scores[o] > scores[static_cast<std::size_t>(win)]) win = static_cast<int>(o);
  }
  return win;
}

Decision Engine::tally(const std::vector<char>& fired, const expr::Slots& slots, const Answers& given,
                       const signed char* leaves) const {
  Decision d;
  d.scores.assign(rules_.options.size(), 0);
  std::vector<int> exclusions(rules_.options.size(), 0);
  for (std::size_t r = 0; r < effects_.size(); ++r)
    if (fired[r]) count(r, 1, d.scores, exclusions);
  for (int n : exclusions) d.excluded.push_back(n > 0);
  int decided = decider(fired, exclusions);
  d.decided_rule = decided;
  if (decided >= 0) d.decided_by = rules_.rules[static_cast<std::size_t>(decided)].id;
  int win = pick(fired, d.scores, exclusions);
  d.recommendation = win < 0 ? "none" : rules_.options[static_cast<std::size_t>(win)].id;
  rate(d, win, decided, fired, slots, given, leaves);
  return d;
}

void Engine::rate(Decision& d, int winner, int decided, const std::vector<char>& fired, const expr::Slots& slots,
                  const Answers& given, const signed char* leaves) const {
  int level = 2;  // high
  std::vector<std::string> why;
  auto lower = [&](int to, std::string reason) {
    level = std::min(level, to);
    if (std::find(why.begin(), why.end(), reason) == why.end()) why.push_back(std::move(reason));
  };
  const std::size_t n = d.scores.size();
  if (winner < 0) {
    const Rule* by = decided >= 0 ? &rules_.rules[static_cast<std::size_t>(decided)] : nullptr;
    lower(0, by && !by->confidence_because.empty() ? by->confidence_because : "no option fits");
  } else if (decided >= 0) {
    const Rule& by = rules_.rules[static_cast<std::size_t>(decided)];
    if (by.confidence) lower(*by.confidence == "low" ? 0 : 1, by.confidence_because);
  } else {
    // Points: the margin between the winner and the best other option.
    int runner = -1;
    for (std::size_t i = 0; i < n; ++i) {
      if (d.excluded[i] || static_cast<int>(i) == winner) continue;
      if (runner < 0 || d.scores[i] > d.scores[static_cast<std::size_t>(runner)]) runner = static_cast<int>(i);
    }
    if (runner >= 0) {
      const std::size_t w = static_cast<std::size_t>(winner), r = static_cast<std::size_t>(runner);
      int margin = d.scores[w] - d.scores[r];
      if (margin == 0)
        lower(0, fmt::format("{} and {} tie on {:+d} points; the tie goes to {}, declared first", rules_.options[w].id,
                             rules_.options[r].id, d.scores[w], rules_.options[w].id));
      else if (margin < rules_.settings.confidence_medium)
        lower(0, fmt::format("{} leads {} by only {} point{}", rules_.options[w].id, rules_.options[r].id, margin,
                             margin == 1 ? "" : "s"));
      else if (margin < rules_.settings.confidence_high)
        lower(1, fmt::format("{} leads {} by {} points", rules_.options[w].id, rules_.options[r].id, margin));
    }
  }
  // Traps about the recommendation.
  if (winner >= 0) {
    const std::string& pick = rules_.options[static_cast<std::size_t>(winner)].id;
    for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
      const Rule& rule = rules_.rules[r];
      if (!fired[r] || !rule.warn || *rule.warn == Severity::info) continue;
      if (!rule.about.empty() && std::find(rule.about.begin(), rule.about.end(), pick) == rule.about.end()) continue;
      bool error = *rule.warn == Severity::error;
      lower(error ? 0 : 1, fmt::format("{} '{}' concerns {}", error ? "an error" : "a warning", rule.id, pick));
    }
  }
  // Required answers the decision rests on that were not given: those read
  // by the decide rules up to the deciding one and by the rules that
  // exclude (or may exclude) the options they name. One read by the
  // deciding rule itself makes the confidence low.
  std::vector<char> relevant(rules_.rules.size(), 0), own(criteria_, 0);
  for (std::size_t r : decide_rules_) {
    relevant[r] = 1;
    const Effects& fx = effects_[r];
    if (fx.decide >= 0 && (static_cast<int>(r) == decided || fired[r]))
      for (std::size_t x : excluders_[static_cast<std::size_t>(fx.decide)]) relevant[x] = 1;
    if (static_cast<int>(r) == decided) {
      for (std::size_t ci : reads_[r]) own[ci] = 1;
      break;
    }
  }
  if (decided < 0)
    for (std::size_t r = 0; r < rules_.rules.size(); ++r)
      if (!effects_[r].score.empty() || !effects_[r].exclude.empty()) relevant[r] = 1;
  // The required answers not given; a relevant rule counts them only when
  // some values of them, taken together, could change its truth given its
  // other conditions (`problem in ['knowledge']` is false for a behavior
  // problem, so what such a rule reads besides does not matter).
  std::uint64_t unanswered = 0;
  std::vector<char> missing_ci(criteria_, 0);
  for (std::size_t ci = 0; ci < criteria_; ++ci) {
    const Criterion& c = rules_.criteria[ci];
    if (c.default_value || c.optional || given.count(c.id)) continue;
    if (c.ask_when && !expr::holds(*c.ask_when, slots)) continue;
    missing_ci[ci] = 1;
    unanswered |= ci < 64 ? std::uint64_t{1} << ci : ~std::uint64_t{0};
  }
  std::vector<char> read(criteria_, 0), read_own(criteria_, 0);
  std::vector<signed char> truths;
  for (std::size_t r = 0; r < rules_.rules.size() && unanswered; ++r) {
    if (!relevant[r]) continue;
    bool reads_missing = false;
    for (std::size_t ci : reads_[r]) reads_missing = reads_missing || missing_ci[ci];
    if (!reads_missing) continue;
    const expr::Expr& when = rules_.rules[r].when;
    const signed char* rule_truths = leaves ? leaves + leaf_offsets_[r] : nullptr;
    if (!rule_truths) {
      truths.assign(expr::node_count(when), 0);
      expr::holds_filling(when, slots, truths.data());
      rule_truths = truths.data();
    }
    if (!expr::could_change(when, rule_truths, unanswered)) continue;
    for (std::size_t ci : reads_[r])
      if (missing_ci[ci]) (own[ci] ? read_own : read)[ci] = 1;
  }
  std::string missing_own, missing;
  for (std::size_t ci = 0; ci < criteria_; ++ci) {
    if (!read[ci] && !read_own[ci]) continue;
    (read_own[ci] ? missing_own : missing) += (missing_own.empty() && missing.empty() ? "" : ", ") + rules_.criteria[ci].id;
  }
  if (!missing_own.empty() || !missing.empty()) {
    std::string all = missing_own + (missing_own.empty() || missing.empty() ? "" : ", ") + missing;
    lower(missing_own.empty() ? 1 : 0, "not answered: " + all);
  }
  d.confidence = level == 2 ? "high" : level == 1 ? "medium" : "low";
  d.confidence_reason.clear();
  for (const auto& w : why) {
    if (w.empty()) continue;
    if (!d.confidence_reason.empty()) d.confidence_reason += "; ";
    d.confidence_reason += w;
  }
}

std::vector<NextStep> Engine::next_steps(const Decision& d, const std::vector<char>& fired,
                                         const expr::Slots& text_slots) const {
  std::vector<NextStep> out;
  const int decided = d.decided_rule;
  auto add = [&](std::size_t r, const std::string& unlocks) {
    const Rule& rule = rules_.rules[r];
    for (const auto& s : out)
      if (s.rule == rule.id) return;
    NextStep s;
    s.text = interpolate(rules_, rule.step, text_slots);
    if (!unlocks.empty() && !rule.unlock.empty()) {
      s.criterion = rule.unlock.front().criterion;
      s.target = interpolate(rules_, rule.unlock.front().target, text_slots);
      s.unlocks = unlocks;
    }
    s.rule = rule.id;
    s.source = rule.source;
    out.push_back(std::move(s));
  };
  // Actions for the recommendation: the deciding rule's step, then the steps
  // of the other rules that fired about it.
  if (decided >= 0 && !rules_.rules[static_cast<std::size_t>(decided)].step.empty())
    add(static_cast<std::size_t>(decided), "");
  for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
    const Rule& rule = rules_.rules[r];
    if (!fired[r] || rule.step.empty() || !rule.exclude.empty() || rule.decide) continue;
    if (!rule.about.empty() && std::find(rule.about.begin(), rule.about.end(), d.recommendation) == rule.about.end())
      continue;
    add(r, "");
  }
  // Held back: the options of decide rules that fired before the deciding
  // one but were excluded; each gate's step, in rule order.
  for (std::size_t r : decide_rules_) {
    if (decided >= 0 && static_cast<int>(r) >= decided) break;
    const Effects& fx = effects_[r];
    if (!fired[r] || fx.decide < 0) continue;
    const std::string& held = rules_.options[static_cast<std::size_t>(fx.decide)].id;
    for (std::size_t x : excluders_[static_cast<std::size_t>(fx.decide)])
      if (fired[x] && !rules_.rules[x].step.empty()) add(x, held);
  }
  return out;
}

Decision Engine::decide(const Answers& given) const {
  expr::Slots s = slots(given);
  std::vector<char> fired(rules_.rules.size(), 0);
  for (std::size_t i = 0; i < rules_.rules.size(); ++i)
    fired[i] = rules_.rules[i].enabled && expr::holds(rules_.rules[i].when, s);
  return tally(fired, s, given);
}

Result Engine::evaluate(const Profile& profile, const EvalOptions& options) const {
  Result res;
  res.file = profile.file;
  res.document = profile.document;
  res.project = profile.project;
  res.approach = profile.approach;
  res.given = answers_of(profile);
  const Answers& given = res.given;
  // The profile's one estimate: reported, and the source of the figures
  // rules read.
  expr::Slots s = answer_slots(given);
  if (!rules_.cost.empty()) {
    res.cost = estimate_cost(rules_.cost, cost_inputs(s));
    derive(s, *res.cost);
  }

  std::vector<char> fired(rules_.rules.size(), 0);
  // Without a trace, the truth of every condition's leaves is kept for the
  // trials of "what would change the answer".
  std::vector<signed char> leaves;
  if (!options.trace && options.would_change) leaves.assign(leaf_total_, 0);
  for (std::size_t i = 0; i < rules_.rules.size(); ++i) {
    const Rule& r = rules_.rules[i];
    if (!leaves.empty()) {
      fired[i] = r.enabled && expr::holds_filling(r.when, s, leaves.data() + leaf_offsets_[i]);
    } else if (options.trace) {
      RuleTrace t;
      t.rule = r.id;
      t.enabled = r.enabled;
      t.effect = r.effect_summary();
      if (r.enabled) {
        expr::Evaluation ev = expr::evaluate(r.when, s);
        fired[i] = ev.value.kind == expr::Value::Kind::boolean && ev.value.boolean;
        t.conditions = std::move(ev.conditions);
        t.tree = std::move(ev.tree);
      }
      t.fired = fired[i];
      res.trace.push_back(std::move(t));
    } else {
      fired[i] = r.enabled && expr::holds(r.when, s);
    }
  }
  res.decision = tally(fired, s, given, leaves.empty() ? nullptr : leaves.data());

  // Texts read the answers from the slots, and the derived figures from
  // the profile's estimate: slots with every figure of it, made only when a
  // rule that fired has a text that reads one.
  char placeholders = 0;
  for (std::size_t i = 0; i < rules_.rules.size(); ++i)
    if (fired[i]) placeholders = std::max(placeholders, placeholders_[i]);
  expr::Slots with_figures;
  if (placeholders == 2) {
    with_figures.assign(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(criteria_));
    if (!rules_.cost.empty())
      for (std::size_t k = 0; k < cost_figure_ids().size(); ++k) {
        double v = res.cost ? cost_figure(*res.cost, k) : kUnknown;
        with_figures.push_back(known(v) ? expr::Value::of_number(v) : expr::Value{});
      }
  }
  const expr::Slots& e = placeholders == 2 ? with_figures : s;
  for (std::size_t i = 0; i < rules_.rules.size(); ++i) {
    if (!fired[i]) continue;
    const Rule& r = rules_.rules[i];
    std::string text = interpolate(rules_, r.text, e);
    // Effects other than the warning are the rule's reasons.
    // A decide rule whose option was excluded did not decide: the gate that
    // held it back says why, and the next steps say what lifts it.
    bool held = r.decide && r.id != res.decision.decided_by;
    if ((r.decide && !held) || !r.score.empty() || !r.exclude.empty())
      res.reasons.push_back({r.id, reason_effects_[i], text, r.source});
    for (const auto& o : r.exclude) {
      bool seen = std::any_of(res.excluded.begin(), res.excluded.end(), [&](const Exclusion& x) { return x.option == o; });
      if (!seen) res.excluded.push_back({o, r.id, text});
    }
    if (r.warn) res.warnings.push_back({r.id, *r.warn, text, r.source, r.about});
  }
  res.next_steps = next_steps(res.decision, fired, e);
  if (res.decision.recommendation == "none" && res.decision.decided_by.empty()) {
    std::string which;
    for (const auto& x : res.excluded) which += (which.empty() ? "" : ", ") + x.option + " (" + x.rule + ")";
    res.warnings.push_back({"", Severity::error, "every option is excluded: " + which, "", {}});
  }
  for (std::size_t i = 0; i < criteria_; ++i) {
    const Criterion& c = rules_.criteria[i];
    if (given.count(c.id)) continue;
    if (c.ask_when && !expr::holds(*c.ask_when, s)) continue;  // the question does not apply
    res.assumed.push_back({c.id, defaults_[i]});
  }
  if (options.would_change) res.would_change =
        would_change(std::move(s), fired, std::move(leaves), res.cost ? res.cost->inputs : CostInputs{});
  return res;
}

}  // namespace ragft
