// Loading rule files: the YAML schema, layering, expression compilation and
// the load-time checks (unknown names, types, unreachable decide rules).
#include "ragft/ruleset.h"
#include "yaml/yaml_binary.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/builtin_rules.h"
#include "ragft/terminal_text.h"
#include "ragft/yaml_doc.h"

namespace ragft {

std::string Rule::effect_summary() const {
  std::vector<std::string> parts;
  if (decide) parts.push_back("decide " + *decide);
  if (!score.empty()) {
    std::string s;
    for (const auto& e : score) s += fmt::format("{}{} {:+d}", s.empty() ? "" : ", ", e.option, e.points);
    parts.push_back(s);
  }
  if (!exclude.empty()) {
    std::string s = "exclude ";
    for (std::size_t i = 0; i < exclude.size(); ++i) s += (i ? ", " : "") + exclude[i];
    parts.push_back(s);
  }
  if (warn) parts.push_back(std::string(severity_name(*warn)));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
  return out;
}

const Criterion* RuleSet::criterion(std::string_view id) const {
  int i = criterion_index(id);
  return i < 0 ? nullptr : &criteria[static_cast<std::size_t>(i)];
}

int RuleSet::criterion_index(std::string_view id) const {
  for (std::size_t i = 0; i < criteria.size(); ++i)
    if (criteria[i].id == id) return static_cast<int>(i);
  return -1;
}

int RuleSet::option_index(std::string_view id) const {
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].id == id) return static_cast<int>(i);
  return -1;
}

const Option* RuleSet::option(std::string_view id) const {
  int i = option_index(id);
  return i < 0 ? nullptr : &options[static_cast<std::size_t>(i)];
}

std::vector<std::string> RuleSet::criterion_ids() const {
  std::vector<std::string> ids;
  for (const auto& c : criteria) ids.push_back(c.id);
  return ids;
}

std::vector<std::string> RuleSet::option_ids() const {
  std::vector<std::string> ids;
  for (const auto& o : options) ids.push_back(o.id);
  return ids;
}

std::vector<expr::Variable> RuleSet::variables() const {
  std::vector<expr::Variable> vars;
  for (const auto& c : criteria) vars.push_back(c.variable());
  for (auto& v : cost_variables(cost)) vars.push_back(std::move(v));
  return vars;
}

namespace {

using ParsedFile = std::shared_ptr<const std::vector<yaml::Document>>;

// The documents of each built-in file, read from their binary form on first
// use and kept until the process ends, never freed (about 0.3 MB): a run
// does not spend the time to free some 1,900 nodes just before it exits, and
// loading the rules again (the tests do, many times) does not read them
// again. Null for a file whose tree does not read back (it was checked when
// ragft was built; should it fail, the text is parsed instead).
const std::vector<ParsedFile>& builtin_trees() {
  static const std::vector<ParsedFile>* const trees = [] {
    auto* out = new std::vector<ParsedFile>;
    for (const auto& f : builtin_rule_files()) {
      auto docs = std::make_shared<std::vector<yaml::Document>>();
      if (!yaml::from_binary(f.tree, *docs)) docs.reset();
      out->push_back(std::move(docs));
    }
    return out;
  }();
  return *trees;
}

}  // namespace

std::vector<RuleSource> builtin_rule_sources() {
  const auto& files = builtin_rule_files();
  const auto& trees = builtin_trees();
  std::vector<RuleSource> out;
  out.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i)
    out.emplace_back(std::string(files[i].name), std::string(files[i].text), trees[i]);
  return out;
}

namespace {

// A number for people: whole numbers with thousands separators (29,000),
// others with up to three decimals and no trailing zeros (0.08, 2.5).
std::string human_number(double d) {
  if (!std::isfinite(d)) return "unknown";
  double r = std::round(d);
  if (std::fabs(d - r) < 0.0005 * std::max(1.0, std::fabs(d)) || std::fabs(d) >= 1e5) {
    if (std::fabs(r) >= 1e15) return expr::format_number(r);
    std::string out;
    append_grouped(out, static_cast<long long>(r));
    return out;
  }
  std::string s = fmt::format("{:.3f}", d);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

std::string interpolate(const RuleSet& rules, const std::string& text, const expr::Slots& slots) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('{', i);
    if (open == std::string::npos) break;
    std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string_view inside = std::string_view(text).substr(open + 1, close - open - 1);
    out += text.substr(i, open - i);
    if (!inside.empty() && inside[0] == '=') {
      auto it = rules.text_exprs.find(inside.substr(1));
      if (it != rules.text_exprs.end()) {
        expr::Value v = expr::evaluate(it->second, slots).value;
        out += v.kind == expr::Value::Kind::number ? human_number(v.number) : std::string("unknown");
      } else {
        out += text.substr(open, close - open + 1);
      }
    } else if (int ci = rules.criterion_index(inside); ci >= 0) {
      // Numbers for people: 2,000,000 calls a day, not 2000000.
      const auto slot = static_cast<std::size_t>(ci);
      const Criterion* c = &rules.criteria[slot];
      const expr::Value v = slot < slots.size() ? slots[slot] : expr::Value{};
      out += v.kind == expr::Value::Kind::number ? human_number(v.number) : format_answer(*c, v);
    } else {
      out += text.substr(open, close - open + 1);
    }
    i = close + 1;
  }
  out += text.substr(i);
  return out;
}

