// The questionnaire walk without a terminal: which questions are asked, the
// position, reply parsing, help, back, skip, the summary and its edits,
// pre-filling, the end of input, the rendering, and the saved profile's round
// trip through load_profiles and the engine.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "ragft/engine.h"
#include "ragft/profile_writer.h"
#include "ragft/questionnaire.h"
#include "ragft/report.h"
#include "ragft/ruleset.h"

using namespace ragft;
using expr::Value;

namespace {

const char* kRules = R"(ragft-rules: 1
name: ask test
version: "7"
options:
  - {id: prompt, label: Prompt}
  - {id: rag, label: RAG}
  - {id: fine_tune, label: Fine-tune}
criteria:
  - id: problem
    type: choice
    question: What is wrong?
    hint: Facts or behavior.
    help: |
      Knowledge means facts.
      Behavior means format.
    choices:
      - {id: knowledge, label: Missing facts}
      - {id: behavior, label: Wrong behavior}
      - {id: both, label: Both}
  - id: behavior
    type: choice
    question: Which behavior?
    choices: [{id: format, label: Format}, {id: tone, label: Tone}, {id: task, label: Task}]
    ask_when: problem in ['behavior', 'both']
  - id: examples
    type: integer
    question: How many examples?
    min: 0
    unit: examples
  - id: quality_target
    type: fraction
    question: Target?
    default: 0.9
  - id: prompt_quality
    type: fraction
    question: Prompt score?
    optional: true
  - id: latency_ms
    type: number
    question: Latency budget?
    optional: true
    above: 0
    unit: ms
  - id: eval_set
    type: yesno
    question: Eval set?
  - id: hourly_rate
    type: number
    group: cost
    question: Hourly rate?
    default: 85
    unit: USD/h
rules:
  - id: knowledge-rag
    when: problem == 'knowledge'
    decide: rag
    text: Facts come from retrieval.
  - id: enough
    when: examples >= 1000
    score: {fine_tune: 3}
    text: '{examples} examples are enough.'
  - id: few
    when: examples < 1000
    score: {prompt: 2}
    text: Too few examples.
  - id: gap
    when: prompt_quality < quality_target
    score: {fine_tune: 2}
    text: The prompt falls short.
  - id: slow
    when: latency_ms < 100
    score: {fine_tune: 1}
    text: Tight budget.
)";

RuleSet load(std::vector<RuleSource> layers) {
  RulesLoad l = load_rules(layers);
  for (const auto& d : l.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(l.ok());
  return *l.rules;
}

const RuleSet& test_rules() {
  static const RuleSet rules = load({{"ask.yaml", kRules}});
  return rules;
}

std::string current_id(const Questionnaire& q) { return q.current() ? q.current()->id : "(none)"; }

std::string pos(const Questionnaire& q) {
  Position p = q.position();
  return std::to_string(p.index) + " of " + std::to_string(p.total);
}

// Answers each line in turn; every reply must be accepted.
void walk(Questionnaire& q, std::vector<std::string> lines) {
  for (const auto& line : lines) {
    INFO("answer '" << line << "' to " << current_id(q));
    Reply r = q.reply(line);
    INFO(r.text << " / " << r.hint);
    REQUIRE((r.kind == Reply::Kind::answered || r.kind == Reply::Kind::skipped));
  }
}

Value answer_of(const Questionnaire& q, const std::string& id) {
  Profile p = q.profile();
  auto it = p.answers.find(id);
  return it == p.answers.end() ? Value{} : it->second.value;
}

}  // namespace

TEST_CASE("the walk asks the questions that apply, in order, with the position") {
  Questionnaire q(test_rules());
  CHECK(q.stage() == Stage::question);
  CHECK(current_id(q) == "problem");
  // `behavior` may still apply: counted until problem is answered.
  CHECK(pos(q) == "1 of 7");
  CHECK_FALSE(q.can_go_back());
  walk(q, {"knowledge"});
  CHECK(current_id(q) == "examples");
  CHECK(pos(q) == "2 of 6");
  CHECK(q.can_go_back());
  walk(q, {"2000", "", "skip", "", "n"});
  CHECK(q.stage() == Stage::summary);
  CHECK(q.current() == nullptr);

  Questionnaire b(test_rules());
  walk(b, {"behavior"});
  CHECK(current_id(b) == "behavior");
  CHECK(pos(b) == "2 of 7");
}

