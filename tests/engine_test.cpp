// Rule sets in memory: loading, layering, load-time checks, each effect,
// confidence, and what would change the answer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "ragft/engine.h"
#include "ragft/ruleset.h"

using namespace ragft;

namespace {

const char* kBase = R"(ragft-rules: 1
name: test
options:
  - {id: prompt, label: Prompt}
  - {id: rag, label: RAG}
  - {id: fine_tune, label: Fine-tune}
criteria:
  - id: problem
    type: choice
    question: What is wrong?
    choices: [{id: knowledge, label: K}, {id: behavior, label: B}]
  - id: examples
    type: integer
    question: How many?
    min: 0
  - id: quality_target
    type: fraction
    question: Target?
    default: 0.9
  - id: prompt_quality
    type: fraction
    question: Prompt?
    optional: true
  - id: eval_set
    type: yesno
    question: Eval set?
rules:
  - id: knowledge-rag
    when: problem == 'knowledge'
    decide: rag
    text: Facts come from retrieval.
    source: seed 000
  - id: prompt-clears
    when: prompt_quality >= quality_target
    decide: prompt
    text: The prompt reaches {quality_target}.
  - id: enough-examples
    when: examples >= 1000
    score: {fine_tune: 3}
    text: '{examples} examples are enough.'
  - id: few-examples
    when: examples < 1000
    score: {prompt: 2}
    text: Too few examples.
  - id: no-eval
    when: not eval_set
    warn: warning
    about: [fine_tune]
    text: No evaluation set.
)";

RuleSet load(std::vector<RuleSource> layers) {
  RulesLoad l = load_rules(layers);
  for (const auto& d : l.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(l.ok());
  return *l.rules;
}

std::string errors_of(std::vector<RuleSource> layers) {
  RulesLoad l = load_rules(layers);
  std::string out;
  for (const auto& d : l.diagnostics) out += format_diagnostic(d);
  return out;
}

Profile profile(std::map<std::string, expr::Value> answers) {
  Profile p;
  p.file = "p.yaml";
  for (auto& [k, v] : answers) p.answers[k] = Answer{v, {}};
  return p;
}

using expr::Value;

}  // namespace

TEST_CASE("decide, score, warn and confidence") {
  RuleSet rules = load({{"base.yaml", kBase}});
  Engine engine(rules);

  Result r = engine.evaluate(profile({{"problem", Value::of_text("knowledge")}}));
  CHECK(r.decision.recommendation == "rag");
  CHECK(r.decision.decided_by == "knowledge-rag");
  CHECK(r.decision.confidence == "high");

  r = engine.evaluate(profile({{"problem", Value::of_text("behavior")}, {"examples", Value::of_number(2000)},
                               {"eval_set", Value::of_bool(true)}}));
  CHECK(r.decision.recommendation == "fine_tune");
  CHECK(r.decision.scores == std::vector<int>{0, 0, 3});
  CHECK(r.decision.confidence == "medium");
  REQUIRE(r.reasons.size() == 1);
  CHECK(r.reasons[0].text == "2,000 examples are enough.");
  CHECK(r.reasons[0].effect == "fine_tune +3");
  CHECK(r.warnings.empty());
  // quality_target was assumed, prompt_quality not answered.
  REQUIRE(r.assumed.size() == 2);
  CHECK(r.assumed[0].criterion == "quality_target");
  CHECK(r.assumed[0].value == Value::of_number(0.9));
  CHECK(r.assumed[1].criterion == "prompt_quality");
  CHECK(r.assumed[1].value.is_missing());

  // An unanswered yes/no is false, so `not eval_set` fires.
  r = engine.evaluate(profile({{"problem", Value::of_text("behavior")}}));
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].rule == "no-eval");
  CHECK(r.warnings[0].about == std::vector<std::string>{"fine_tune"});
  // Nothing scored: the tie goes to the first option, with low confidence.
  CHECK(r.decision.recommendation == "prompt");
  CHECK(r.decision.confidence == "low");
}

