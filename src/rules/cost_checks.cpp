// The checks of the cost catalog that need the whole rule set (the criteria
// that feed it, the tiers they offer). The catalog itself is read by the
// cost layer (src/cost/cost.cpp).
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "ragft/cost.h"
#include "ragft/ruleset.h"

namespace ragft {

namespace {

bool uses_training(std::size_t option) { return kCostOptionTable[option].training; }

bool is_cost_figure(std::string_view id) {
  const auto& ids = cost_figure_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const RuleSource* layer_named(const std::vector<RuleSource>& layers, const std::string& name) {
  for (const auto& l : layers)
    if (l.name == name) return &l;
  return nullptr;
}

Diagnostic at_origin(const std::vector<RuleSource>& layers, const Origin& o, std::string msg, std::string hint,
                     int length) {
  const RuleSource* l = layer_named(layers, o.file);
  return make_diagnostic(o.file, l ? std::string_view(l->text) : std::string_view(), o.pos, std::move(msg),
                         std::move(hint), length);
}

}  // namespace

void check_cost_catalog(RuleSet& rules, const std::vector<RuleSource>& layers, std::vector<Diagnostic>& diags) {
  // No criterion may take the name of a derived figure, catalog or not: a
  // layer that adds the catalog later would make it ambiguous.
  for (const auto& c : rules.criteria)
    if (is_cost_figure(c.id))
      diags.push_back(at_origin(layers, c.origin,
                                fmt::format("'{}' is the name of a derived cost figure; a criterion cannot take it", c.id),
                                "rename the criterion", static_cast<int>(c.id.size())));
  CostCatalog& cat = rules.cost;
  if (cat.empty()) return;

  // Every figure must be present once there is a catalog.
  const std::pair<const char*, const CatalogFigure*> figures[] = {
      {"retrieval.embedding_per_1m_tokens", &cat.embedding_per_1m_tokens},
      {"retrieval.rerank_per_query", &cat.rerank_per_query},
      {"retrieval.vector_store_monthly", &cat.vector_store_monthly},
      {"retrieval.latency_ms", &cat.retrieval_latency_ms},
      {"training.full_fine_tune_factor", &cat.full_fine_tune_factor}};
  for (const auto& [name, f] : figures) {
    if (known(f->value)) continue;
    const Origin& o = cat.tiers.front().provenance.origin;
    diags.push_back(at_origin(layers, o, fmt::format("the cost catalog has no '{}'", name),
                              "the built-in rules/cost.yaml gives every figure; `ragft rules dump rules/cost.yaml`", 1));
  }

  // The model criteria offer tiers that exist; fine_tune and hybrid only
  // tiers that can be trained.
  std::vector<std::string> tier_ids;
  for (const auto& t : cat.tiers) tier_ids.push_back(t.id);
  for (std::size_t o = 0; o < kCostOptions.size(); ++o) {
    std::string id = std::string(kCostOptions[o]) + "_model";
    const Criterion* c = rules.criterion(id);
    if (!c) continue;
    int len = static_cast<int>(id.size());
    if (c->type != CriterionType::choice) {
      diags.push_back(at_origin(layers, c->origin, fmt::format("'{}' must be a choice criterion of model tiers", id),
                                "its choices are the ids of the tiers in 'cost: tiers'", len));
      continue;
    }
    for (const auto& ch : c->choices) {
      const ModelTier* t = cat.tier(ch.id);
      if (!t) {
        std::string hint = did_you_mean(ch.id, tier_ids);
        std::string list;
        for (const auto& tid : tier_ids) list += (list.empty() ? "" : ", ") + tid;
        diags.push_back(at_origin(layers, c->origin,
                                  fmt::format("'{}' offers '{}', which is not a tier of the cost catalog", id, ch.id),
                                  hint.empty() ? "the tiers are: " + list : hint, len));
      } else if (uses_training(o) && !t->trainable()) {
        diags.push_back(at_origin(
            layers, c->origin, fmt::format("'{}' offers tier '{}', which cannot be trained", id, ch.id),
            t->kind == ModelTier::Kind::gpu ? "give the tier 'training_tokens_per_second'" : "give the tier 'training_per_1m'",
            len));
      }
    }
  }

  std::set<std::string> read;
  auto note = [&](const expr::Expr& e) {
    for (const auto& id : e.identifiers()) read.insert(id);
  };
  for (const auto& r : rules.rules)
    if (r.enabled) note(r.when);
  for (const auto& c : rules.criteria)
    if (c.ask_when) note(*c.ask_when);
  cat.estimate_only.clear();
  for (const auto& c : rules.criteria)
    if (c.group == "cost" && !read.count(c.id)) cat.estimate_only.push_back(c.id);
  std::sort(cat.estimate_only.begin(), cat.estimate_only.end());
}

}  // namespace ragft