TEST_CASE("cost questions are asked only when detailed") {
  Questionnaire q(test_rules(), QuestionnaireOptions{true});
  CHECK(pos(q) == "1 of 8");
  walk(q, {"knowledge", "2000", "", "", "", "y"});
  CHECK(current_id(q) == "hourly_rate");
  CHECK(pos(q) == "7 of 7");
  CHECK(q.suggestion().value == Value::of_number(85));
  walk(q, {"120 USD/h"});
  CHECK(answer_of(q, "hourly_rate") == Value::of_number(120));
  CHECK(q.stage() == Stage::summary);

  Questionnaire plain(test_rules());
  walk(plain, {"knowledge", "2000", "", "", "", "y"});
  CHECK(plain.stage() == Stage::summary);
  CHECK(plain.profile().answers.count("hourly_rate") == 0);
}

TEST_CASE("choices by number, id, unique prefix; errors say why") {
  Questionnaire q(test_rules());
  walk(q, {"2"});
  CHECK(answer_of(q, "problem") == Value::of_text("behavior"));

  Reply r = q.reply("t");
  CHECK(r.kind == Reply::Kind::invalid);
  CHECK(r.text == "'t' could be tone or task");
  CHECK(r.hint == "type more letters, or the number of the choice");
  r = q.reply("4");
  CHECK(r.text == "4 is not one of the choices of 'behavior'");
  CHECK(r.hint == "type a number from 1 to 3, or one of: format, tone, task");
  r = q.reply("tonne");
  CHECK(r.text == "'tonne' is not a value of 'behavior'");
  CHECK(r.hint == "did you mean 'tone'? expected one of: format, tone, task, or a number from 1 to 3");
  CHECK(current_id(q) == "behavior");  // an invalid answer never moves on
  walk(q, {"TA"});
  CHECK(answer_of(q, "behavior") == Value::of_text("task"));

  Questionnaire k(test_rules());
  walk(k, {"Knowledge"});
  CHECK(answer_of(k, "problem") == Value::of_text("knowledge"));
  Questionnaire p(test_rules());
  walk(p, {"bo"});
  CHECK(answer_of(p, "problem") == Value::of_text("both"));
}

TEST_CASE("numbers, fractions and yes/no as people type them") {
  Questionnaire q(test_rules());
  walk(q, {"knowledge"});
  Reply r = q.reply("lots");
  CHECK(r.kind == Reply::Kind::invalid);
  CHECK(r.text == "'lots' is not a whole number for 'examples'");
  CHECK(r.hint == "expected a whole number >= 0, such as 2000 or 2k");
  r = q.reply("1.5");
  CHECK(r.text == "'1.5' is not a whole number for 'examples'");
  r = q.reply("-1");
  CHECK(r.text == "-1 is out of range for 'examples': it must be >= 0");
  walk(q, {"2,000 examples"});
  CHECK(answer_of(q, "examples") == Value::of_number(2000));

  r = q.reply("97");
  CHECK(r.text == "97 is outside 0..1 for 'quality_target'");
  CHECK(r.hint == "did you mean 97%? expected a fraction from 0 to 1, such as 0.97 or 97%");
  walk(q, {"99.7%", "0.85"});
  CHECK(answer_of(q, "quality_target") == Value::of_number(0.997));
  CHECK(answer_of(q, "prompt_quality") == Value::of_number(0.85));

  r = q.reply("0 ms");
  CHECK(r.text == "0 is out of range for 'latency_ms': it must be > 0");
  walk(q, {"300ms"});
  CHECK(answer_of(q, "latency_ms") == Value::of_number(300));

  r = q.reply("maybe");
  CHECK(r.text == "'maybe' is not yes or no for 'eval_set'");
  walk(q, {"Y"});
  CHECK(answer_of(q, "eval_set") == Value::of_bool(true));

  Questionnaire m(test_rules());
  walk(m, {"knowledge", "3M"});
  CHECK(answer_of(m, "examples") == Value::of_number(3e6));
}