TEST_CASE("what would change the answer, and each claim holds") {
  RuleSet rules = load({{"base.yaml", kBase}});
  Engine engine(rules);
  Profile p = profile({{"problem", Value::of_text("behavior")}, {"examples", Value::of_number(2000)},
                       {"eval_set", Value::of_bool(true)}});
  Result r = engine.evaluate(p);
  REQUIRE(r.would_change.size() == 3);
  CHECK(r.would_change[0].criterion == "problem");
  CHECK(r.would_change[0].condition == "= 'knowledge'");
  CHECK(r.would_change[0].recommendation == "rag");
  CHECK(r.would_change[1].criterion == "examples");
  CHECK(r.would_change[1].condition == "< 1000");
  CHECK(r.would_change[1].value == Value::of_number(999));
  CHECK(r.would_change[1].recommendation == "prompt");
  CHECK(r.would_change[2].criterion == "prompt_quality");
  CHECK(r.would_change[2].condition == ">= 0.9");
  CHECK(r.would_change[2].value == Value::of_number(0.9));
  CHECK(r.would_change[2].recommendation == "prompt");
  for (const auto& w : r.would_change) {
    Profile q = p;
    q.answers[w.criterion] = Answer{w.value, {}};
    CHECK(engine.evaluate(q).decision.recommendation == w.recommendation);
  }
}

TEST_CASE("what would change tries at most 64 values per numeric criterion") {
  // 199 thresholds between 1000 and 5000 that change nothing (warnings only):
  // about 600 candidate values, of which only the 64 nearest to the answer
  // (5000) are tried.
  std::string noise = "ragft-rules: 1\nrules:\n";
  for (int i = 1; i < 200; ++i)
    noise += "  - {id: n" + std::to_string(i) + ", when: \"examples >= " + std::to_string(1000 + 20 * i) +
             "\", warn: info, text: t, source: s}\n";
  Profile p = profile({{"problem", Value::of_text("behavior")}, {"examples", Value::of_number(5000)},
                       {"eval_set", Value::of_bool(true)}});
  auto examples_change = [&](const RuleSet& rules) -> std::string {
    Engine engine(rules);
    Result r = engine.evaluate(p);
    CHECK(r.decision.recommendation == "fine_tune");
    for (const auto& w : r.would_change)
      if (w.criterion == "examples") return w.condition + " -> " + w.recommendation;
    return "";
  };
  // Without the noise, the threshold 4,000 below the answer is found.
  CHECK(examples_change(load({{"base.yaml", kBase}})) == "< 1000 -> prompt");
  // With it, that threshold is past the 64 nearest values and not reported...
  CHECK(examples_change(load({{"base.yaml", kBase}, {"noise.yaml", noise}})) == "");
  // ...while a threshold near the answer still is.
  std::string near = noise + "  - {id: near, when: \"examples > 5010\", score: {rag: 5}, text: t, source: s}\n";
  CHECK(examples_change(load({{"base.yaml", kBase}, {"noise.yaml", near}})) == "> 5010 -> rag");
  CHECK(Engine::kMaxTrialsPerCriterion == 64);
}