namespace {

constexpr std::size_t kMaxDiagnostics = 200;

using yaml::Node;

// A rule as read from one layer, before its expression is compiled.
struct PendingRule {
  Rule rule;
  const Node* when_node = nullptr;
  const Node* text_node = nullptr;
  const Node* decide_node = nullptr;
  const Node* step_node = nullptr;
  std::vector<std::pair<const Node*, const Node*>> unlock_nodes;  // criterion key, target
  std::vector<std::pair<std::string, const Node*>> option_refs;  // every option an effect names
  std::size_t layer = 0;
};

struct PendingCriterion {
  const Node* ask_when_node = nullptr;
  std::size_t layer = 0;
};

class Loader {
 public:
  Loader(const std::vector<RuleSource>& layers, const RuleLimits& limits) : layers_(layers), limits_(limits) {}

  RulesLoad run() {
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
    adopt([&] { check_cost_catalog(set_, layers_, diags_); });  // src/cost/cost.cpp
    bool only_builtin = std::all_of(layers_.begin(), layers_.end(), [](const RuleSource& l) { return l.parsed != nullptr; });
    if (errors() == 0 && (limits_.prove_builtin || !only_builtin)) check_decide_reachability();
    RulesLoad out;
    std::stable_sort(diags_.begin(), diags_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
      if (a.file != b.file) return layer_of(a.file) < layer_of(b.file);
      if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
      return a.pos.col < b.pos.col;
    });
    out.diagnostics = std::move(diags_);
    if (errors_ == 0) out.rules = std::move(set_);
    return out;
  }

 private:
  const std::vector<RuleSource>& layers_;
  RuleLimits limits_;
  std::size_t layer_ = 0;
  RuleSet set_;
  std::vector<PendingRule> rules_;
  std::map<std::string, PendingCriterion> criteria_extra_;
  std::vector<Diagnostic> diags_;
  int errors_ = 0;
  std::size_t text_bytes_ = 0;         // the texts read by scalar(), aliases counted at each use
  bool text_bytes_reported_ = false;

  int errors() const { return errors_; }

  // Runs a check that appends to diags_ itself (the cost catalog's), counting its errors.
  template <class F>
  void adopt(F check) {
    std::size_t before = diags_.size();
    check();
    for (std::size_t i = before; i < diags_.size(); ++i)
      if (diags_[i].severity == Severity::error) ++errors_;
  }

  std::size_t layer_of(const std::string& file) const {
    for (std::size_t i = 0; i < layers_.size(); ++i)
      if (layers_[i].name == file) return i;
    return layers_.size();
  }

  const std::string& file() const { return layers_[layer_].name; }
  const std::string& text() const { return layers_[layer_].text; }

  Diagnostic plain_error(std::string msg, std::string hint) {
    ++errors_;
    Diagnostic d;
    d.file = layers_.empty() ? std::string("ragft") : layers_.back().name;
    d.message = std::move(msg);
    d.hint = std::move(hint);
    return d;
  }

  void at(Severity sev, const Node* n, std::string msg, std::string hint = {}, int length = 0,
          std::size_t layer = SIZE_MAX) {
    std::size_t l = layer == SIZE_MAX ? layer_ : layer;
    if (sev == Severity::error) ++errors_;
    // Past this many, problems are counted but not rendered: each costs a
    // scan of the text for its line, and the first ones are what to fix.
    if (diags_.size() >= kMaxDiagnostics) return;
    SourcePos pos = n ? n->pos : SourcePos{};
    Diagnostic d = make_diagnostic(layers_[l].name, layers_[l].text, pos, std::move(msg), std::move(hint),
                                   length > 0 ? length : yaml::underline_length(n));
    d.severity = sev;
    diags_.push_back(std::move(d));
  }
  void error(const Node* n, std::string msg, std::string hint = {}, int length = 0) {
    at(Severity::error, n, std::move(msg), std::move(hint), length);
  }