TEST_CASE("? shows the help; it never moves on") {
  Questionnaire q(test_rules());
  Reply r = q.reply("?");
  CHECK(r.kind == Reply::Kind::help);
  CHECK(r.text ==
        "Knowledge means facts.\nBehavior means format.\n\n"
        "Allowed: one of: knowledge, behavior, both, or a number from 1 to 3\n");
  CHECK(current_id(q) == "problem");
  walk(q, {"both"});
  CHECK(q.reply("help").text ==
        "Allowed: one of: format, tone, task, or a number from 1 to 3\n"
        "Asked only when: problem in ['behavior', 'both']\n");
  walk(q, {"format", "10"});
  CHECK(q.reply("?").text == "Allowed: a fraction from 0 to 1, such as 0.97 or 97%\nDefault: 0.9\n");
}

TEST_CASE("back returns to the previous question with its answer as the default") {
  Questionnaire q(test_rules());
  Reply r = q.reply("b");
  CHECK(r.kind == Reply::Kind::invalid);
  CHECK(r.text == "there is no earlier question to go back to");
  walk(q, {"behavior", "tone", "500"});
  CHECK(current_id(q) == "quality_target");
  CHECK(q.reply("back").kind == Reply::Kind::back);
  CHECK(current_id(q) == "examples");
  CHECK(q.suggestion().value == Value::of_number(500));
  CHECK(q.reply("B").kind == Reply::Kind::back);
  CHECK(current_id(q) == "behavior");
  CHECK(q.suggestion().value == Value::of_text("tone"));
  walk(q, {""});  // Enter keeps the previous answer
  CHECK(answer_of(q, "behavior") == Value::of_text("tone"));
  CHECK(current_id(q) == "examples");
  CHECK(q.suggestion().value == Value::of_number(500));
  walk(q, {"600"});
  CHECK(answer_of(q, "examples") == Value::of_number(600));

  // Going back to `problem` and changing it drops the behavior question.
  q.reply("b");
  q.reply("b");
  q.reply("b");
  CHECK(current_id(q) == "problem");
  walk(q, {"knowledge"});
  CHECK(current_id(q) == "examples");
  CHECK(q.suggestion().value == Value::of_number(600));
}

TEST_CASE("optional questions can be skipped; others cannot") {
  Questionnaire q(test_rules());
  walk(q, {"knowledge"});
  Reply r = q.reply("");
  CHECK(r.kind == Reply::Kind::invalid);
  CHECK(r.text == "'examples' needs an answer");
  CHECK(r.hint == "expected a whole number >= 0, such as 2000 or 2k; ? shows help");
  r = q.reply("skip");
  CHECK(r.text == "'examples' cannot be skipped: the rules need an answer");
  CHECK(r.hint == "? shows help and what is allowed");
  walk(q, {"100"});
  r = q.reply("not sure");
  CHECK(r.hint == "press Enter to accept the default (0.9), or ? for help");
  walk(q, {""});
  CHECK(answer_of(q, "quality_target") == Value::of_number(0.9));
  CHECK(q.suggestion().skip);
  CHECK(q.reply("").kind == Reply::Kind::skipped);
  CHECK(q.reply("not sure").kind == Reply::Kind::skipped);
  walk(q, {"no"});
  CHECK(q.stage() == Stage::summary);
  CHECK(q.skipped() == std::vector<std::string>{"prompt_quality", "latency_ms"});
  Profile p = q.profile();
  CHECK(p.answers.size() == 4);
  CHECK(p.answers.count("prompt_quality") == 0);
}

TEST_CASE("the summary: numbers, edits, answers that stop applying") {
  Questionnaire q(test_rules());
  walk(q, {"behavior", "format", "2000", "", "skip", "", "y"});
  REQUIRE(q.stage() == Stage::summary);
  auto lines = q.summary();
  REQUIRE(lines.size() == 7);
  CHECK(lines[1].criterion->id == "behavior");
  CHECK(lines[4].skipped);

  Reply r = q.choose("99");
  CHECK(r.kind == Reply::Kind::invalid);
  CHECK(r.text == "there is no answer number 99");
  CHECK(r.hint == "type a number from 1 to 7 to change that answer, or press Enter for the verdict");
  r = q.choose("exampels");
  CHECK(r.text == "'exampels' is not an answer number");
  CHECK(r.hint == "did you mean 'examples'? or type a number from 1 to 7 to change that answer, or press Enter for the verdict");

  // Change examples by number; Enter would keep it.
  CHECK(q.choose("3").kind == Reply::Kind::edit);
  CHECK(current_id(q) == "examples");
  CHECK(q.editing());
  CHECK(q.position().index == 0);
  CHECK(q.suggestion().value == Value::of_number(2000));
  walk(q, {"50"});
  CHECK(q.stage() == Stage::summary);
  CHECK(answer_of(q, "examples") == Value::of_number(50));

  // `b` in an edit keeps the answer.
  q.choose("eval_set");
  r = q.reply("b");
  CHECK(r.kind == Reply::Kind::back);
  CHECK(r.text == "kept the answer to 'eval_set'");
  CHECK(q.stage() == Stage::summary);

  // problem -> knowledge: behavior no longer applies and is left out.
  q.choose("1");
  walk(q, {"knowledge"});
  CHECK(q.stage() == Stage::summary);
  CHECK(q.summary().size() == 6);
  auto left = q.left_out();
  REQUIRE(left.size() == 1);
  CHECK(left[0].first->id == "behavior");
  CHECK(q.profile().answers.count("behavior") == 0);

  // problem -> both: behavior applies again, with its earlier answer.
  q.choose("1");
  walk(q, {"both"});
  CHECK(answer_of(q, "behavior") == Value::of_text("format"));
  CHECK(q.choose("").kind == Reply::Kind::done);
  CHECK(q.stage() == Stage::done);
}