TEST_CASE("what would change finds every single change of answer that changes it (built-in rules)") {
  // Random profiles against the built-in rules. For each criterion, every
  // choice, yes and no, and a grid of numbers is tried by deciding afresh:
  // whenever one changes the recommendation, "what would change" must name
  // that criterion (the engine skips the criteria whose rules cannot change
  // the winner and the rules whose truth cannot change, so this checks that
  // it never skips one that can), and every claim it makes must hold.
  RulesLoad l = load_rules(builtin_rule_sources());
  REQUIRE(l.ok());
  const RuleSet& rules = *l.rules;
  Engine engine(rules);
  std::uint64_t seed = 7;
  auto next = [&](std::uint64_t n) {  // SplitMix64: the same sequence everywhere
    seed += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = seed;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return (z ^ (z >> 31)) % n;
  };
  auto values_of = [](const Criterion& c) {
    std::vector<Value> out;
    if (c.type == CriterionType::choice) {
      for (const auto& ch : c.choices) out.push_back(Value::of_text(ch.id));
    } else if (c.type == CriterionType::yesno) {
      out = {Value::of_bool(false), Value::of_bool(true)};
    } else {
      std::vector<double> grid = c.type == CriterionType::fraction
                                     ? std::vector<double>{0, 0.1, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99, 1}
                                     : std::vector<double>{0, 1, 5, 10, 50, 100, 500, 1000, 5000, 1e4, 5e4, 1e5, 1e6, 1e7, 1e8};
      for (double v : grid)
        if ((!c.min || v >= *c.min) && (!c.max || v <= *c.max) && (!c.above || v > *c.above))
          out.push_back(Value::of_number(v));
    }
    return out;
  };
  int flips = 0;
  for (int n = 0; n < 300; ++n) {
    Profile p;
    p.file = "random.yaml";
    for (const Criterion& c : rules.criteria) {
      std::vector<Value> values = values_of(c);
      std::uint64_t pick = next(values.size() + 1);
      if (pick < values.size()) p.answers[c.id] = Answer{values[pick], {}};  // else unanswered
    }
    Result r = engine.evaluate(p);
    Answers given = Engine::answers_of(p);
    for (const auto& w : r.would_change) {
      Answers changed = given;
      changed[w.criterion] = w.value;
      INFO("profile " << n << ": " << w.criterion << " " << w.condition);
      CHECK(engine.decide(changed).recommendation == w.recommendation);
    }
    for (const Criterion& c : rules.criteria) {
      if (c.group == "cost") continue;  // not tried: what-ifs of prices belong to `ragft cost`
      bool named = std::any_of(r.would_change.begin(), r.would_change.end(),
                               [&](const WouldChange& w) { return w.criterion == c.id; });
      for (const Value& v : values_of(c)) {
        Answers changed = given;
        changed[c.id] = v;
        if (engine.decide(changed).recommendation == r.decision.recommendation) continue;
        ++flips;
        INFO("profile " << n << ": " << c.id << " = " << v.to_string() << " changes "
                        << r.decision.recommendation << " to " << engine.decide(changed).recommendation);
        CHECK(named);
        break;
      }
    }
  }
  CHECK(flips > 300);  // the profiles do exercise changes
}

TEST_CASE("what would change: an answer that moves a cost figure is tried with the figure moved too") {
  // A closed set of facts, asked about 998 times a day: at weekly change the
  // facts stay in retrieval. Yearly change makes a retraining rare enough
  // that fine-tuning undercuts retrieval at this volume (seed 004's closed
  // stable set at volume). Changing knowledge_change alone flips no leaf of
  // that rule; changing it with the break-even it moves does.
  RulesLoad l = load_rules(builtin_rule_sources());
  REQUIRE(l.ok());
  Engine engine(*l.rules);
  Profile p;
  p.file = "closed-set.yaml";
  for (auto [id, v] : std::initializer_list<std::pair<const char*, Value>>{
           {"problem", Value::of_text("knowledge")}, {"knowledge_change", Value::of_text("weekly")},
           {"task_scope", Value::of_text("narrow")}, {"prompt_quality", Value::of_number(0.875)},
           {"labeled_examples", Value::of_number(3371)}, {"eval_set", Value::of_bool(true)},
           {"calls_per_day", Value::of_number(998)}, {"privacy", Value::of_text("sensitive")},
           {"citations_required", Value::of_bool(false)}})
    p.answers[id] = Answer{v, {}};
  Result r = engine.evaluate(p);
  CHECK(r.decision.recommendation == "rag");
  auto claim = std::find_if(r.would_change.begin(), r.would_change.end(),
                            [](const WouldChange& w) { return w.criterion == "knowledge_change"; });
  REQUIRE(claim != r.would_change.end());
  CHECK(claim->condition == "= 'yearly'");
  CHECK(claim->recommendation == "fine_tune");
  Answers changed = Engine::answers_of(p);
  changed["knowledge_change"] = Value::of_text("quarterly");  // a retraining each quarter: still dearer
  CHECK(engine.decide(changed).recommendation == "rag");
  changed["knowledge_change"] = Value::of_text("yearly");
  CHECK(engine.decide(changed).recommendation == "fine_tune");
}

