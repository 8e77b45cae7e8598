// The rule loader's reading of 'rules' (rules/rule_loader.h): ids, the
// 'when' condition, and the effects (decide, score, exclude, warn, about,
// step, unlock, confidence), texts and sources.
#include "rules/rule_loader.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace ragft::detail {

void Loader::read_rules(const Node& list) {
  if (!reader().list(&list, "'rules'")) return;
  std::map<std::string, int> in_layer;
  for (const auto& item : list.items) {
    if (!require_map(item.get(), "a rule")) continue;
    check_keys(*item, {"id", "when", "decide", "score", "exclude", "warn", "about", "text", "step", "unlock", "confidence", "source"},
               "a rule");
    auto id = reader().item_id(*item, "rule", true);
    if (!id) continue;
    const Node* idn = item->get("id");
    if (auto [it, fresh] = in_layer.emplace(*id, idn->pos.line); !fresh) {
      error(idn, fmt::format("duplicate rule id '{}'", *id), fmt::format("first defined at line {}", it->second));
      continue;
    }
    PendingRule p;
    p.layer = layer_;
    Rule& r = p.rule;
    r.id = *id;
    r.origin = {file(), idn->pos};
    p.when_node = item->get("when");
    if (!p.when_node) error(idn, fmt::format("rule '{}' needs a 'when' condition", *id), "use 'when: true' for always");
    else if (!p.when_node->is_scalar()) error(p.when_node, "'when' must be an expression text");
    if ((p.decide_node = item->get("decide"))) {
      if (auto v = scalar(p.decide_node, "'decide'")) {
        r.decide = *v;
        if (*v != "none") p.option_refs.push_back({*v, p.decide_node});
      }
    }
    if (const Node* s = item->get("score")) {
      if (require_map(s, "'score'")) {
        for (const auto& [k, v] : s->entries) {
          auto points = integer(v.get(), What("the points for ", k->value));
          if (!points) continue;
          r.score.push_back({k->value, *points});
          p.option_refs.push_back({k->value, k.get()});
        }
      }
    }
    for (const Node* n : id_list(item->get("exclude"), "'exclude'")) {
      r.exclude.push_back(n->value);
      p.option_refs.push_back({n->value, n});
    }
    if (const Node* w = item->get("warn")) {
      if (auto v = scalar(w, "'warn'")) {
        if (*v == "error") r.warn = Severity::error;
        else if (*v == "warning") r.warn = Severity::warning;
        else if (*v == "info") r.warn = Severity::info;
        else error(w, fmt::format("unknown severity '{}'", *v), "one of: error, warning, info");
      }
    }
    if (const Node* a = item->get("about")) {
      if (!item->get("warn") && !item->get("step")) error(a, "'about' only applies to rules that 'warn' or give a 'step'");
      for (const Node* n : id_list(a, "'about'")) {
        r.about.push_back(n->value);
        p.option_refs.push_back({n->value, n});
      }
    }
    if ((p.step_node = item->get("step")))
      if (auto t = scalar(p.step_node, "'step'")) r.step = std::move(*t);
    if (const Node* u = item->get("unlock")) {
      if (!item->get("step")) error(u, "'unlock' needs a 'step' that says what to do", "add 'step: ...'");
      else if (r.exclude.empty()) error(u, "'unlock' only applies to rules that 'exclude'", "remove 'unlock' or add 'exclude'");
      if (require_map(u, "'unlock'")) {
        for (const auto& [k, v] : u->entries) {
          auto target = scalar(v.get(), What("the target for ", k->value));
          if (!target) continue;
          r.unlock.push_back({k->value, *target});
          p.unlock_nodes.push_back({k.get(), v.get()});
        }
      }
    }
    if (const Node* c = item->get("confidence")) {
      if (require_map(c, "'confidence'")) {
        check_keys(*c, {"at_most", "because"}, "'confidence'");
        if (!item->get("decide")) error(c, "'confidence' only applies to rules that 'decide'");
        if (auto v = scalar(c->get("at_most"), "'at_most'")) {
          if (*v == "medium" || *v == "low") r.confidence = *v;
          else error(c->get("at_most"), fmt::format("'at_most' must be medium or low, not '{}'", *v));
        } else if (!c->get("at_most")) {
          error(c, "'confidence' needs 'at_most: medium' or 'at_most: low'");
        }
        if (auto b = scalar(c->get("because"), "'because'")) r.confidence_because = std::move(*b);
        else if (!c->get("because")) error(c, "'confidence' needs 'because': the reason shown with the confidence");
      }
    }
    p.text_node = item->get("text");
    if (auto t = scalar(p.text_node, "'text'")) r.text = std::move(*t);
    if (auto s = scalar(item->get("source"), "'source'")) r.source = std::move(*s);
    if (!p.text_node && (r.warn || !r.exclude.empty()))
      error(idn, fmt::format("rule '{}' needs a 'text': it is shown as the {}", *id,
                             r.warn ? "warning" : "reason for the exclusion"));
    if (!item->get("decide") && !item->get("score") && !item->get("exclude") && !item->get("warn") && !item->get("step"))
      error(idn, fmt::format("rule '{}' has no effect", *id), "give it 'decide', 'score', 'exclude', 'warn' or 'step'");
    // Replace a rule from an earlier layer in place, or append.
    auto same = std::find_if(rules_.begin(), rules_.end(), [&](const PendingRule& q) { return q.rule.id == *id; });
    if (same != rules_.end()) *same = std::move(p);
    else if (rules_.size() >= limits_.max_rules)
      error(idn, fmt::format("too many rules (the limit is {})", limits_.max_rules));
    else rules_.push_back(std::move(p));
  }
}

}  // namespace ragft::detail
