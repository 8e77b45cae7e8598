// The rule loader's reading of 'criteria' (rules/rule_loader.h): ids and
// types, questions and hints, bounds, defaults, ask_when, and the choices of
// choice criteria.
#include "rules/rule_loader.h"

#include <set>
#include <unordered_map>

#include <fmt/format.h>

namespace ragft::detail {

void Loader::read_criteria(const Node& list) {
  if (!reader().list(&list, "'criteria'")) return;
  std::set<std::string> in_layer;
  for (const auto& item : list.items) {
    if (!require_map(item.get(), "a criterion")) continue;
    check_keys(*item, {"id", "type", "question", "hint", "help", "choices", "default", "optional", "min", "max",
                       "above", "unit", "ask_when", "group"},
               "a criterion");
    auto id = reader().item_id(*item, "criterion");
    if (!id) continue;
    const Node* idn = item->get("id");
    if (!in_layer.insert(*id).second) {
      error(idn, fmt::format("duplicate criterion id '{}'", *id));
      continue;
    }
    int existing = set_.criterion_index(*id);
    const Node* typen = item->get("type");
    Criterion* c;
    if (existing >= 0) {
      c = &set_.criteria[static_cast<std::size_t>(existing)];
      if (typen) {
        auto t = scalar(typen, "'type'");
        if (t && parse_criterion_type(*t) != c->type)
          error(typen, fmt::format("cannot change the type of '{}' from {}", *id, criterion_type_name(c->type)),
                fmt::format("declared in {} line {}", c->origin.file, c->origin.pos.line));
      }
    } else {
      if (set_.criteria.size() >= limits_.max_criteria) {
        error(idn, fmt::format("too many criteria (the limit is {})", limits_.max_criteria));
        continue;
      }
      if (!typen) {
        error(idn, fmt::format("criterion '{}' needs a 'type'", *id),
              "one of: choice, integer, number, fraction, yesno");
        continue;
      }
      auto t = scalar(typen, "'type'");
      if (!t) continue;
      auto type = parse_criterion_type(*t);
      if (!type) {
        std::string hint = did_you_mean(*t, {"choice", "integer", "number", "fraction", "yesno"});
        error(typen, fmt::format("unknown criterion type '{}'", *t),
              hint.empty() ? "one of: choice, integer, number, fraction, yesno" : hint);
        continue;
      }
      if (!item->get("question")) error(idn, fmt::format("criterion '{}' needs a 'question'", *id));
      set_.criteria.push_back({});
      c = &set_.criteria.back();
      c->id = *id;
      c->type = *type;
      if (*type == CriterionType::fraction) {
        c->min = 0;
        c->max = 1;
      }
    }
    c->origin = {file(), idn->pos};
    if (auto v = scalar(item->get("question"), "'question'")) c->question = std::move(*v);
    if (auto v = scalar(item->get("hint"), "'hint'")) c->hint = std::move(*v);
    if (auto v = scalar(item->get("help"), "'help'")) c->help = std::move(*v);
    if (auto v = scalar(item->get("unit"), "'unit'")) c->unit = std::move(*v);
    if (const Node* g = item->get("group")) {
      if (auto v = scalar(g, "'group'")) {
        if (*v != "core" && *v != "cost") error(g, fmt::format("unknown group '{}'", *v), "one of: core, cost");
        else c->group = std::move(*v);
      }
    }
    if (auto v = boolean(item->get("optional"), "'optional'")) c->optional = *v;
    if (const Node* ch = item->get("choices")) read_choices(*c, *ch);
    if (c->type == CriterionType::choice && c->choices.empty())
      error(idn, fmt::format("choice criterion '{}' needs 'choices'", *id));
    if (c->type != CriterionType::choice && item->get("choices"))
      error(item->get("choices"), fmt::format("'choices' only applies to choice criteria; '{}' is {}", *id,
                                              criterion_type_name(c->type)));
    for (const char* key : {"min", "max", "above"}) {
      const Node* b = item->get(key);
      if (!b) continue;
      if (!c->numeric() || c->type == CriterionType::fraction) {
        error(b, fmt::format("'{}' only applies to integer and number criteria", key));
        continue;
      }
      auto v = number(b, What("", key));
      if (!v) continue;
      (std::string_view(key) == "min" ? c->min : std::string_view(key) == "max" ? c->max : c->above) = *v;
    }
    if (c->min && c->max && *c->min > *c->max) error(item.get(), "'min' is greater than 'max'");
    if (const Node* d = item->get("default")) {
      if (d->is_null()) {
        c->default_value.reset();
      } else if (auto v = scalar(d, "'default'")) {
        ParsedAnswer p = parse_answer(*c, *v);
        if (p.value) c->default_value = *p.value;
        else error(d, "invalid default: " + p.error, p.hint);
      }
    }
    if (const Node* w = item->get("ask_when")) {
      if (w->is_scalar()) criteria_extra_[*id] = {w, layer_};
      else error(w, "'ask_when' must be an expression text");
    }
  }
}

void Loader::read_choices(Criterion& c, const Node& list) {
  if (!reader().list(&list, "'choices'", "each choice is an id, or {id, label}")) return;
  // Where each id is, so that a long list is read in linear time (a
  // search of the list per choice took 19 s for 150,000 choices).
  std::unordered_map<std::string, std::size_t> where;
  where.reserve(c.choices.size() + list.items.size());
  for (std::size_t i = 0; i < c.choices.size(); ++i) where.emplace(c.choices[i].id, i);
  for (const auto& item : list.items) {
    std::string id, label;
    const Node* idn = item.get();
    if (item->is_scalar()) {
      id = label = item->value;
    } else if (require_map(item.get(), "a choice")) {
      check_keys(*item, {"id", "label"}, "a choice");
      idn = item->get("id");
      auto v = scalar(idn, "a choice id");
      if (!idn) {
        error(item.get(), "a choice needs an 'id'");
        continue;
      }
      if (!v) continue;
      id = *v;
      label = id;
      if (auto l = scalar(item->get("label"), "'label'")) label = std::move(*l);
    } else {
      continue;
    }
    if (!is_identifier(id)) {
      error(idn, fmt::format("invalid choice id '{}'", id), "ids are lower-case letters, digits and '_'");
      continue;
    }
    if (auto it = where.find(id); it != where.end()) {
      c.choices[it->second].label = label;
      continue;
    }
    if (c.choices.size() >= limits_.max_choices) {
      error(idn, fmt::format("criterion '{}' has too many choices (the limit is {})", c.id, limits_.max_choices),
            "group the values, or make the criterion a number");
      return;
    }
    where.emplace(id, c.choices.size());
    c.choices.push_back({id, label});
  }
}

}  // namespace ragft::detail