  // Checks that every key of map `n` is one of `known`; reports the others.
  void check_keys(const Node& n, std::initializer_list<std::string_view> known, std::string_view what) {
    for (const auto& [k, v] : n.entries) {
      if (std::find(known.begin(), known.end(), k->value) != known.end()) continue;
      std::vector<std::string> names(known.begin(), known.end());
      std::string hint = did_you_mean(k->value, names);
      if (hint.empty()) {
        hint = "allowed keys: ";
        for (std::size_t i = 0; i < names.size(); ++i) hint += (i ? ", " : "") + names[i];
      }
      error(k.get(), fmt::format("unknown key '{}' in {}", k->value, what), hint);
    }
  }

  const Node* require_map(const Node* n, std::string_view what) {
    if (n && n->is_map()) return n;
    error(n, fmt::format("{} must be a map, not {}", what, n ? n->kind_name() : "missing"));
    return nullptr;
  }

  // How a value is named in messages: "'high'", or "the points for 'rag'",
  // whose text is only put together when there is a message to write.
  struct What {
    What(const char* t) : text(t) {}
    What(std::string_view t) : text(t) {}
    What(std::string_view prefix, std::string_view quoted_name) : text(prefix), quoted(quoted_name), with_name(true) {}
    std::string str() const { return with_name ? fmt::format("{}'{}'", text, quoted) : std::string(text); }
    std::string_view text, quoted;
    bool with_name = false;
  };

  std::optional<std::string> scalar(const Node* n, const What& what) {
    if (!n) return std::nullopt;
    if (n->is_scalar()) {
      // Every text taken from the trees is a copy: through aliases a small
      // file can name one big text many times. Their total is bounded, so
      // that memory follows the size of the files (docs/limits.md).
      text_bytes_ += n->value.size();
      if (text_bytes_ > limits_.max_text_bytes) {
        if (!text_bytes_reported_)
          error(n, fmt::format("the texts of the rule files add up to more than {} bytes", limits_.max_text_bytes),
                "each use of an alias ('*name') counts as a copy of its text");
        text_bytes_reported_ = true;
        return std::nullopt;
      }
      return n->value;
    }
    error(n, fmt::format("{} must be a text, not {}", what.str(), n->kind_name()));
    return std::nullopt;
  }

  std::optional<double> number(const Node* n, const What& what) {
    auto s = scalar(n, what);
    if (!s) return std::nullopt;
    auto v = parse_human_number(*s);
    if (!v) error(n, fmt::format("{} must be a number, not '{}'", what.str(), *s));
    return v;
  }