TEST_CASE("every what-if states its exact boundary, in whole counts, and names the error trap it leads to; a held-back option has its unlock") {
  // Random profiles against the built-in rules, with numbers anywhere in
  // their ranges (not only round ones). For each numeric claim, the value
  // stated changes the recommendation to the one claimed, and the next value
  // on the grid toward the current answer (one more or one less; a
  // thousandth for a fraction) keeps the current one: "< k" means k keeps
  // it and the value given (k - 1) changes it; ">= f" means f changes it and
  // f - 1 keeps it; "<=" and ">" likewise. Counts are whole. A claim names an error-level trap
  // exactly when its new verdict carries one.
  RulesLoad l = load_rules(builtin_rule_sources());
  REQUIRE(l.ok());
  const RuleSet& rules = *l.rules;
  Engine engine(rules);
  std::uint64_t seed = 16;
  auto next = [&](std::uint64_t n) {  // SplitMix64
    seed += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = seed;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return (z ^ (z >> 31)) % n;
  };
  auto random_value = [&](const Criterion& c) {
    if (c.type == CriterionType::choice) return Value::of_text(c.choices[next(c.choices.size())].id);
    if (c.type == CriterionType::yesno) return Value::of_bool(next(2) == 1);
    if (c.type == CriterionType::fraction) return Value::of_number(static_cast<double>(next(1001)) / 1000);
    // Counts over several magnitudes: up to 10, 1,000, 100,000 or 10,000,000.
    const std::uint64_t tops[] = {10, 1000, 100000, 10000000};
    double v = static_cast<double>(next(tops[next(4)] + 1));
    if (c.above && !(v > *c.above)) v = *c.above + 1;
    return Value::of_number(v);
  };
  auto error_trap = [&](const Answers& answers, const std::string& option) {
    Profile q;
    q.file = "changed.yaml";
    for (const auto& [id, v] : answers) q.answers[id] = Answer{v, {}};
    EvalOptions o;
    o.would_change = false;
    for (const auto& w : engine.evaluate(q, o).warnings)
      if (w.severity == Severity::error && !w.rule.empty() && w.concerns(option)) return w.rule;
    return std::string();
  };
  int numeric = 0;
  for (int n = 0; n < 400; ++n) {
    Profile p;
    p.file = "random.yaml";
    for (const Criterion& c : rules.criteria)
      if (c.group != "cost" && next(5) > 0) p.answers[c.id] = Answer{random_value(c), {}};
    Result r = engine.evaluate(p);
    const Answers given = Engine::answers_of(p);
    // The option a verdict before the deciding one would have chosen, if a
    // gate holds it back: a next step names the answer that unlocks it.
    EvalOptions traced;
    traced.trace = true;
    traced.would_change = false;
    for (const auto& t : engine.evaluate(p, traced).trace) {
      if (t.rule == r.decision.decided_by) break;
      if (!t.fired || t.effect.rfind("decide ", 0) != 0 || t.effect == "decide none") continue;
      const std::string held = t.effect.substr(7);
      INFO("profile " << n << ": " << held << " is held back");
      CHECK(std::any_of(r.next_steps.begin(), r.next_steps.end(),
                        [&](const NextStep& s) { return s.unlocks == held && !s.criterion.empty(); }));
      break;
    }
    for (const auto& w : r.would_change) {
      INFO("profile " << n << ": " << w.criterion << " " << w.condition << " -> " << w.recommendation);
      Answers changed = given;
      changed[w.criterion] = w.value;
      CHECK(engine.decide(changed).recommendation == w.recommendation);
      CHECK(error_trap(changed, w.recommendation) == w.trap);
      const Criterion* c = rules.criterion(w.criterion);
      REQUIRE(c);
      if (!c->numeric() || w.condition == "answered") continue;
      ++numeric;
      const double step = c->type == CriterionType::fraction ? 0.001 : 1;
      if (c->type != CriterionType::fraction) CHECK(std::floor(w.value.number) == w.value.number);
      const std::size_t space = w.condition.find(' ');
      REQUIRE(space != std::string::npos);
      const std::string op = w.condition.substr(0, space);
      const double bound = std::stod(w.condition.substr(space + 1));
      // The value that keeps the answer, as a profile gives it (941 / 1000, not 941 * 0.001).
      const double scale = 1 / step;
      double keep = 0;
      if (op == "<") {
        CHECK(w.value.number == std::round(bound * scale - 1) / scale);
        keep = bound;
      } else if (op == "<=") {
        CHECK(w.value.number == bound);
        keep = std::round(bound * scale + 1) / scale;
      } else if (op == ">") {
        CHECK(w.value.number == std::round(bound * scale + 1) / scale);
        keep = bound;
      } else {
        REQUIRE(op == ">=");
        CHECK(w.value.number == bound);
        keep = std::round(bound * scale - 1) / scale;
      }
      Answers keeps = given;
      keeps[w.criterion] = Value::of_number(keep);
      CHECK(engine.decide(keeps).recommendation == r.decision.recommendation);
    }
  }
  CHECK(numeric > 150);  // the profiles do exercise numeric claims
}

