// The checks of a whole rule set once every layer is read (rules/
// rule_loader.h): compiling the conditions and the placeholders of texts,
// unknown options, the bound on points, and decide rules that can never
// fire or are never reached.
#include "rules/rule_loader.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include <fmt/format.h>

namespace ragft::detail {

// Reports an expression error at the exact character inside the YAML string.
void Loader::expr_error(std::size_t layer, const Node* n, const expr::Error& e) {
  // Past the shown diagnostics, only counted (as the readers do): locating
  // each one scans the text, which made thousands of them quadratic.
  yaml::Reader& r = readers_[layer];
  SourcePos pos = r.full() ? SourcePos{} : yaml::locate_in_scalar(r.text(), *n, e.offset);
  r.report_at(Severity::error, pos, e.message, e.hint, static_cast<int>(e.length));
}

std::optional<expr::Expr> Loader::compile_expr(std::size_t layer, const Node* n, const std::vector<expr::Variable>& vars) {
  expr::Limits limits;
  limits.hints = !yaml::too_many(diags_);  // past the cap, errors are only counted
  auto result = expr::compile(n->value, vars, expr::Type::boolean, limits);
  for (const auto& e : result.errors) expr_error(layer, n, e);
  return result.expr;
}

void Loader::check_option(std::size_t layer, const std::string& id, const Node* n) {
  if (set_.option_index(id) >= 0) return;
  at(Severity::error, n, fmt::format("unknown option '{}'", id), did_you_mean(id, set_.option_ids()), 0, layer);
}

// Placeholders in rule texts name criteria ({labeled_examples}) or are
// number expressions ({= 1000 - labeled_examples}), compiled here.
void Loader::check_placeholders(std::size_t layer, const Node* n, const std::string& text, const std::vector<expr::Variable>& vars) {
  std::size_t i = 0;
  yaml::Reader& r = readers_[layer];
  while ((i = text.find('{', i)) != std::string::npos) {
    std::size_t close = text.find('}', i);
    if (close == std::string::npos) break;
    std::string id = text.substr(i + 1, close - i - 1);
    if (!id.empty() && id[0] == '=') {
      std::string source = id.substr(1);
      if (!set_.text_exprs.count(source)) {
        auto result = expr::compile(source, vars, expr::Type::number);
        for (const auto& e : result.errors)
          r.report_at(Severity::error, r.full() ? SourcePos{} : yaml::locate_in_scalar(r.text(), *n, i + 2 + e.offset),
                      e.message, e.hint, static_cast<int>(e.length));
        if (result.expr) set_.text_exprs.emplace(source, *result.expr);
      }
    } else if (!set_.criterion(id)) {
      r.report_at(Severity::error, r.full() ? SourcePos{} : yaml::locate_in_scalar(r.text(), *n, i),
                  fmt::format("unknown criterion '{{{}}}' in text", id), did_you_mean(id, set_.criterion_ids()),
                  static_cast<int>(id.size() + 2));
    }
    i = close + 1;
  }
}

void Loader::compile() {
  auto vars = set_.variables();
  for (auto& c : set_.criteria) {
    auto it = criteria_extra_.find(c.id);
    if (it == criteria_extra_.end()) continue;
    c.ask_when = compile_expr(it->second.layer, it->second.ask_when_node, vars);
  }
  for (auto& p : rules_) {
    if (p.when_node && p.when_node->is_scalar())
      if (auto e = compile_expr(p.layer, p.when_node, vars)) p.rule.when = *e;
    for (const auto& [id, n] : p.option_refs) check_option(p.layer, id, n);
    if (p.text_node && p.text_node->is_scalar()) check_placeholders(p.layer, p.text_node, p.rule.text, vars);
    if (p.step_node && p.step_node->is_scalar()) check_placeholders(p.layer, p.step_node, p.rule.step, vars);
    for (std::size_t k = 0; k < p.unlock_nodes.size(); ++k) {
      const auto& [key, target] = p.unlock_nodes[k];
      if (!set_.criterion(key->value))
        at(Severity::error, key, fmt::format("unknown criterion '{}' in 'unlock'", key->value),
           did_you_mean(key->value, set_.criterion_ids()), 0, p.layer);
      if (target->is_scalar()) check_placeholders(p.layer, target, p.rule.unlock[k].target, vars);
    }
  }
  for (auto& p : rules_) set_.rules.push_back(p.rule);
}

// The points of every enabled rule, added up per option with their signs
// dropped, stay within limits_.max_total_points: every tally and every
// difference of two tallies then fits an int with room to spare
// (docs/limits.md). The rule whose points cross the bound is the error.
void Loader::check_total_points() {
  std::map<std::string, long long> total;
  std::set<std::string> reported;
  for (const auto& p : rules_) {
    if (!p.rule.enabled) continue;
    for (const auto& e : p.rule.score) {
      long long& t = total[e.option];
      t += e.points < 0 ? -static_cast<long long>(e.points) : e.points;
      if (t <= limits_.max_total_points || !reported.insert(e.option).second) continue;
      const Node* at_node = p.decide_node;
      for (const auto& [id, n] : p.option_refs)
        if (id == e.option) {
          at_node = n;
          break;
        }
      at(Severity::error, at_node,
         fmt::format("the points for '{}' add up to more than {} over all rules (rule '{}' crosses it)", e.option,
                     limits_.max_total_points, p.rule.id),
         "use smaller points: only their order and margins matter", 0, p.layer);
    }
  }
}

// The values a finite-domain criterion can take, missing included;
// nullptr for a numeric or text criterion. Built once per criterion.
const std::vector<expr::Value>* Loader::domain(const std::string& id) {
  auto [it, added] = domains_.try_emplace(id);
  if (!added) return it->second ? &*it->second : nullptr;
  const Criterion* c = set_.criterion(id);
  std::vector<expr::Value> values{expr::Value{}};
  if (c && c->type == CriterionType::yesno) {
    values.push_back(expr::Value::of_bool(true));
    values.push_back(expr::Value::of_bool(false));
  } else if (c && c->type == CriterionType::choice) {
    values.reserve(c->choices.size() + 1);
    for (const auto& ch : c->choices) values.push_back(expr::Value::of_text(ch.id));
  } else {
    return nullptr;
  }
  it->second = std::move(values);
  return &*it->second;
}

// A decide rule is unreachable when its condition can never hold, or when
// an earlier decide rule holds whenever it does. Proven by enumeration for
// conditions over choice and yes/no criteria; numeric conditions are only
// judged when constant.
//
// The work is bounded (docs/limits.md): one rule's enumeration covers at
// most kMaxCombinations answer combinations, and all of them together at
// most kEvaluationBudget units of evaluation (one per condition evaluated
// and per 32 bytes of its text). A rule past either bound
// gets only the cheap checks (a condition that is always false, an earlier
// rule that always holds or has the same condition): a report may be
// missed, never made wrongly, and no rule set costs more than the budget.
void Loader::check_decide_reachability() {
  // A decide rule whose option some rule may exclude is passed over when
  // it is, so only the others (and 'none') can shadow a later rule.
  std::set<std::string> excludable;
  for (const auto& p : rules_)
    if (p.rule.enabled)
      for (const auto& o : p.rule.exclude) excludable.insert(o);
  constexpr double kMaxCombinations = 20000;
  constexpr double kEvaluationBudget = 2000000;
  double budget = kEvaluationBudget;
  struct Earlier {
    const PendingRule* p;
    std::vector<std::string> ids;  // sorted
    bool finite;
    bool always = false;     // its condition is constantly true
    std::size_t hash = 0;    // of its condition's text
  };
  std::vector<Earlier> earlier;
  std::vector<std::string> ids;
  for (const auto& p : rules_) {
    if (!p.rule.enabled || !p.rule.decide) continue;
    const Rule& r = p.rule;
    auto report = [&](std::string msg, std::string hint) {
      at(Severity::error, p.decide_node, std::move(msg), std::move(hint), 0, p.layer);
    };
    Earlier self{&p, r.when.identifiers(), true};
    if (auto k = r.when.constant_value()) self.always = k->kind == expr::Value::Kind::boolean && k->boolean;
    self.hash = std::hash<std::string>{}(r.when.text());
    std::sort(self.ids.begin(), self.ids.end());
    self.ids.erase(std::unique(self.ids.begin(), self.ids.end()), self.ids.end());
    for (const auto& id : self.ids)
      if (!domain(id)) self.finite = false;
    if (auto k = r.when.constant_value(); k && k->kind == expr::Value::Kind::boolean && !k->boolean) {
      report(fmt::format("decide rule '{}' can never fire: its condition is always false", r.id),
             "remove the rule or fix its 'when'");
      if (!excludable.count(*r.decide)) earlier.push_back(std::move(self));
      continue;
    }
    // Identifiers involved: this rule's and those of every earlier decide
    // rule over finite domains (a rule shadowed by some of the earlier
    // rules is shadowed by all of them). Counting stops at the bound.
    std::vector<const Earlier*> finite_earlier;
    for (const auto& e : earlier)
      if (e.finite) finite_earlier.push_back(&e);
    double combos = 1;
    bool finite = self.finite;
    ids = self.ids;
    if (finite) {
      for (const auto& id : ids) combos *= static_cast<double>(domain(id)->size());
      for (const auto* e : finite_earlier) {
        if (combos > kMaxCombinations) break;
        for (const auto& id : e->ids) {
          auto at_id = std::lower_bound(ids.begin(), ids.end(), id);
          if (at_id != ids.end() && *at_id == id) continue;
          ids.insert(at_id, id);
          combos *= static_cast<double>(domain(id)->size());
        }
      }
    }
    // An evaluation costs about one unit per 32 bytes of its condition.
    auto weight = [](const Rule& x) { return 1.0 + static_cast<double>(x.when.text().size()) / 32; };
    double per_combination = weight(r);
    for (const auto* e : finite_earlier) per_combination += weight(e->p->rule);
    double cost = combos * per_combination;
    if (finite && combos <= kMaxCombinations && cost <= budget) {
      budget -= cost;
      std::vector<const std::vector<expr::Value>*> domains;
      domains.reserve(ids.size());
      for (const auto& id : ids) domains.push_back(domain(id));
      // Criteria with a domain are criteria: their slots come first.
      expr::Slots slots(set_.criteria.size());
      std::vector<std::size_t> slot_of;
      slot_of.reserve(ids.size());
      for (const auto& id : ids) slot_of.push_back(static_cast<std::size_t>(set_.criterion_index(id)));
      std::vector<std::size_t> idx(ids.size(), 0);
      bool ever = false;
      const PendingRule* shadow_by = nullptr;
      bool shadowed_always = true;
      for (;;) {
        for (std::size_t k = 0; k < ids.size(); ++k) slots[slot_of[k]] = (*domains[k])[idx[k]];
        if (expr::holds(r.when, slots)) {
          ever = true;
          const PendingRule* first = nullptr;
          for (const auto* e : finite_earlier)
            if (expr::holds(e->p->rule.when, slots)) {
              first = e->p;
              break;
            }
          if (!first) shadowed_always = false;
          else if (!shadow_by) shadow_by = first;
        }
        std::size_t k = 0;
        while (k < idx.size() && ++idx[k] == domains[k]->size()) idx[k++] = 0;
        if (k == idx.size()) break;
      }
      if (!ever)
        report(fmt::format("decide rule '{}' can never fire: no answers satisfy its condition", r.id),
               "fix its 'when'");
      else if (shadowed_always && shadow_by)
        report(fmt::format("decide rule '{}' is never reached: rule '{}' decides first whenever it fires", r.id,
                           shadow_by->rule.id),
               fmt::format("move it before '{}' or narrow that rule's condition", shadow_by->rule.id));
    } else {
      for (const auto& e : earlier) {
        if (e.always || (e.hash == self.hash && e.p->rule.when.text() == r.when.text())) {
          report(fmt::format("decide rule '{}' is never reached: rule '{}' decides first whenever it fires", r.id,
                             e.p->rule.id),
                 fmt::format("move it before '{}' or narrow that rule's condition", e.p->rule.id));
          break;
        }
      }
    }
    if (!excludable.count(*r.decide)) earlier.push_back(std::move(self));
  }
}

}  // namespace ragft::detail