TEST_CASE("an edit can open a question that now applies") {
  Questionnaire q(test_rules());
  walk(q, {"knowledge", "2000", "", "", "", "y"});
  q.choose("1");
  walk(q, {"behavior"});
  // The walk continues with the question that now applies, then the summary.
  CHECK(q.stage() == Stage::question);
  CHECK(current_id(q) == "behavior");
  walk(q, {"tone"});
  CHECK(q.stage() == Stage::summary);
  // `back` at the summary reopens the last question answered.
  CHECK(q.choose("back").kind == Reply::Kind::back);
  CHECK(current_id(q) == "behavior");
}

TEST_CASE("pre-filled answers are not asked; --defaults accepts every default") {
  Questionnaire q(test_rules());
  Profile from;
  from.file = "team.yaml";
  from.project = "Claims";
  from.answers["problem"] = Answer{Value::of_text("behavior"), {}};
  from.answers["examples"] = Answer{Value::of_number(300), {}};
  q.prefill_profile(from);
  q.prefill("examples", Value::of_number(5000), AnswerSource::set);
  CHECK(current_id(q) == "behavior");
  CHECK(pos(q) == "1 of 5");
  q.accept_defaults();
  CHECK(current_id(q) == "behavior");
  CHECK(pos(q) == "1 of 2");
  walk(q, {"task", "y"});
  CHECK(q.stage() == Stage::summary);
  auto lines = q.summary();
  REQUIRE(lines.size() == 7);
  CHECK(lines[0].source == AnswerSource::from_file);
  CHECK(lines[2].source == AnswerSource::set);
  CHECK(lines[3].source == AnswerSource::defaults);
  CHECK(lines[4].skipped);
  Profile p = q.profile();
  CHECK(p.project == "Claims");
  CHECK(p.answers.at("examples").value == Value::of_number(5000));
  CHECK(p.answers.at("quality_target").value == Value::of_number(0.9));
  CHECK(p.answers.count("hourly_rate") == 0);  // not asked without --detailed
}

TEST_CASE("the end of input takes the defaults and names what is missing") {
  Questionnaire q(test_rules());
  walk(q, {"knowledge"});
  q.end_of_input();
  CHECK(q.stage() == Stage::done);
  std::vector<std::string> missing;
  for (const auto* c : q.missing()) missing.push_back(c->id);
  CHECK(missing == std::vector<std::string>{"examples", "eval_set"});
  CHECK(answer_of(q, "quality_target") == Value::of_number(0.9));

  Questionnaire all(test_rules());
  walk(all, {"knowledge", "10", "0.8"});
  all.end_of_input();
  REQUIRE(all.missing().size() == 1);
  CHECK(all.missing()[0]->id == "eval_set");

  Questionnaire none(test_rules());
  none.end_of_input();
  REQUIRE(none.missing().size() == 3);  // problem, examples, eval_set (behavior does not apply yet)
}