  std::optional<int> integer(const Node* n, const What& what) {
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

  std::optional<bool> boolean(const Node* n, std::string_view what) {
    auto s = scalar(n, what);
    if (!s) return std::nullopt;
    if (*s == "true" || *s == "yes") return true;
    if (*s == "false" || *s == "no") return false;
    error(n, fmt::format("{} must be true or false, not '{}'", what, *s));
    return std::nullopt;
  }

  // A list of ids, or a single id.
  std::vector<const Node*> id_list(const Node* n, std::string_view what) {
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

  void read_layer(const Node& root) {
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
    if (const Node* c = root.get("cost")) adopt([&] { read_cost_section(*c, file(), text(), set_.cost, diags_); });
  }

  void read_options(const Node& list) {
    if (!list.is_seq()) return error(&list, "'options' must be a list");
    for (const auto& item : list.items) {
      if (!require_map(item.get(), "an option")) continue;
      check_keys(*item, {"id", "label", "description"}, "an option");
      const Node* idn = item->get("id");
      auto id = scalar(idn, "an option id");
      if (!idn) {
        error(item.get(), "an option needs an 'id'");
        continue;
      }
      if (!id) continue;
      if (!is_identifier(*id)) {
        error(idn, fmt::format("invalid option id '{}'", *id), "ids are lower-case letters, digits and '_'");
        continue;
      }
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

  void read_settings(const Node& s) {
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

  void read_criteria(const Node& list) {
    if (!list.is_seq()) return error(&list, "'criteria' must be a list");
    std::set<std::string> in_layer;
    for (const auto& item : list.items) {
      if (!require_map(item.get(), "a criterion")) continue;
      check_keys(*item, {"id", "type", "question", "hint", "help", "choices", "default", "optional", "min", "max",
                         "above", "unit", "ask_when", "group"},
                 "a criterion");
      const Node* idn = item->get("id");
      if (!idn) {
        error(item.get(), "a criterion needs an 'id'");
        continue;
      }
      auto id = scalar(idn, "a criterion id");
      if (!id) continue;
      if (!is_identifier(*id)) {
        error(idn, fmt::format("invalid criterion id '{}'", *id), "ids are lower-case letters, digits and '_'");
        continue;
      }
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

  void read_choices(Criterion& c, const Node& list) {
    if (!list.is_seq()) return error(&list, "'choices' must be a list of {id, label}");
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

  void read_rules(const Node& list) {
    if (!list.is_seq()) return error(&list, "'rules' must be a list");
    std::map<std::string, int> in_layer;
    for (const auto& item : list.items) {
      if (!require_map(item.get(), "a rule")) continue;
      check_keys(*item, {"id", "when", "decide", "score", "exclude", "warn", "about", "text", "step", "unlock", "confidence", "source"},
                 "a rule");
      const Node* idn = item->get("id");
      if (!idn) {
        error(item.get(), "a rule needs an 'id'");
        continue;
      }
      auto id = scalar(idn, "a rule id");
      if (!id) continue;
      if (!is_identifier(*id, true)) {
        error(idn, fmt::format("invalid rule id '{}'", *id), "ids are lower-case letters, digits, '_' and '-'");
        continue;
      }
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

  void read_disable(const Node& list) {
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

  // Reports an expression error at the exact character inside the YAML string.
  void expr_error(std::size_t layer, const Node* n, const expr::Error& e) {
    // Past the shown diagnostics, only counted (as at() does): locating each
    // one scans the text, which made thousands of them quadratic.
    if (diags_.size() >= kMaxDiagnostics) {
      ++errors_;
      return;
    }
    const auto& src = layers_[layer];
    SourcePos pos = yaml::locate_in_scalar(src.text, *n, e.offset);
    Diagnostic d = make_diagnostic(src.name, src.text, pos, e.message, e.hint, static_cast<int>(e.length));
    ++errors_;
    diags_.push_back(std::move(d));
  }

  std::optional<expr::Expr> compile_expr(std::size_t layer, const Node* n, const std::vector<expr::Variable>& vars) {
    expr::Limits limits;
    limits.hints = diags_.size() < kMaxDiagnostics;  // past them, errors are only counted
    auto result = expr::compile(n->value, vars, expr::Type::boolean, limits);
    for (const auto& e : result.errors) expr_error(layer, n, e);
    return result.expr;
  }

  void check_option(std::size_t layer, const std::string& id, const Node* n) {
    if (set_.option_index(id) >= 0) return;
    at(Severity::error, n, fmt::format("unknown option '{}'", id), did_you_mean(id, set_.option_ids()), 0, layer);
  }

  // Placeholders in rule texts name criteria ({labeled_examples}) or are
  // number expressions ({= 1000 - labeled_examples}), compiled here.
  void check_placeholders(std::size_t layer, const Node* n, const std::string& text, const std::vector<expr::Variable>& vars) {
    std::size_t i = 0;
    const auto& src = layers_[layer];
    while ((i = text.find('{', i)) != std::string::npos) {
      std::size_t close = text.find('}', i);
      if (close == std::string::npos) break;
      std::string id = text.substr(i + 1, close - i - 1);
      if (!id.empty() && id[0] == '=') {
        std::string source = id.substr(1);
        if (!set_.text_exprs.count(source)) {
          auto result = expr::compile(source, vars, expr::Type::number);
          for (const auto& e : result.errors) {
            SourcePos pos = yaml::locate_in_scalar(src.text, *n, i + 2 + e.offset);
            Diagnostic d = make_diagnostic(src.name, src.text, pos, e.message, e.hint, static_cast<int>(e.length));
            ++errors_;
            diags_.push_back(std::move(d));
          }
          if (result.expr) set_.text_exprs.emplace(source, *result.expr);
        }
      } else if (!set_.criterion(id)) {
        SourcePos pos = yaml::locate_in_scalar(src.text, *n, i);
        Diagnostic d = make_diagnostic(src.name, src.text, pos, fmt::format("unknown criterion '{{{}}}' in text", id),
                                       did_you_mean(id, set_.criterion_ids()), static_cast<int>(id.size() + 2));
        ++errors_;
        diags_.push_back(std::move(d));
      }
      i = close + 1;
    }
  }

  void compile() {
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
  void check_total_points() {
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
  const std::vector<expr::Value>* domain(const std::string& id) {
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
  std::map<std::string, std::optional<std::vector<expr::Value>>> domains_;

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
  void check_decide_reachability() {
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
};

}  // namespace

RulesLoad load_rules(const std::vector<RuleSource>& layers, const RuleLimits& limits) {
  return Loader(layers, limits).run();
}

}  // namespace ragft
