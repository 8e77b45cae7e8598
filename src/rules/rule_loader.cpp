// The rule loader's run over the layers (rules/rule_loader.h), and the
// parts of a rule file read here: its top level, 'options', 'settings' and
// 'disable'. The typed helpers every section uses are here too.
#include "rules/rule_loader.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace ragft::detail {

Loader::Loader(const std::vector<RuleSource>& layers, const RuleLimits& limits) : layers_(layers), limits_(limits) {
  readers_.reserve(layers_.size());
  for (const auto& l : layers_) {
    readers_.emplace_back(l.name, l.text, diags_);
    readers_.back().accept_text = [this](const Node& n) { return count_text(n); };
  }
}

RulesLoad Loader::run() {
  std::vector<yaml::ParseResult> parsed;
  parsed.reserve(layers_.size());
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    layer_ = i;
    yaml::Limits yl;
    yl.max_bytes = limits_.max_bytes;
    if (layers_[i].parsed) {
      parsed.emplace_back().documents = *layers_[i].parsed;
    } else {
      parsed.push_back(yaml::parse_yaml(layers_[i].text, layers_[i].name, yl));
    }
    auto& p = parsed.back();
    if (!p.ok()) {
      for (auto& d : p.errors) diags_.push_back(d);
      errors_ += static_cast<int>(p.errors.size());
      continue;
    }
    if (p.documents.size() != 1) {
      error(p.documents.size() > 1 ? p.documents[1].root.get() : nullptr,
            p.documents.empty() ? "rule file is empty" : "a rule file holds one YAML document",
            p.documents.empty() ? "start with 'ragft-rules: 1'" : "remove the '---' separator");
      continue;
    }
    read_layer(*p.documents[0].root);
  }
  if (set_.options.empty() && errors() == 0)
    diags_.push_back(plain_error("the rules declare no options", "declare 'options:' (the built-in rules do)"));
  // Expressions are checked even when the structure has errors, so that
  // one run reports every problem.
  compile();
  check_total_points();
  adopt([&] { check_cost_catalog(set_, layers_, diags_); });  // rules/cost_checks.cpp
  bool only_builtin = std::all_of(layers_.begin(), layers_.end(), [](const RuleSource& l) { return l.parsed != nullptr; });
  if (errors() == 0 && (limits_.prove_builtin || !only_builtin)) check_decide_reachability();
  RulesLoad out;
  std::stable_sort(diags_.begin(), diags_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file) return layer_of(a.file) < layer_of(b.file);
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
  // The first ones in file order, then "too many errors" when there were
  // more (readers keep one past the cap, and count the rest), as for every
  // file ragft reads.
  yaml::cap_diagnostics(diags_, layers_.empty() ? std::string("ragft") : layers_.back().name);
  out.diagnostics = std::move(diags_);
  if (errors() == 0) out.rules = std::move(set_);
  return out;
}

std::size_t Loader::layer_of(const std::string& file) const {
  for (std::size_t i = 0; i < layers_.size(); ++i)
    if (layers_[i].name == file) return i;
  return layers_.size();
}

Diagnostic Loader::plain_error(std::string msg, std::string hint) {
  ++errors_;
  Diagnostic d;
  d.file = layers_.empty() ? std::string("ragft") : layers_.back().name;
  d.message = std::move(msg);
  d.hint = std::move(hint);
  return d;
}

// Every text taken from the trees is a copy: through aliases a small file
// can name one big text many times. Their total is bounded, so that memory
// follows the size of the files (docs/limits.md). The readers' hook.
bool Loader::count_text(const Node& n) {
  text_bytes_ += n.value.size();
  if (text_bytes_ <= limits_.max_text_bytes) return true;
  if (!text_bytes_reported_)
    error(&n, fmt::format("the texts of the rule files add up to more than {} bytes", limits_.max_text_bytes),
          "each use of an alias ('*name') counts as a copy of its text");
  text_bytes_reported_ = true;
  return false;
}