TEST_CASE("rendering a question, a reply and the summary") {
  Questionnaire q(test_rules());
  TextStyle style;
  style.width = 60;
  CHECK(render_question(q, style) ==
        "Question 1 of 7: What is wrong?\n"
        "  Facts or behavior.\n"
        "    1  knowledge  Missing facts\n"
        "    2  behavior   Wrong behavior\n"
        "    3  both       Both\n"
        "  type a number or a name · ?: help\n");
  walk(q, {"knowledge"});
  CHECK(render_question(q, style) ==
        "Question 2 of 6: How many examples?\n"
        "  a whole number >= 0, such as 2000 or 2k (examples) · ?:\n"
        "    help · b: back\n");
  walk(q, {"10", "", ""});
  CHECK(render_question(q, style) ==
        "Question 5 of 6: Latency budget?\n"
        "  a number > 0, such as 500 (ms) · Enter: not sure (skip) ·\n"
        "    ?: help · b: back\n");
  CHECK(render_reply(q.reply("x"), style) ==
        "  error: 'x' is not a number for 'latency_ms'\n"
        "  hint: expected a number > 0, such as 500\n");
  walk(q, {"", "n"});
  CHECK(render_summary(q, style) ==
        "Your answers\n"
        "  1  problem         knowledge\n"
        "  2  examples        10 examples\n"
        "  3  quality_target  0.9\n"
        "  4  prompt_quality  not sure\n"
        "  5  latency_ms      not sure\n"
        "  6  eval_set        no\n"
        "Type a number from 1 to 6 to change an answer, or press\n"
        "  Enter for the verdict.\n");
  q.choose("2");
  CHECK(render_question(q, style) ==
        "Change 'examples': How many examples?\n"
        "  a whole number >= 0, such as 2000 or 2k (examples) ·\n"
        "    Enter: 10 · ?: help · b: keep the answer\n");
  style.color = true;
  CHECK(render_reply(Reply{Reply::Kind::invalid, "bad", ""}, style) == "  \x1b[31merror:\x1b[0m bad\n");
}

TEST_CASE("an answer typed otherwise than its value is shown back") {
  Questionnaire q(test_rules());
  TextStyle style;
  Reply prefix = q.reply("beh");
  CHECK(prefix.kind == Reply::Kind::answered);
  CHECK(render_reply(prefix, style) == "  problem = behavior\n");
  q.reply("b");
  CHECK(render_reply(q.reply("2"), style) == "  problem = behavior\n");  // by number
  CHECK(render_reply(q.reply("format"), style).empty());               // typed as it is: nothing to show
  CHECK(render_reply(q.reply("2k"), style) == "  examples = 2000\n");
  CHECK(render_reply(q.reply(""), style) == "  quality_target = 0.9\n");  // Enter: the default
  style.color = true;
  CHECK(render_reply(q.reply("97%"), style) == "\x1b[2m  prompt_quality = 0.97\x1b[0m\n");
}

TEST_CASE("help text wraps at the width without breaking a word") {
  TextStyle style;
  style.width = 40;
  Reply help{Reply::Kind::help,
             "Retrieval adds roughly 200-600 ms to every call.\n"
             "\n"
             "none                 no special constraint at all here\n"
             "short line\n",
             ""};
  CHECK(render_reply(help, style) ==
        "  Retrieval adds roughly 200-600 ms to\n"
        "  every call.\n"
        "\n"
        "  none                 no special\n"
        "                       constraint at all\n"
        "                       here\n"
        "  short line\n");
}

TEST_CASE("ask --list: the questions as JSON for other tools") {
  auto j = questions_json(test_rules());
  CHECK(j["schema"] == "ragft/questions/v1");
  CHECK(j["rules"]["name"] == "ask test");
  REQUIRE(j["questions"].size() == 8);
  CHECK(j["questions"][1].dump() ==
        R"({"id":"behavior","type":"choice","group":"core","question":"Which behavior?","hint":"","help":"",)"
        R"("choices":[{"id":"format","label":"Format"},{"id":"tone","label":"Tone"},{"id":"task","label":"Task"}],)"
        R"("default":null,"optional":false,"unit":"","min":null,"max":null,"above":null,)"
        R"("ask_when":"problem in ['behavior', 'both']","allowed":"one of: format, tone, task"})");
  CHECK(j["questions"][7]["group"] == "cost");
  CHECK(j["questions"][7]["default"] == 85);
  CHECK(j["questions"][5]["above"] == 0);
}

