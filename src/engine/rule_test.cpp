// Rule tests: reading cases and checking a result against their expectations.
#include "ragft/rule_test.h"

#include <algorithm>

#include <fmt/format.h>

#include "ragft/yaml_doc.h"
#include "ragft/yaml_reader.h"

namespace ragft {

namespace {

class CaseReader {
 public:
  CaseReader(std::string_view text, const std::string& file, const RuleSet& rules, RuleTestLoad& out)
      : text_(text), file_(file), rules_(rules), out_(out), reader_(file, text, out.errors) {}

  void read(const yaml::Node& root) {
    if (!root.is_map() || !root.get("cases")) {
      error(&root, "a rule test file must be a map with 'cases:'", "see docs/rules.md, 'Rule tests'");
      return;
    }
    reader_.check_keys(root, {"cases"}, "a rule test file");
    const yaml::Node* cases = reader_.list(root.get("cases"), "'cases'");
    if (!cases) return;
    // Past the cap a case's errors are only counted, so it could not tell
    // that it is invalid: reading stops there (the file is refused anyway).
    for (const auto& c : cases->items) {
      if (reader_.full()) break;
      read_case(*c);
    }
  }

 private:
  std::string_view text_;
  const std::string& file_;
  const RuleSet& rules_;
  RuleTestLoad& out_;
  yaml::Reader reader_;

  void error(const yaml::Node* n, std::string msg, std::string hint = {}) { reader_.error(n, std::move(msg), std::move(hint)); }

  enum class Kind { rule, warning, no_warning, option, criterion };
  std::vector<std::string> ids(const yaml::Node* n, bool options) { return ids(n, options ? Kind::option : Kind::rule); }
  std::vector<std::string> ids(const yaml::Node* n, Kind kind) {
    const bool options = kind == Kind::option;
    std::vector<std::string> out;
    if (!n) return out;
    std::vector<const yaml::Node*> items;
    if (n->is_scalar()) items.push_back(n);
    else if (n->is_seq()) for (const auto& i : n->items) items.push_back(i.get());
    else error(n, "expected a list of ids");
    for (const auto* i : items) {
      if (!i->is_scalar()) {
        error(i, "expected an id");
        continue;
      }
      if (options && rules_.option_index(i->value) < 0) {
        error(i, fmt::format("unknown option '{}'", i->value), did_you_mean(i->value, rules_.option_ids()));
        continue;
      }
      if (kind == Kind::criterion) {
        if (!rules_.criterion(i->value)) {
          error(i, fmt::format("unknown criterion '{}'", i->value), did_you_mean(i->value, rules_.criterion_ids()));
          continue;
        }
      } else if (!options) {
        auto rule = std::find_if(rules_.rules.begin(), rules_.rules.end(), [&](const Rule& r) { return r.id == i->value; });
        if (rule == rules_.rules.end()) {
          std::vector<std::string> all;
          for (const auto& r : rules_.rules) all.push_back(r.id);
          error(i, fmt::format("unknown rule '{}'", i->value), did_you_mean(i->value, all));
          continue;
        }
        // A rule without `warn:` never warns, fired or not: expecting its
        // warning would fail with "did not fire" while it fires.
        if ((kind == Kind::warning || kind == Kind::no_warning) && !rule->warn) {
          std::string hint = kind == Kind::no_warning ? "remove it: this check cannot fail; "
                                                      : "";
          hint += rule->decide ? fmt::format("to test that it decides, write 'decided_by: {}'", rule->id)
                  : !rule->exclude.empty()
                      ? fmt::format("to test that it holds an option back, write 'excluded: [{}]'", rule->exclude.front())
                      : "list rules that have 'warn:' here ('ragft rules show' gives each rule's effect)";
          error(i, fmt::format("rule '{}' has no 'warn:', so it never adds a warning", rule->id), hint);
          continue;
        }
      }
      out.push_back(i->value);
    }
    return out;
  }