std::optional<int> Loader::integer(const Node* n, const What& what) {
  auto v = number(n, what);
  if (!v) return std::nullopt;
  // The range first: casting a double beyond the range of the integer
  // type (9.3e18) is undefined behaviour.
  if (!(*v >= -1e6 && *v <= 1e6) || *v != std::trunc(*v)) {
    error(n, fmt::format("{} must be a whole number between -1000000 and 1000000", what.str()));
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

// A list of ids, or a single id.
std::vector<const Node*> Loader::id_list(const Node* n, std::string_view what) {
  std::vector<const Node*> out;
  if (!n) return out;
  if (n->is_scalar()) {
    out.push_back(n);
    return out;
  }
  if (!n->is_seq()) {
    error(n, fmt::format("{} must be a list of ids, not {}", what, n->kind_name()));
    return out;
  }
  for (const auto& item : n->items) {
    if (item->is_scalar()) out.push_back(item.get());
    else error(item.get(), fmt::format("{} must hold ids, not {}", what, item->kind_name()));
  }
  return out;
}

void Loader::read_layer(const Node& root) {
  if (!require_map(&root, "a rule file")) return;
  check_keys(root, {"ragft-rules", "name", "version", "description", "options", "settings", "criteria", "rules",
                    "disable", "cost"},
             "the rule file");
  const Node* format = root.get("ragft-rules");
  if (!format) {
    error(&root, "missing 'ragft-rules: 1' at the top of the rule file",
          "every rule file starts with 'ragft-rules: 1'");
  } else if (auto v = scalar(format, "'ragft-rules'"); v && *v != "1") {
    error(format, fmt::format("unsupported rule-file format '{}'", *v), "this ragft reads 'ragft-rules: 1'");
  }
  if (auto n = scalar(root.get("name"), "'name'")) set_.name = *n;
  if (auto v = scalar(root.get("version"), "'version'")) set_.version = std::move(*v);
  set_.layers.push_back(file());
  if (const Node* o = root.get("options")) read_options(*o);
  if (const Node* s = root.get("settings")) read_settings(*s);
  if (const Node* c = root.get("criteria")) read_criteria(*c);
  if (const Node* r = root.get("rules")) read_rules(*r);
  if (const Node* d = root.get("disable")) read_disable(*d);
  if (const Node* c = root.get("cost")) read_cost_section(*c, reader(), set_.cost);
}

void Loader::read_options(const Node& list) {
  if (!reader().list(&list, "'options'")) return;
  for (const auto& item : list.items) {
    if (!require_map(item.get(), "an option")) continue;
    check_keys(*item, {"id", "label", "description"}, "an option");
    auto id = reader().item_id(*item, "option");
    if (!id) continue;
    const Node* idn = item->get("id");
    int existing = set_.option_index(*id);
    Option* o;
    if (existing >= 0) {
      o = &set_.options[static_cast<std::size_t>(existing)];
      if (o->origin.file == file()) {
        error(idn, fmt::format("duplicate option id '{}'", *id),
              fmt::format("first declared at line {}", o->origin.pos.line));
        continue;
      }
    } else {
      if (set_.options.size() >= limits_.max_options) {
        error(idn, fmt::format("too many options (the limit is {})", limits_.max_options));
        continue;
      }
      set_.options.push_back({});
      o = &set_.options.back();
      o->id = *id;
      o->label = *id;
    }
    o->origin = {file(), idn->pos};
    if (auto l = scalar(item->get("label"), "'label'")) o->label = std::move(*l);
    if (auto d = scalar(item->get("description"), "'description'")) o->description = std::move(*d);
  }
}

void Loader::read_settings(const Node& s) {
  if (!require_map(&s, "'settings'")) return;
  check_keys(s, {"confidence", "close_margin"}, "'settings'");
  if (const Node* c = s.get("confidence")) {
    if (require_map(c, "'confidence'")) {
      check_keys(*c, {"high", "medium"}, "'confidence'");
      if (auto h = integer(c->get("high"), "'high'")) set_.settings.confidence_high = *h;
      if (auto m = integer(c->get("medium"), "'medium'")) set_.settings.confidence_medium = *m;
      if (set_.settings.confidence_medium > set_.settings.confidence_high || set_.settings.confidence_medium < 0)
        error(c, "confidence bands must satisfy 0 <= medium <= high");
    }
  }
  if (auto m = integer(s.get("close_margin"), "'close_margin'")) {
    if (*m < 0) error(s.get("close_margin"), "'close_margin' must be 0 or more");
    else set_.settings.close_margin = *m;
  }
}

void Loader::read_disable(const Node& list) {
  for (const Node* n : id_list(&list, "'disable'")) {
    auto it = std::find_if(rules_.begin(), rules_.end(), [&](const PendingRule& q) { return q.rule.id == n->value; });
    if (it == rules_.end()) {
      std::vector<std::string> ids;
      for (const auto& q : rules_) ids.push_back(q.rule.id);
      error(n, fmt::format("cannot disable unknown rule '{}'", n->value), did_you_mean(n->value, ids));
      continue;
    }
    it->rule.enabled = false;
  }
}

}  // namespace ragft::detail