TEST_CASE("the saved profile: header, answers in question order, skipped ones blank") {
  Questionnaire q(test_rules());
  walk(q, {"behavior", "tone", "2k", "", "skip", "", "y"});
  Profile p = q.profile();
  p.project = "Brand \"voice\" emails";
  ProfileWriteOptions o;
  o.date = "2026-03-01";
  o.skipped = q.skipped();
  CHECK(write_profile(p, test_rules(), o) ==
        "# Project profile written by `ragft ask` on 2026-03-01.\n"
        "# Rules: ask test, version 7 (layers: ask.yaml).\n"
        "# Score it with `ragft score FILE` (and the same --rules files, if any).\n"
        "project: \"Brand \\\"voice\\\" emails\"\n"
        "answers:\n"
        "  # What is wrong?\n"
        "  problem: behavior\n"
        "  # Which behavior?\n"
        "  behavior: tone\n"
        "  # How many examples?\n"
        "  examples: 2000\n"
        "  # Target?\n"
        "  quality_target: 0.9\n"
        "  # Prompt score?\n"
        "  prompt_quality:  # not sure: left unanswered\n"
        "  # Latency budget?\n"
        "  latency_ms:  # not sure: left unanswered\n"
        "  # Eval set?\n"
        "  eval_set: yes\n");
  Profile empty;
  CHECK(write_profile(empty, test_rules(), {}) ==
        "# Project profile written by `ragft ask`.\n"
        "# Rules: ask test, version 7 (layers: ask.yaml).\n"
        "# Score it with `ragft score FILE` (and the same --rules files, if any).\n"
        "answers: {}\n");
}

TEST_CASE("profile scalars read back to the same value") {
  const RuleSet& rules = test_rules();
  const Criterion& n = *rules.criterion("latency_ms");
  for (double v : {40000.0, 0.997, 0.1 + 0.2, 1e16, 2.5e-7, 123456789.125}) {
    std::string s = profile_scalar(n, Value::of_number(v));
    ParsedAnswer back = parse_answer(n, s);
    INFO(s);
    REQUIRE(back.value);
    CHECK(back.value->number == v);
  }
  CHECK(profile_scalar(n, Value::of_number(40000)) == "40000");
  CHECK(profile_scalar(n, Value::of_bool(false)) == "no");
  CHECK(profile_scalar(n, Value::of_text("format")) == "format");
  CHECK(profile_scalar(n, Value::of_text("null")) == "\"null\"");
  CHECK(profile_scalar(n, Value::of_text("yes")) == "\"yes\"");
}

TEST_CASE("a saved profile loads and scores exactly as the answers given") {
  // With the built-in rules, several walks; each saved, loaded and scored.
  RulesLoad l = load_rules(builtin_rule_sources());
  REQUIRE(l.ok());
  const RuleSet& rules = *l.rules;
  Engine engine(rules);
  std::vector<std::vector<std::string>> walks = {
      {"behavior", "format", "static", "narrow", "97%", "0.997", "2000", "y", "40k", "", "", "n"},
      {"knowledge", "daily", "broad", "", "", "0", "n", "300", "250ms", "sensitive", "y"},
      {"both", "tone", "monthly", "broad", "0.6", "95%", "1.5k", "yes", "1M", "80", "on_premise", "no"},
  };
  for (const auto& answers : walks) {
    Questionnaire q(rules);
    walk(q, answers);
    REQUIRE(q.stage() == Stage::summary);
    REQUIRE(q.choose("").kind == Reply::Kind::done);
    Profile given = q.profile();
    given.file = "saved.yaml";
    given.project = "Round trip: 'quotes' and \"more\"\nand a new line";
    ProfileWriteOptions o;
    o.date = "2026-03-01";
    o.skipped = q.skipped();
    std::string text = write_profile(given, rules, o);
    ProfileLoad back = load_profiles(text, "saved.yaml", rules);
    for (const auto& d : back.errors) INFO(format_diagnostic(d));
    REQUIRE(back.errors.empty());
    REQUIRE(back.profiles.size() == 1);
    const Profile& loaded = back.profiles[0];
    CHECK(loaded.project == given.project);
    REQUIRE(loaded.answers.size() == given.answers.size());
    for (const auto& [id, a] : given.answers) CHECK(loaded.answers.at(id).value == a.value);
    Result r1 = engine.evaluate(given), r2 = engine.evaluate(loaded);
    TextStyle style;
    CHECK(result_text(r1, rules, style) == result_text(r2, rules, style));
    CHECK(result_json(r1, rules).dump() == result_json(r2, rules).dump());
  }
}