  void read_case(const yaml::Node& n) {
    std::size_t before = out_.errors.size();
    if (!n.is_map()) {
      error(&n, "a test case must be a map with name, answers and expect");
      return;
    }
    reader_.check_keys(n, {"name", "source", "answers", "expect"}, "a test case");
    RuleTestCase c;
    c.file = file_;
    c.pos = n.pos;
    if (const auto* name = n.get("name"); name && name->is_scalar()) c.name = name->value;
    else error(&n, "a test case needs a 'name'");
    if (const auto* s = n.get("source"); s && s->is_scalar()) c.source = s->value;
    if (const auto* a = n.get("answers")) {
      for (auto& [id, ans] : read_answer_map(*a, text_, file_, rules_, out_.errors)) c.answers[id] = ans.value;
    } else {
      error(&n, fmt::format("test case '{}' needs 'answers'", c.name));
    }
    const yaml::Node* e = n.get("expect");
    if (!e || !e->is_map()) {
      error(e ? e : &n, fmt::format("test case '{}' needs 'expect:' with a 'recommendation'", c.name));
    } else {
      reader_.check_keys(*e, {"recommendation", "confidence", "decided_by", "warnings", "no_warnings", "excluded", "unlocks"},
                         "'expect'");
      const yaml::Node* rec = e->get("recommendation");
      if (!rec || !rec->is_scalar()) {
        error(e, "'expect' needs a 'recommendation'");
      } else if (rec->value != "none" && rules_.option_index(rec->value) < 0) {
        error(rec, fmt::format("unknown option '{}'", rec->value), did_you_mean(rec->value, rules_.option_ids()));
      } else {
        c.expect_recommendation = rec->value;
      }
      c.expect_warnings = ids(e->get("warnings"), Kind::warning);
      c.expect_no_warnings = ids(e->get("no_warnings"), Kind::no_warning);
      c.expect_excluded = ids(e->get("excluded"), true);
      c.expect_unlocks = ids(e->get("unlocks"), Kind::criterion);
      if (const yaml::Node* conf = e->get("confidence")) {
        if (!conf->is_scalar() || (conf->value != "high" && conf->value != "medium" && conf->value != "low"))
          error(conf, "'confidence' must be high, medium or low");
        else c.expect_confidence = conf->value;
      }
      if (const yaml::Node* by = e->get("decided_by")) {
        if (!by->is_scalar()) error(by, "'decided_by' must be a rule id");
        else if (std::none_of(rules_.rules.begin(), rules_.rules.end(), [&](const Rule& r) { return r.id == by->value; }))
          error(by, fmt::format("unknown rule '{}'", by->value));
        else c.expect_decided_by = by->value;
      }
    }
    if (out_.errors.size() == before) out_.cases.push_back(std::move(c));
  }
};

}  // namespace

RuleTestLoad load_rule_tests(std::string_view text, const std::string& file, const RuleSet& rules) {
  RuleTestLoad out;
  yaml::ParseResult parsed = yaml::parse_yaml(text, file);
  for (auto& e : parsed.errors) out.errors.push_back(std::move(e));
  CaseReader reader(text, file, rules, out);
  for (const auto& doc : parsed.documents) {
    if (yaml::too_many(out.errors)) break;
    reader.read(*doc.root);
  }
  yaml::cap_diagnostics(out.errors, file);
  // A file that tests nothing is a mistake (an empty file, 'cases: []'),
  // never a pass.
  if (out.errors.empty() && out.cases.empty()) {
    Diagnostic d;
    d.file = file;
    d.message = "the file has no test cases";
    d.hint = "add cases under 'cases:'; see docs/rules.md, 'Rule tests'";
    out.errors.push_back(std::move(d));
  }
  return out;
}

RuleTestOutcome run_rule_test(const Engine& engine, const RuleTestCase& c) {
  Profile p;
  p.file = c.file;
  p.project = c.name;
  for (const auto& [id, v] : c.answers) p.answers[id] = Answer{v, {}};
  RuleTestOutcome out;
  EvalOptions opts;
  opts.would_change = false;
  out.result = engine.evaluate(p, opts);
  const Result& r = out.result;
  auto fail = [&](std::string s) {
    out.passed = false;
    out.failures.push_back(std::move(s));
  };
  if (r.decision.recommendation != c.expect_recommendation)
    fail(fmt::format("expected {}, got {}", c.expect_recommendation, r.decision.recommendation));
  auto warned = [&](const std::string& id) {
    return std::any_of(r.warnings.begin(), r.warnings.end(), [&](const Warning& w) { return w.rule == id; });
  };
  for (const auto& w : c.expect_warnings)
    if (!warned(w)) fail(fmt::format("expected warning '{}', which did not fire", w));
  for (const auto& w : c.expect_no_warnings)
    if (warned(w)) fail(fmt::format("expected no warning '{}', but it fired", w));
  if (!c.expect_confidence.empty() && r.decision.confidence != c.expect_confidence)
    fail(fmt::format("expected confidence {}, got {}{}", c.expect_confidence, r.decision.confidence,
                     r.decision.confidence_reason.empty() ? "" : " (" + r.decision.confidence_reason + ")"));
  if (!c.expect_decided_by.empty() && r.decision.decided_by != c.expect_decided_by)
    fail(fmt::format("expected rule '{}' to decide, got '{}'", c.expect_decided_by,
                     r.decision.decided_by.empty() ? "no decide rule" : r.decision.decided_by));
  for (const auto& u : c.expect_unlocks)
    if (std::none_of(r.next_steps.begin(), r.next_steps.end(),
                     [&](const NextStep& s) { return s.criterion == u && !s.unlocks.empty(); }))
      fail(fmt::format("expected a next step on '{}' that unlocks an option", u));
  for (const auto& o : c.expect_excluded) {
    bool excluded = std::any_of(r.excluded.begin(), r.excluded.end(), [&](const Exclusion& x) { return x.option == o; });
    if (!excluded) fail(fmt::format("expected '{}' to be excluded", o));
  }
  return out;
}

}  // namespace ragft
