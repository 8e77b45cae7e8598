// Evaluating rules against answers: the decision, its explanation, and the
// search for the smallest single change of answer that changes it.
#include "ragft/engine.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

namespace ragft {

namespace {

std::string confidence_for(const RuleSet& rules, const Decision& d, int winner) {
  if (!d.decided_by.empty()) return "high";
  if (winner < 0) return "low";
  int runner = -1;
  for (std::size_t i = 0; i < d.scores.size(); ++i) {
    if (d.excluded[i] || static_cast<int>(i) == winner) continue;
    if (runner < 0 || d.scores[i] > d.scores[static_cast<std::size_t>(runner)]) runner = static_cast<int>(i);
  }
  if (runner < 0) return "high";
  int margin = d.scores[static_cast<std::size_t>(winner)] - d.scores[static_cast<std::size_t>(runner)];
  if (margin >= rules.settings.confidence_high) return "high";
  if (margin >= rules.settings.confidence_medium) return "medium";
  return "low";
}

}  // namespace

Engine::Engine(const RuleSet& rules) : rules_(rules), criteria_(rules.criteria.size()) {
  std::vector<expr::Variable> vars = rules_.variables();
  defaults_.resize(vars.size());
  for (std::size_t i = 0; i < criteria_; ++i)
    if (rules_.criteria[i].default_value) defaults_[i] = *rules_.criteria[i].default_value;
  readers_.resize(vars.size());
  effects_.resize(rules_.rules.size());
  for (std::size_t r = 0; r < rules_.rules.size(); ++r) {
    const Rule& rule = rules_.rules[r];
    Effects& fx = effects_[r];
    if (rule.decide) fx.decide = rules_.option_index(*rule.decide);
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
}

Answers Engine::answers_of(const Profile& profile) {
  Answers a;
  for (const auto& [id, ans] : profile.answers) a[id] = ans.value;
  return a;
}

expr::Env Engine::env(const Answers& given) const {
  expr::Env base = [this, &given](const std::string& id) -> expr::Value {
    if (auto it = given.find(id); it != given.end()) return it->second;
    if (const Criterion* c = rules_.criterion(id); c && c->default_value) return *c->default_value;
    return {};
  };
  return with_cost_figures(rules_, std::move(base));  // the derived cost_* figures, when rules read them
}

expr::Slots Engine::slots(const Answers& given) const {
  expr::Slots s = defaults_;
  for (const auto& [id, v] : given) {
    int i = rules_.criterion_index(id);
    if (i >= 0) s[static_cast<std::size_t>(i)] = v;
  }
  derive(s);
  return s;
}

// Fills the derived cost figures, when some rule reads them.
void Engine::derive(expr::Slots& s) const {
  if (cost_readers_.empty()) return;
  expr::Env base = [this, &s](const std::string& id) -> expr::Value {
    int i = rules_.criterion_index(id);
    return i < 0 ? expr::Value{} : s[static_cast<std::size_t>(i)];
  };
  expr::Env e = with_cost_figures(rules_, std::move(base));
  std::vector<expr::Variable> vars = rules_.variables();
  for (std::size_t i = criteria_; i < vars.size(); ++i) s[i] = e(vars[i].id);
}

Decision Engine::tally(const std::vector<char>& fired) const {
  Decision d;
  d.scores.assign(rules_.options.size(), 0);
  d.excluded.assign(rules_.options.size(), false);
  int decided = -1;
  for (std::size_t i = 0; i < effects_.size(); ++i) {
    if (!fired[i]) continue;
    const Effects& fx = effects_[i];
    if (fx.decide >= 0 && decided < 0) {
      decided = fx.decide;
      d.decided_by = rules_.rules[i].id;
    }
    for (const auto& [o, points] : fx.score) d.scores[o] += points;
    for (std::size_t o : fx.exclude) d.excluded[o] = true;
  }
  int winner = decided;
  if (winner < 0)
    for (std::size_t i = 0; i < d.scores.size(); ++i) {
      if (d.excluded[i]) continue;
      if (winner < 0 || d.scores[i] > d.scores[static_cast<std::size_t>(winner)]) winner = static_cast<int>(i);
    }
  d.recommendation = winner < 0 ? "none" : rules_.options[static_cast<std::size_t>(winner)].id;
  d.confidence = confidence_for(rules_, d, winner);
  return d;
}

Decision Engine::decide(const Answers& given) const {
  expr::Slots s = slots(given);
  std::vector<char> fired(rules_.rules.size(), 0);
  for (std::size_t i = 0; i < rules_.rules.size(); ++i)
    fired[i] = rules_.rules[i].enabled && expr::holds(rules_.rules[i].when, s);
  return tally(fired);
}

Result Engine::evaluate(const Profile& profile, const EvalOptions& options) const {
  Result res;
  res.file = profile.file;
  res.document = profile.document;
  res.project = profile.project;
  res.approach = profile.approach;
  res.given = answers_of(profile);
  const Answers& given = res.given;
  expr::Slots s = slots(given);

  std::vector<char> fired(rules_.rules.size(), 0);
  for (std::size_t i = 0; i < rules_.rules.size(); ++i) {
    const Rule& r = rules_.rules[i];
    if (options.trace) {
      RuleTrace t;
      t.rule = r.id;
      t.enabled = r.enabled;
      t.effect = r.effect_summary();
      if (r.enabled) {
        expr::Evaluation ev = expr::evaluate(r.when, s);
        fired[i] = ev.value.kind == expr::Value::Kind::boolean && ev.value.boolean;
        t.conditions = std::move(ev.conditions);
      }
      t.fired = fired[i];
      res.trace.push_back(std::move(t));
    } else {
      fired[i] = r.enabled && expr::holds(r.when, s);
    }
  }
  res.decision = tally(fired);

  expr::Env e = env(given);
  for (std::size_t i = 0; i < rules_.rules.size(); ++i) {
    if (!fired[i]) continue;
    const Rule& r = rules_.rules[i];
    std::string text = interpolate(rules_, r.text, e);
    if (r.decide || !r.score.empty() || !r.exclude.empty()) {
      // Effects other than the warning are the rule's reasons.
      Rule effects = r;
      effects.warn.reset();
      res.reasons.push_back({r.id, effects.effect_summary(), text, r.source});
    }
    for (const auto& o : r.exclude) {
      bool seen = std::any_of(res.excluded.begin(), res.excluded.end(), [&](const Exclusion& x) { return x.option == o; });
      if (!seen) res.excluded.push_back({o, r.id, text});
    }
    if (r.warn) res.warnings.push_back({r.id, *r.warn, text, r.source, r.about});
  }
  if (res.decision.recommendation == "none") {
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
  res.cost = estimate_cost(rules_, e);
  if (options.would_change) res.would_change = would_change(given, s, fired, res.decision);
  return res;
}

namespace {

// Candidate values for a numeric criterion around each breakpoint.
std::vector<double> numeric_candidates(const Criterion& c, const std::vector<double>& points) {
  std::set<double> out;
  for (double b : points) {
    if (!std::isfinite(b)) continue;
    std::vector<double> around;
    if (c.type == CriterionType::fraction) {
      double q = std::round(b * 1000) / 1000;
      around = {q - 0.01, q - 0.001, q, q + 0.001, q + 0.01};
    } else if (std::floor(b) == b) {
      around = {b - 1, b, b + 1};
    } else {
      around = {std::floor(b), std::ceil(b)};
    }
    for (double v : around) {
      if (c.type == CriterionType::integer || (c.type == CriterionType::number && std::floor(b) != b))
        v = std::round(v);
      if (c.type == CriterionType::fraction) v = std::round(v * 1000) / 1000;
      if (c.above && !(v > *c.above)) continue;
      if (c.min && v < *c.min) continue;
      if (c.max && v > *c.max) continue;
      out.insert(v);
    }
  }
  return {out.begin(), out.end()};
}

}  // namespace

std::vector<WouldChange> Engine::would_change(const Answers& given, const expr::Slots& base_slots,
                                              const std::vector<char>& base_fired, const Decision& current) const {
  std::vector<WouldChange> out;
  expr::Env base = env(given);
  std::map<std::string, std::vector<double>> points;
  for (const auto& r : rules_.rules)
    if (r.enabled) expr::breakpoints(r.when, base, points);

  // The recommendation with criterion `ci` set to v: only the rules that read
  // it (and the derived cost figures) are evaluated again.
  expr::Slots trial = base_slots;
  std::vector<char> fired = base_fired;
  auto outcome = [&](std::size_t ci, const expr::Value& v) {
    trial[ci] = v;
    if (!cost_readers_.empty()) derive(trial);
    for (std::size_t r : readers_[ci]) fired[r] = expr::holds(rules_.rules[r].when, trial);
    for (std::size_t r : cost_readers_) fired[r] = expr::holds(rules_.rules[r].when, trial);
    std::string rec = tally(fired).recommendation;
    trial[ci] = base_slots[ci];
    for (std::size_t r : readers_[ci]) fired[r] = base_fired[r];
    for (std::size_t r : cost_readers_) fired[r] = base_fired[r];
    if (!cost_readers_.empty())
      for (std::size_t i = criteria_; i < trial.size(); ++i) trial[i] = base_slots[i];
    return rec;
  };

  for (std::size_t ci = 0; ci < criteria_; ++ci) {
    const Criterion& c = rules_.criteria[ci];
    // An input only the cost estimate reads cannot change the decision (unless rules read cost figures).
    if (cost_readers_.empty() && readers_[ci].empty()) continue;
    const expr::Value& now = base_slots[ci];
    if (c.type == CriterionType::choice || c.type == CriterionType::yesno) {
      std::vector<expr::Value> values;
      if (c.type == CriterionType::yesno) {
        values = {expr::Value::of_bool(true), expr::Value::of_bool(false)};
      } else {
        for (const auto& ch : c.choices) values.push_back(expr::Value::of_text(ch.id));
      }
      for (const auto& v : values) {
        if (v == now) continue;
        std::string rec = outcome(ci, v);
        if (rec == current.recommendation) continue;
        std::string shown = c.type == CriterionType::yesno ? (v.boolean ? "yes" : "no") : "'" + v.text + "'";
        out.push_back({c.id, "= " + shown, v, rec});
        break;
      }
      continue;
    }
    auto it = points.find(c.id);
    if (it == points.end()) continue;
    std::vector<double> candidates = numeric_candidates(c, it->second);
    double origin = now.is_missing() ? (candidates.empty() ? 0 : candidates.front()) : now.number;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](double a, double b) { return std::fabs(a - origin) < std::fabs(b - origin); });
    for (double v : candidates) {
      if (!now.is_missing() && v == now.number) continue;
      std::string rec = outcome(ci, expr::Value::of_number(v));
      if (rec == current.recommendation) continue;
      // Name the threshold crossed: the breakpoint nearest to v between the
      // current value and v.
      double threshold = v;
      double best = INFINITY;
      for (double b : it->second) {
        bool between = now.is_missing() || (v < now.number ? (b >= v && b <= now.number) : (b <= v && b >= now.number));
        if (between && std::fabs(b - v) < best) {
          best = std::fabs(b - v);
          threshold = b;
        }
      }
      std::string rel;
      if (!now.is_missing()) rel = v < now.number ? (v < threshold ? "<" : "<=") : (v > threshold ? ">" : ">=");
      else rel = v < threshold ? "<" : v > threshold ? ">" : "=";
      if (rel == "=") {
        // Unanswered: say on which side of the threshold the change lies.
        std::string below = outcome(ci, expr::Value::of_number(v - (c.type == CriterionType::fraction ? 0.001 : 1)));
        rel = below == rec ? "<=" : ">=";
      }
      out.push_back({c.id, rel + " " + expr::format_number(threshold), expr::Value::of_number(v), rec});
      break;
    }
  }
  return out;
}

}  // namespace ragft