TEST_CASE("layers replace, disable and change") {
  const char* layer = R"(ragft-rules: 1
disable: [few-examples]
criteria:
  - id: quality_target
    default: 0.95
rules:
  - id: enough-examples
    when: examples >= 500
    score: {fine_tune: 5}
    text: Enough.
)";
  RuleSet rules = load({{"base.yaml", kBase}, {"team.yaml", layer}});
  CHECK(rules.rules.size() == 5);
  CHECK(rules.rules[2].id == "enough-examples");  // replaced in place
  CHECK(rules.rules[2].score[0].points == 5);
  CHECK_FALSE(rules.rules[3].enabled);
  CHECK(rules.criterion("quality_target")->default_value == Value::of_number(0.95));
  Engine engine(rules);
  Result r = engine.evaluate(profile({{"problem", Value::of_text("behavior")}, {"examples", Value::of_number(600)}}));
  CHECK(r.decision.recommendation == "fine_tune");
}

TEST_CASE("exclusions") {
  const char* layer = R"(ragft-rules: 1
rules:
  - id: no-training
    when: examples < 100
    exclude: [fine_tune]
    text: Nothing to train on.
  - id: all-out
    when: examples == 0
    exclude: [prompt, rag]
    text: Nothing fits.
)";
  RuleSet rules = load({{"base.yaml", kBase}, {"more.yaml", layer}});
  Engine engine(rules);
  Result r = engine.evaluate(profile({{"problem", Value::of_text("behavior")}, {"examples", Value::of_number(50)}}));
  REQUIRE(r.excluded.size() == 1);
  CHECK(r.excluded[0].option == "fine_tune");
  CHECK(r.excluded[0].reason == "Nothing to train on.");
  CHECK(r.decision.recommendation == "prompt");
  r = engine.evaluate(profile({{"problem", Value::of_text("behavior")}, {"examples", Value::of_number(0)}}));
  CHECK(r.decision.recommendation == "none");
  CHECK(r.decision.confidence == "low");
  REQUIRE_FALSE(r.warnings.empty());
  CHECK(r.warnings.back().text == "every option is excluded: fine_tune (no-training), prompt (all-out), rag (all-out)");
}

TEST_CASE("load-time errors point inside the YAML string") {
  const char* bad = R"(ragft-rules: 1
rules:
  - id: typo
    when: problem == 'knowledge' and exampels > 5
    score: {fine_tune: 1}
)";
  CHECK(errors_of({{"base.yaml", kBase}, {"bad.yaml", bad}}) ==
        "bad.yaml:4:38: error: unknown criterion 'exampels'\n"
        " 4 |     when: problem == 'knowledge' and exampels > 5\n"
        "   |                                      ^~~~~~~~\n"
        "  hint: did you mean 'examples'?\n");

  const char* bad_option = R"(ragft-rules: 1
rules:
  - id: opt
    when: true
    score: {fine_tun: 1}
)";
  CHECK(errors_of({{"base.yaml", kBase}, {"bad.yaml", bad_option}}) ==
        "bad.yaml:5:13: error: unknown option 'fine_tun'\n"
        " 5 |     score: {fine_tun: 1}\n"
        "   |             ^~~~~~~~\n"
        "  hint: did you mean 'fine_tune'?\n");
}

TEST_CASE("every problem is reported, not only the first") {
  const char* bad = R"(ragft-rules: 1
rules:
  - id: a
    when: problem == 'knowlege'
    decide: rag
  - id: a
    when: true
    score: {rag: 1}
  - id: b
    when: examples > 'many'
    score: {rag: 1}
  - id: c
    when: problem == 'knowledge'
    sore: {rag: 1}
)";
  RulesLoad l = load_rules({{"base.yaml", kBase}, {"bad.yaml", bad}});
  CHECK_FALSE(l.ok());
  std::vector<std::string> messages;
  for (const auto& d : l.diagnostics) messages.push_back(d.message);
  CHECK(messages == std::vector<std::string>{
                        "'knowlege' is not a value of 'problem'",
                        "duplicate rule id 'a'",
                        "'>' needs numbers, not a text",
                        "rule 'c' has no effect",
                        "unknown key 'sore' in a rule",
                    });
}

