// "What would change the answer": for each criterion, the nearest answer
// that changes the recommendation, found by re-deciding with that answer
// only where it can matter (the rules that read it, and the cost figures it
// moves), and stated at its exact boundary.
#include <algorithm>
#include <cmath>
#include <span>

#include "ragft/engine.h"

namespace ragft {

namespace {

// The working space of one search, so that a trial allocates nothing.
struct Scratch {
  std::vector<char> fired, tried;
  std::vector<int> scores, exclusions, work;
  std::vector<std::size_t> changed, open;
  std::vector<std::uint64_t> sensitive;
  std::vector<double> merged_points, merged_candidates, candidates, stays;
};

// The claim for a numeric criterion whose value `flip` changes the answer
// from `stay` (the option winning now): its exact boundary on the
// criterion's grid (whole numbers; thousandths for a fraction), found by
// bisection between a value that keeps the answer and `flip`, so that the
// value stated changes the answer and the next one toward the current
// answer keeps it: "< 500" (499 changes it, 500 keeps it) or ">= 0.95"
// (0.95 changes it, 0.949 keeps it). `outcome(x)`: the winner with the
// criterion at x.
template <typename Outcome, typename Name>
WouldChange exact_boundary(const Criterion& c, const expr::Value& now, double flip, const std::vector<double>& stays,
                           const Outcome& outcome, int stay, const Name& name) {
  const double scale = c.type == CriterionType::fraction ? 1000 : 1;
  // A value that keeps the answer, as near to `flip` as is known: of the
  // values tried that kept it (`stays`), the nearest on the current
  // answer's side (the current one itself when answered; the search then
  // usually starts one step wide).
  double keep = now.is_missing() ? NAN : now.number;
  for (double x : stays) {
    bool between = now.is_missing() || (flip < now.number ? x > flip && x <= now.number : x < flip && x >= now.number);
    if (between && (std::isnan(keep) || std::fabs(x - flip) < std::fabs(keep - flip))) keep = x;
  }
  // No value keeps it: answering at all changes the answer.
  if (std::isnan(keep)) return {c.id, "answered", expr::Value::of_number(flip), name(outcome(flip))};
  double lo = std::round(keep * scale), hi = std::round(flip * scale);  // grid steps: lo keeps, hi changes
  if (lo == hi) lo = hi + (keep < flip ? -1 : 1);
  while (std::fabs(hi - lo) > 1) {
    double mid = lo + std::trunc((hi - lo) / 2);
    (outcome(mid / scale) == stay ? lo : hi) = mid;
  }
  // Of the two ways to say it ("< 1000" or "<= 999"; ">= 0.9" or "> 0.899"),
  // the one whose number is rounder.
  auto zeros = [](double steps) {
    int n = 0;
    for (double x = std::fabs(steps); x >= 10 && std::fmod(x, 10) == 0; x /= 10) ++n;
    return n;
  };
  const bool by_keeps = zeros(lo) > zeros(hi);
  const double changes = hi / scale, keeps = lo / scale;
  std::string condition = changes < keeps ? (by_keeps ? "< " : "<= ") : (by_keeps ? "> " : ">= ");
  condition += expr::format_number(by_keeps ? keeps : changes);
  return {c.id, std::move(condition), expr::Value::of_number(changes), name(outcome(changes))};
}

}  // namespace

// Candidate values for a numeric criterion around each breakpoint, into out.
void Engine::numeric_candidates(const Criterion& c, const std::vector<double>& points, std::vector<double>& out) {
  out.clear();
  for (double b : points) {
    if (!std::isfinite(b)) continue;
    double around[5];
    std::size_t n = 0;
    if (c.type == CriterionType::fraction) {
      double q = std::round(b * 1000) / 1000;
      for (double v : {q - 0.01, q - 0.001, q, q + 0.001, q + 0.01}) around[n++] = v;
    } else if (std::floor(b) == b) {
      for (double v : {b - 1, b, b + 1}) around[n++] = v;
    } else {
      around[n++] = std::floor(b);
      around[n++] = std::ceil(b);
    }
    for (double v : std::span<const double>(around, n)) {
      if (c.type == CriterionType::integer || (c.type == CriterionType::number && std::floor(b) != b))
        v = std::round(v);
      if (c.type == CriterionType::fraction) v = std::round(v * 1000) / 1000;
      if (c.above && !(v > *c.above)) continue;
      if (c.min && v < *c.min) continue;
      if (c.max && v > *c.max) continue;
      out.push_back(v);
    }
  }
  // Sorted and unique; of equal values (0 and -0) the first one stays.
  std::stable_sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

bool Engine::could_change(const std::vector<std::size_t>& open, const std::vector<char>& fired,
                          const std::vector<int>& scores, const std::vector<int>& exclusions, int winner,
                          std::vector<int>& work) const {
  if (open.empty()) return false;
  // A decide rule that may start or stop firing at or before the one that
  // decides now: anything may happen. Otherwise the deciding rule keeps
  // deciding.
  const int decided = decider(fired, exclusions);
  if (winner < 0) return true;  // no option fits: leave it to the trials
  for (std::size_t r : open) {
    const Effects& fx = effects_[r];
    if ((fx.decide >= 0 || fx.decide_none) && (decided < 0 || static_cast<int>(r) <= decided)) return true;
    if (decided < 0 || fx.exclude.empty()) continue;
    // An exclusion that may start holding back the deciding option, or stop
    // holding back an earlier decide rule's.
    for (std::size_t o : fx.exclude) {
      if (!fired[r] && static_cast<int>(o) == winner) return true;
      if (fired[r])
        for (std::size_t d : decide_rules_) {
          if (static_cast<int>(d) >= decided) break;
          if (fired[d] && effects_[d].decide == static_cast<int>(o)) return true;
        }
    }
  }
  if (decided >= 0) return false;
  // The scores: the winner's lowest and every other option's highest, each
  // open rule counted at its worst for the winner.
  const std::size_t w = static_cast<std::size_t>(winner);
  const std::size_t n = scores.size();
  work.assign(3 * n, 0);
  int* gain = work.data();
  int* loss = gain + n;
  int* freed = loss + n;
  for (std::size_t r : open) {
    const Effects& fx = effects_[r];
    for (const auto& [o, points] : fx.score) {
      int delta = fired[r] ? -points : points;  // what changing the rule's truth does
      (delta > 0 ? gain[o] : loss[o]) += std::abs(delta);
    }
    for (std::size_t o : fx.exclude) {
      if (!fired[r] && o == w) return true;  // the winner may be excluded
      if (fired[r]) ++freed[o];
    }
  }
  const int lowest = scores[w] - loss[w];
  for (std::size_t o = 0; o < n; ++o) {
    if (o == w || exclusions[o] - freed[o] > 0) continue;
    int highest = scores[o] + gain[o];
    if (highest > lowest || (highest == lowest && o < w)) return true;
  }
  return false;
}

std::string Engine::error_trap(int option, const std::vector<char>& fired) const {
  if (option < 0) return {};
  const std::string& id = rules_.options[static_cast<std::size_t>(option)].id;
  for (std::size_t r : error_rules_) {
    const Rule& rule = rules_.rules[r];
    if (fired[r] && (rule.about.empty() || std::find(rule.about.begin(), rule.about.end(), id) != rule.about.end()))
      return rule.id;
  }
  return {};
}

std::vector<WouldChange> Engine::would_change(expr::Slots trial, const std::vector<char>& base_fired,
                                              std::vector<signed char> leaves, const CostInputs& base_inputs) const {
  std::vector<WouldChange> out;
  if (leaves.empty()) {
    leaves.assign(leaf_total_, 0);
    for (std::size_t r = 0; r < rules_.rules.size(); ++r)
      if (rules_.rules[r].enabled) expr::holds_filling(rules_.rules[r].when, trial, leaves.data() + leaf_offsets_[r]);
  }

  // The winning option with criterion `ci` set to v: only the rules that read
  // it (and the derived cost figures) are evaluated again, and only the
  // rules whose truth changed are taken off or added to the base tally.
  // A trial sets one criterion in `trial` and puts its answer back (and
  // the derived cost figures, which move with it).
  expr::Value now;  // the answer of the criterion being tried
  // The figures rules read, as answered: a trial that moves them changes
  // one of `base_inputs` and derives them again.
  std::vector<expr::Value> base_figures;
  for (std::size_t i : read_figures_) base_figures.push_back(trial[criteria_ + i]);
  Scratch scratch;
  std::vector<char>& fired = scratch.fired;
  fired.assign(base_fired.begin(), base_fired.end());
  std::vector<int>& scores = scratch.scores;
  std::vector<int>& exclusions = scratch.exclusions;
  scores.assign(rules_.options.size(), 0);
  exclusions.assign(rules_.options.size(), 0);
  for (std::size_t r = 0; r < effects_.size(); ++r)
    if (base_fired[r]) count(r, 1, scores, exclusions);
  const int now_winner = pick(base_fired, scores, exclusions);
  std::vector<std::size_t>& changed = scratch.changed;
  // The rules whose truth may change with the criterion being tried; the
  // others keep their base truth whatever its value.
  std::vector<std::size_t>& open = scratch.open;
  std::vector<int>& work = scratch.work;  // could_change()'s
  std::vector<std::uint64_t>& sensitive = scratch.sensitive;  // per rule: expr::sensitive_slots
  sensitive.assign(rules_.rules.size(), 0);
  for (std::size_t r = 0; r < rules_.rules.size(); ++r)
    if (rules_.rules[r].enabled) sensitive[r] = expr::sensitive_slots(rules_.rules[r].when, leaves.data() + leaf_offsets_[r]);
  bool moves = false;  // whether the criterion being tried moves the derived figures
  // Without derived cost figures, a trial differs from the base in one slot:
  // only the leaves that read it are evaluated again.
  std::size_t trial_slot = 0;
  auto retest = [&](std::size_t r) {
    const expr::Expr& when = rules_.rules[r].when;
    // A rule reading none of the figures that moved sees only the one slot.
    const bool figures = moves && (rule_figures_[r] & figure_bits_[trial_slot]) != 0;
    char f = (!figures ? expr::holds_changed(when, trial, leaves.data() + leaf_offsets_[r], trial_slot)
                       : expr::holds(when, trial))
                 ? 1
                 : 0;
    if (f == fired[r]) return;
    fired[r] = f;
    changed.push_back(r);
  };
  std::string trap;  // the last trial's error_trap()
  CostInputs inputs;  // a trial's cost inputs (assigned, so that its strings keep their storage)
  auto outcome = [&](std::size_t ci, const expr::Value& v) {
    trial[ci] = v;
    trial_slot = ci;
    if (moves) {
      inputs = base_inputs;
      set_cost_input(inputs, static_cast<std::size_t>(cost_input_of_[ci]), &v);
      derive(trial, inputs);
    }
    changed.clear();
    for (std::size_t r : open) retest(r);
    for (std::size_t r : changed) count(r, fired[r] ? 1 : -1, scores, exclusions);
    int win = pick(fired, scores, exclusions);
    trap = error_trap(win, fired);
    for (std::size_t r : changed) {
      count(r, fired[r] ? -1 : 1, scores, exclusions);
      fired[r] = base_fired[r];
    }
    trial[ci] = now;
    if (moves)
      for (std::size_t k = 0; k < read_figures_.size(); ++k) trial[criteria_ + read_figures_[k]] = base_figures[k];
    return win;
  };
  auto option_name = [&](int win) {
    return win < 0 ? std::string("none") : rules_.options[static_cast<std::size_t>(win)].id;
  };

  std::vector<double>& merged_points = scratch.merged_points;
  std::vector<double>& merged_candidates = scratch.merged_candidates;
  for (std::size_t ci = 0; ci < criteria_; ++ci) {
    const Criterion& c = rules_.criteria[ci];
    // An input only the cost estimate reads cannot change the decision (unless rules read cost figures).
    moves = moves_figures_[ci] != 0;
    if (!moves && readers_[ci].empty()) continue;
    // Prices, token counts and the like (group: cost) are what-ifs for
    // `ragft cost`: the answer's own questions are tried here.
    if (c.group == "cost") continue;
    open.clear();
    if (!moves) {
      for (std::size_t r : readers_[ci])
        if (ci >= 64 || (sensitive[r] >> ci & 1)) open.push_back(r);
    } else {
      // The criterion moves the derived figures: a trial changes its own
      // slot and the figures' together, so a rule is open when some values
      // of all of them, taken together, may change its truth. The figures
      // are derived again only when an open rule reads one; otherwise the
      // trial is the one-slot trial of a criterion that moves nothing.
      const std::uint64_t together = (ci >= 64 ? ~std::uint64_t{0} : std::uint64_t{1} << ci) | figure_bits_[ci];
      bool figures_read = false;
      for (std::size_t r : trial_rules_[ci]) {
        // A rule that reads no figure the criterion moves reads the
        // criterion (trial_rules_), and sees one slot change.
        bool reads_figures = (rule_figures_[r] & figure_bits_[ci]) != 0;
        bool open_rule = reads_figures
                             ? expr::could_change(rules_.rules[r].when, leaves.data() + leaf_offsets_[r], together)
                             : ci >= 64 || (sensitive[r] >> ci & 1);
        if (!open_rule) continue;
        open.push_back(r);
        figures_read = figures_read || reads_figures;
      }
      moves = figures_read;
    }
    if (!could_change(open, base_fired, scores, exclusions, now_winner, work)) continue;
    now = trial[ci];
    if (c.type == CriterionType::choice || c.type == CriterionType::yesno) {
      for (const expr::Value& v : answer_values_[ci]) {
        if (v == now) continue;
        int win = outcome(ci, v);
        if (win == now_winner) continue;
        std::string shown = c.type == CriterionType::yesno ? (v.boolean ? "yes" : "no") : "'" + v.text + "'";
        out.push_back({c.id, "= " + shown, v, option_name(win), trap});
        break;
      }
      continue;
    }
    const std::vector<double>* points = &static_points_[ci];
    const std::vector<double>* candidate_list = &static_candidates_[ci];
    // Breakpoints that depend on this profile's answers (the others are
    // known since the engine was built).
    if (!varying_points_[ci].empty()) {
      merged_points.assign(static_points_[ci].begin(), static_points_[ci].end());
      for (std::size_t r : varying_points_[ci]) expr::breakpoints(rules_.rules[r].when, trial, ci, merged_points);
      std::sort(merged_points.begin(), merged_points.end());
      merged_points.erase(std::unique(merged_points.begin(), merged_points.end()), merged_points.end());
      numeric_candidates(c, merged_points, merged_candidates);
      points = &merged_points;
      candidate_list = &merged_candidates;
    }
    if (candidate_list->empty()) continue;
    std::vector<double>& candidates = scratch.candidates;
    candidates.assign(candidate_list->begin(), candidate_list->end());
    double origin = now.is_missing() ? candidates.front() : now.number;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](double a, double b) { return std::fabs(a - origin) < std::fabs(b - origin); });
    if (candidates.size() > kMaxTrialsPerCriterion) candidates.resize(kMaxTrialsPerCriterion);
    // The intervals between breakpoints (and the breakpoints themselves)
    // already tried, when the rules make every value in one interval alike.
    std::vector<char>& tried = scratch.tried;
    tried.assign(!moves && piecewise_constant_[ci] ? 2 * points->size() + 1 : 0, 0);
    auto interval = [&](double x) {
      auto at = std::lower_bound(points->begin(), points->end(), x);
      std::size_t i = static_cast<std::size_t>(at - points->begin());
      return 2 * i + (at != points->end() && *at == x ? 1 : 0);
    };
    if (!tried.empty() && !now.is_missing()) tried[interval(now.number)] = 1;  // the current answer's interval
    std::vector<double>& stays = scratch.stays;  // the values tried that keep the answer
    stays.clear();
    for (double v : candidates) {
      if (!now.is_missing() && v == now.number) continue;
      if (!tried.empty() && std::fabs(v) < 1e15) {
        std::size_t k = interval(v);
        if (tried[k]) continue;
        tried[k] = 1;
      }
      int win = outcome(ci, expr::Value::of_number(v));
      if (win == now_winner) {
        stays.push_back(v);
        continue;
      }
      out.push_back(exact_boundary(c, now, v, stays, [&](double x) { return outcome(ci, expr::Value::of_number(x)); },
                                   now_winner, option_name));
      out.back().trap = trap;  // exact_boundary's last trial is the value it states
      break;
    }
  }
  return out;
}

}  // namespace ragft