TEST_CASE("unreachable decide rules are errors") {
  const char* shadow = R"(ragft-rules: 1
rules:
  - id: late-knowledge
    when: problem == 'knowledge' and eval_set
    decide: prompt
    text: Never reached.
)";
  CHECK(errors_of({{"base.yaml", kBase}, {"s.yaml", shadow}}) ==
        "s.yaml:5:13: error: decide rule 'late-knowledge' is never reached: rule 'knowledge-rag' decides first "
        "whenever it fires\n"
        " 5 |     decide: prompt\n"
        "   |             ^~~~~~\n"
        "  hint: move it before 'knowledge-rag' or narrow that rule's condition\n");
  const char* never = R"(ragft-rules: 1
rules:
  - id: impossible
    when: problem == 'behavior' and problem == 'knowledge'
    decide: prompt
    text: Never.
)";
  RulesLoad l = load_rules({{"base.yaml", kBase}, {"n.yaml", never}});
  REQUIRE(l.diagnostics.size() == 1);
  CHECK(l.diagnostics[0].message == "decide rule 'impossible' can never fire: no answers satisfy its condition");
}

TEST_CASE("the built-in rules pass every load-time proof, reachability of decide rules included") {
  RuleLimits limits;
  limits.prove_builtin = true;
  RulesLoad l = load_rules(builtin_rule_sources(), limits);
  REQUIRE(l.ok());
  CHECK(l.diagnostics.empty());
  // A built-in decide rule moved after the catch-all of its problem is
  // reported, so the proof does run on the built-in layers.
  std::vector<RuleSource> layers = builtin_rule_sources();
  layers.push_back({"late.yaml", R"(ragft-rules: 1
rules:
  - id: late-prompt
    when: problem == 'behavior'
    decide: prompt
    text: never reached
)"});
  RulesLoad late = load_rules(layers);
  REQUIRE_FALSE(late.ok());
  CHECK(late.diagnostics.front().message ==
        "decide rule 'late-prompt' is never reached: rule 'behavior-prompt-first' decides first whenever it fires");
}

TEST_CASE("an exclusion wins over a decide rule: the next verdict decides, and none when nothing is left") {
  std::vector<RuleSource> layers = builtin_rule_sources();
  layers.push_back({"team.yaml", R"(ragft-rules: 1
rules:
  - id: team-no-retrieval
    when: problem == 'knowledge'
    exclude: [rag]
    text: Our platform offers no retrieval service yet.
    step: Ask the platform team for a retrieval service.
    unlock: {privacy: "!= no_persistent_index"}
)"});
  RulesLoad l = load_rules(layers);
  REQUIRE(l.ok());
  Engine engine(*l.rules);
  Profile p;
  p.file = "p.yaml";
  p.answers["problem"] = Answer{expr::Value::of_text("knowledge"), {}};
  p.answers["knowledge_change"] = Answer{expr::Value::of_text("weekly"), {}};
  Result r = engine.evaluate(p);
  // knowledge-needs-retrieval fires but rag is excluded: it is passed over,
  // and no option addresses missing facts that move weekly: none.
  CHECK(r.decision.recommendation == "none");
  CHECK(r.decision.decided_by == "knowledge-nothing-fits");
  CHECK(r.decision.confidence == "low");
  CHECK(r.decision.excluded[static_cast<std::size_t>(l.rules->option_index("rag"))]);
  // The gate's step names what would unlock the option it holds back.
  auto step = std::find_if(r.next_steps.begin(), r.next_steps.end(),
                           [](const NextStep& s) { return s.rule == "team-no-retrieval"; });
  REQUIRE(step != r.next_steps.end());
  CHECK(step->unlocks == "rag");
  CHECK(step->text == "Ask the platform team for a retrieval service.");
  // The held-back verdict is not among the reasons: it did not decide.
  CHECK(std::none_of(r.reasons.begin(), r.reasons.end(),
                     [](const Reason& x) { return x.rule == "knowledge-needs-retrieval"; }));
}
