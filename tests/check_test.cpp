// The CI gate in memory: reading proposals and ADR front matter (every edge
// case), waivers and their life cycle, the verdict and the close margin, the
// escaping of the renderers, the schema's patterns, and the init templates.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/check.h"
#include "ragft/check_report.h"
#include "ragft/profile_template.h"
#include "ragft/proposal.h"
#include "ragft/schema.h"
#include "ragft/yaml_doc.h"

using namespace ragft;

namespace {

const char* kRules = R"(ragft-rules: 1
name: check test
options:
  - {id: prompt, label: Prompt}
  - {id: rag, label: RAG}
  - {id: fine_tune, label: Fine-tune}
settings:
  close_margin: 2
criteria:
  - id: problem
    type: choice
    question: What is wrong?
    choices: [{id: knowledge, label: K}, {id: behavior, label: B}]
  - id: examples
    type: integer
    question: How many?
    min: 0
    optional: true
  - id: pts
    type: integer
    question: Extra points for fine_tune?
    min: 0
    optional: true
  - id: eval_set
    type: yesno
    question: Eval set?
    optional: true
rules:
  - id: knowledge-rag
    when: problem == 'knowledge'
    decide: rag
    text: Facts come from retrieval.
    source: seed 003
  - id: facts-in-weights
    when: problem == 'knowledge'
    warn: error
    about: [fine_tune]
    text: Training does not store facts.
    source: seed 000
  - id: many-facts
    when: problem == 'knowledge' and 'behavior' != 'examples' and examples >= 5000
    warn: warning
    about: [fine_tune]
    text: '{examples} pairs of facts are still facts.'
  - id: behavior
    when: problem == 'behavior'
    score: {prompt: 2}
    text: Behavior.
  - id: bonus
    when: pts >= 1
    score: {fine_tune: 1}
    text: One point.
  - id: bonus2
    when: pts >= 2
    score: {fine_tune: 1}
    text: Two points.
  - id: bonus3
    when: pts >= 3
    score: {fine_tune: 1}
    text: Three points.
  - id: bonus4
    when: pts >= 4
    score: {fine_tune: 1}
    text: Four points.
  - id: few-examples
    when: examples < 100
    exclude: [fine_tune]
    warn: warning
    about: [fine_tune]
    text: '{examples} examples are too few.'
  - id: no-eval
    when: problem == 'behavior' and not eval_set
    warn: warning
    text: No evaluation set.
  - id: fyi
    when: true
    warn: info
    text: Just so you know.
)";

RuleSet load(const char* extra = nullptr) {
  std::vector<RuleSource> layers = {{"test.yaml", kRules}};
  if (extra) layers.push_back({"extra.yaml", extra});
  RulesLoad l = load_rules(layers);
  for (const auto& d : l.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(l.ok());
  return *l.rules;
}

const RuleSet& rules() {
  static const RuleSet r = load();
  return r;
}

std::string errors_of(const ProposalLoad& l) {
  std::string s;
  for (const auto& d : l.errors) s += format_diagnostic(d);
  return s;
}

CheckOptions on(const char* day, bool strict = false) {
  CheckOptions o;
  o.today = *parse_date(day);
  o.strict = strict;
  return o;
}

ProposalCheck check_one(std::string_view text, const CheckOptions& options = on("2026-11-21"),
                        const RuleSet& r = rules(), const std::string& file = "p.yaml") {
  ProposalLoad l = load_proposals(text, file, r);
  INFO(errors_of(l));
  REQUIRE(l.errors.empty());
  REQUIRE(l.proposals.size() == 1);
  Engine engine(r);
  return check_proposal(engine, l.proposals.front(), options);
}

std::vector<std::string> finding_rules(const ProposalCheck& c) {
  std::vector<std::string> out;
  for (const auto& f : c.findings) out.push_back(f.rule + (f.suppressed() ? " (waived)" : "") + (f.fails ? " FAILS" : ""));
  return out;
}

}  // namespace

TEST_CASE("dates are calendar dates in YYYY-MM-DD") {
  CHECK(parse_date("2026-11-21")->str() == "2026-11-21");
  CHECK(parse_date("2024-02-29"));
  CHECK(parse_date("2000-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));
  CHECK_FALSE(parse_date("2026-02-29"));
  CHECK_FALSE(parse_date("2026-04-31"));
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("2026-00-10"));
  CHECK_FALSE(parse_date("2026-1-01"));
  CHECK_FALSE(parse_date("26-11-21"));
  CHECK_FALSE(parse_date("2026/11/21"));
  CHECK_FALSE(parse_date("2026-11-21T10:00"));
  CHECK(*parse_date("2026-11-21") < *parse_date("2026-12-01"));
  CHECK(*parse_date("2026-12-31") < *parse_date("2027-01-01"));
}

TEST_CASE("a YAML proposal needs an approach; every document is one proposal") {
  ProposalLoad l = load_proposal_yaml("answers:\n  problem: knowledge\n", "p.yaml", rules());
  CHECK(errors_of(l) ==
        "p.yaml:1:1: error: a proposal needs 'approach:', the option the team intends to build\n"
        " 1 | answers:\n"
        "   | ^\n"
        "  hint: add 'approach: <option>' with one of: prompt, rag, fine_tune\n");
  l = load_proposal_yaml("approach: rag\nanswers: {problem: knowledge}\n---\napproach: prompt\nanswers: {}\n---\n",
                         "p.yaml", rules());
  REQUIRE(l.proposals.size() == 2);
  CHECK(l.proposals[1].profile.document == 1);
  CHECK(l.proposals[1].profile.approach_pos == SourcePos{4, 11});
  CHECK(l.proposals[1].approach_line == "approach: prompt");
  l = load_proposal_yaml("", "p.yaml", rules());
  CHECK(errors_of(l) ==
        "p.yaml: error: the file holds no proposal\n"
        "  hint: a proposal is a profile with 'approach:' and 'answers:' (see 'ragft init --proposal')\n");
}

TEST_CASE("profiles accept waivers and load as before") {
  ProfileLoad p = load_profiles("approach: rag\nanswers: {problem: knowledge}\nwaivers:\n  - rule: x\n", "p.yaml", rules());
  CHECK(p.errors.empty());
  REQUIRE(p.profiles.size() == 1);
  p = load_profiles("answers: {problem: knowledge}\nwaiver: []\n", "p.yaml", rules());
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].message == "unknown key 'waiver'");
  CHECK(p.errors[0].hint == "did you mean 'waivers'?");
}

TEST_CASE("ADR front matter: positions count in the Markdown file") {
  std::string md =
      "---\n"
      "title: Retrieval\n"
      "status: accepted\n"
      "ragft:\n"
      "  project: Policies\n"
      "  approach: rag\n"
      "  answers:\n"
      "    problem: knowledge\n"
      "---\n"
      "# Body\n";
  ProposalLoad l = load_proposal_markdown(md, "adr.md", rules());
  REQUIRE(l.errors.empty());
  REQUIRE(l.proposals.size() == 1);
  const Proposal& p = l.proposals[0];
  CHECK(p.profile.approach_pos == SourcePos{6, 13});
  CHECK(p.approach_line == "  approach: rag");
  CHECK(p.profile.answers.at("problem").pos == SourcePos{8, 14});
  CHECK(p.profile.project == "Policies");

  SECTION("CRLF line ends") {
    std::string crlf;
    for (char c : md) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    ProposalLoad c = load_proposal_markdown(crlf, "adr.md", rules());
    REQUIRE(c.proposals.size() == 1);
    CHECK(c.proposals[0].profile.approach_pos == SourcePos{6, 13});
    CHECK(c.proposals[0].approach_line == "  approach: rag");
  }
  SECTION("a byte-order mark") {
    ProposalLoad b = load_proposal_markdown("\xEF\xBB\xBF" + md, "adr.md", rules());
    REQUIRE(b.proposals.size() == 1);
    CHECK(b.proposals[0].profile.approach_pos == SourcePos{6, 13});
  }
  SECTION("closed with three dots, trailing blanks on the fences") {
    std::string dots = md;
    dots.replace(0, 3, "---  ");
    dots.replace(dots.find("---\n# Body"), 3, "...");
    ProposalLoad d = load_proposal_markdown(dots, "adr.md", rules());
    CHECK(d.proposals.size() == 1);
  }
  SECTION("errors inside the proposal point into the Markdown file") {
    std::string bad = md;
    bad.replace(bad.find("problem: knowledge"), 18, "problm: knowledge");
    ProposalLoad e = load_proposal_markdown(bad, "adr.md", rules());
    CHECK(errors_of(e) ==
          "adr.md:8:5: error: unknown answer 'problm'\n"
          " 8 |     problm: knowledge\n"
          "   |     ^~~~~~\n"
          "  hint: did you mean 'problem'?\n");
  }
}

TEST_CASE("ADRs that are skipped, with the reason") {
  auto skip = [](std::string_view md) {
    ProposalLoad l = load_proposal_markdown(md, "adr.md", rules());
    INFO(errors_of(l));
    REQUIRE(l.errors.empty());
    REQUIRE(l.proposals.empty());
    REQUIRE(l.skipped.size() == 1);
    return l.skipped[0].reason;
  };
  CHECK(skip("# No front matter\n\n---\n") == "no front matter: an ADR holds its proposal in front matter under 'ragft:'");
  CHECK(skip("") == "no front matter: an ADR holds its proposal in front matter under 'ragft:'");
  CHECK(skip("\xEF\xBB\xBF") == "no front matter: an ADR holds its proposal in front matter under 'ragft:'");
  CHECK(skip("----\ntitle: x\n----\n") == "no front matter: an ADR holds its proposal in front matter under 'ragft:'");
  CHECK(skip("---\n---\n") == "the front matter is empty");
  CHECK(skip("---\n# only a comment\n---\n") == "the front matter is empty");
  CHECK(skip("---\ntitle: Vector database\ndraft: true\n---\n") == "the front matter has no 'ragft' key");
  CHECK(skip("---\nstatus: superseded\nragft: {approach: rag, answers: {}}\n---\n") == "status: superseded");
  CHECK(skip("---\nstatus: Rejected\nragft: {approach: rag, answers: {}}\n---\n") == "status: Rejected");
  CHECK(skip("---\nstatus: Deprecated (2026-01)\nragft: {}\n---\n") == "status: Deprecated (2026-01)");
  CHECK(skip("---\nstatus: superseded by ADR 5\nragft: not even a map\n---\n") == "status: superseded by ADR 5");
  // Other statuses are checked.
  ProposalLoad l = load_proposal_markdown("---\nstatus: accepted\nragft: {approach: rag, answers: {}}\n---\n", "a.md", rules());
  CHECK(l.proposals.size() == 1);
}

TEST_CASE("ADRs that are invalid") {
  auto error = [](std::string_view md) { return errors_of(load_proposal_markdown(md, "adr.md", rules())); };
  CHECK(error("---\ntitle: x\nragft:\n  approach: rag\n") ==
        "adr.md:1:1: error: the front matter opened here is never closed\n"
        " 1 | ---\n"
        "   | ^~~\n"
        "  hint: end it with a line holding only '---'\n");
  CHECK(error("\xEF\xBB\xBF---\r\ntitle: x\r\n") ==
        "adr.md:1:1: error: the front matter opened here is never closed\n"
        " 1 | ---\n"
        "   | ^~~\n"
        "  hint: end it with a line holding only '---'\n");
  CHECK(error("---\n- a\n- b\n---\n") ==
        "adr.md:2:1: error: the front matter must be a map of keys, not a list\n"
        " 2 | - a\n"
        "   | ^\n"
        "  hint: put the proposal under 'ragft:' (see 'ragft init --proposal')\n");
  CHECK(error("---\njust text\n---\n") ==
        "adr.md:2:1: error: the front matter must be a map of keys, not a text\n"
        " 2 | just text\n"
        "   | ^\n"
        "  hint: put the proposal under 'ragft:' (see 'ragft init --proposal')\n");
  CHECK(error("---\nRagft:\n  approach: rag\n---\n") ==
        "adr.md:2:1: error: unknown key 'Ragft'\n"
        " 2 | Ragft:\n"
        "   | ^~~~~\n"
        "  hint: did you mean 'ragft'? the proposal lives under 'ragft:'\n");
  CHECK(error("---\nragtf: {}\n---\n").find("unknown key 'ragtf'") != std::string::npos);
  CHECK(error("---\nrag_ft: {}\n---\n").find("unknown key 'rag_ft'") != std::string::npos);
  CHECK(error("---\nragft:\n  answers: {}\n---\n") ==
        "adr.md:2:1: error: a proposal needs 'approach:', the option the team intends to build\n"
        " 2 | ragft:\n"
        "   | ^~~~~\n"
        "  hint: add 'approach: <option>' with one of: prompt, rag, fine_tune\n");
  CHECK(error("---\nragft: [1]\n---\n") ==
        "adr.md:2:8: error: a profile must be a map, not a list\n"
        " 2 | ragft: [1]\n"
        "   |        ^\n"
        "  hint: write 'answers:' with one 'criterion: value' per line (see 'ragft init')\n");
  CHECK(error("---\nragft: {approach: rag\n---\n").find("adr.md:3:") != std::string::npos);
}

TEST_CASE("waivers are read and checked where they are written") {
  auto error = [](std::string_view waivers) {
    return errors_of(load_proposal_yaml("approach: rag\nanswers: {}\nwaivers:\n" + std::string(waivers), "p.yaml", rules()));
  };
  ProposalLoad l = load_proposal_yaml(
      "approach: rag\nanswers: {}\nwaivers:\n  - rule: no-eval\n    reason: Evaluated by hand\n    owner: ml-team\n"
      "    expires: 2027-01-31\n    x-ticket: OPS-1\n",
      "p.yaml", rules());
  REQUIRE(l.errors.empty());
  REQUIRE(l.proposals[0].waivers.size() == 1);
  const Waiver& w = l.proposals[0].waivers[0];
  CHECK(w.rule == "no-eval");
  CHECK(w.reason == "Evaluated by hand");
  CHECK(w.owner == "ml-team");
  CHECK(w.expires->str() == "2027-01-31");
  CHECK(w.pos == SourcePos{4, 11});
  CHECK(w.length == 7);
  CHECK(w.source_line == "  - rule: no-eval");

  CHECK(error("  - rule: no-eval\n") ==
        "p.yaml:4:11: error: the waiver of 'no-eval' has no reason\n"
        " 4 |   - rule: no-eval\n"
        "   |           ^~~~~~~\n"
        "  hint: add 'reason:' saying why the team accepts this finding\n");
  CHECK(error("  - rule: no-eval\n    reason: ''\n").find("has no reason") != std::string::npos);
  CHECK(error("  - reason: because\n") ==
        "p.yaml:4:5: error: a waiver needs 'rule:', the id of the rule it waives\n"
        " 4 |   - reason: because\n"
        "   |     ^\n"
        "  hint: run 'ragft rules show' for the rule ids\n");
  CHECK(error("  - rule: no-evals\n    reason: x\n").find("unknown rule 'no-evals'\n") != std::string::npos);
  CHECK(error("  - rule: no-evals\n    reason: x\n").find("hint: did you mean 'no-eval'?") != std::string::npos);
  CHECK(error("  - rule: no-eval\n    reason: x\n    expires: 31.01.2027\n").find("'31.01.2027' is not a date") !=
        std::string::npos);
  CHECK(error("  - rule: no-eval\n    reason: x\n    owners: me\n").find("did you mean 'owner'?") != std::string::npos);
  CHECK(error("  - rule: no-eval\n    reason: [a]\n").find("'reason' must be a text, not a list") != std::string::npos);
  CHECK(error("  rule: no-eval\n").find("'waivers' must be a list, not a map") != std::string::npos);
  CHECK(error("  - rule: no-eval\n    reason: x\n  - rule: no-eval\n    reason: y\n") ==
        "p.yaml:6:11: error: a second waiver of 'no-eval' (the first is at line 4)\n"
        " 6 |   - rule: no-eval\n"
        "   |           ^~~~~~~\n"
        "  hint: keep one waiver per rule\n");
}

TEST_CASE("the verdict: recommended, close alternative, rejected") {
  // prompt +2 from `behavior`; fine_tune +1 per bonus level.
  auto with_points = [](int pts, const char* approach, const RuleSet& r = rules()) {
    std::string p = fmt::format("approach: {}\nanswers:\n  problem: behavior\n  examples: 500\n  eval_set: yes\n  pts: {}\n",
                                approach, pts);
    return check_one(p, on("2026-11-21"), r);
  };
  ProposalCheck c = with_points(0, "prompt");
  CHECK(c.verdict == Verdict::recommended);
  CHECK(c.passed);
  CHECK(c.findings.empty());

  c = with_points(0, "fine_tune");  // 2 behind: within the margin
  CHECK(c.verdict == Verdict::close);
  CHECK(c.behind == 2);
  CHECK(c.passed);

  c = with_points(0, "rag");  // 2 behind too
  CHECK(c.verdict == Verdict::close);

  c = with_points(4, "prompt");  // fine_tune +4 against prompt +2
  CHECK(c.result.decision.recommendation == "fine_tune");
  CHECK(c.verdict == Verdict::close);

  c = with_points(4, "rag");  // 4 behind
  CHECK(c.verdict == Verdict::rejected);
  CHECK(c.behind == 4);
  CHECK_FALSE(c.passed);
  REQUIRE(c.findings.size() == 1);
  CHECK(c.findings[0].kind == FindingKind::not_recommended);
  CHECK(c.findings[0].rule == "bonus");  // the first of the rules that widen the gap most
  CHECK(c.findings[0].message ==
        "rag is 4 points behind fine_tune (+0 against +4; the close margin is 2), most of all because: One point.");
  CHECK(c.findings[0].pos == SourcePos{1, 11});
  CHECK(c.findings[0].length == 3);

  SECTION("rule files tune the margin") {
    RuleSet strict = load("ragft-rules: 1\nsettings:\n  close_margin: 0\n");
    CHECK(with_points(0, "fine_tune", strict).verdict == Verdict::rejected);
    CHECK(with_points(2, "fine_tune", strict).verdict == Verdict::close);  // a tie lost on order is close
    RuleSet loose = load("ragft-rules: 1\nsettings:\n  close_margin: 5\n");
    CHECK(with_points(4, "rag", loose).verdict == Verdict::close);
  }
}

TEST_CASE("a decide rule or an exclusion leaves no room for a close alternative") {
  ProposalCheck c = check_one("approach: prompt\nanswers:\n  problem: knowledge\n");
  CHECK(c.result.decision.decided_by == "knowledge-rag");
  CHECK(c.behind == 0);  // same points, but decided
  CHECK(c.verdict == Verdict::rejected);
  REQUIRE(c.findings.size() == 1);
  CHECK(c.findings[0].rule == "knowledge-rag");
  CHECK(c.findings[0].source == "seed 003");
  CHECK(c.findings[0].message == "this rule decides rag, not prompt: Facts come from retrieval.");

  // Excluded, though it scores the most (+4 against prompt's +2).
  c = check_one("approach: fine_tune\nanswers:\n  problem: behavior\n  eval_set: yes\n  examples: 10\n  pts: 4\n");
  CHECK(c.result.decision.recommendation == "prompt");
  CHECK(c.verdict == Verdict::rejected);
  CHECK(c.behind == 0);

  c = check_one("approach: fine_tune\nanswers:\n  problem: behavior\n  eval_set: yes\n  examples: 10\n");
  CHECK(c.verdict == Verdict::rejected);
  REQUIRE(c.findings.size() == 1);  // the exclusion's warning is the same finding
  CHECK(c.findings[0].rule == "few-examples");
  CHECK(c.findings[0].message == "fine_tune is ruled out: 10 examples are too few.");
}

TEST_CASE("warnings about the approach: errors fail, warnings fail with --strict, info never") {
  const char* p = "approach: fine_tune\nanswers:\n  problem: knowledge\n  examples: 5000\n";
  ProposalCheck c = check_one(p);
  CHECK(finding_rules(c) == std::vector<std::string>{"knowledge-rag FAILS", "facts-in-weights FAILS", "many-facts"});
  const Finding& f = c.findings[1];
  CHECK(f.severity == Severity::error);
  CHECK(f.pos == SourcePos{3, 12});  // the answer the rule reads
  CHECK(f.length == 9);
  CHECK(f.source_line == "  problem: knowledge");
  // The answer the rule's text quotes comes first; quoted values are not criteria.
  CHECK(c.findings[2].pos == SourcePos{4, 13});
  CHECK(c.findings[2].message == "5,000 pairs of facts are still facts.");

  // A warning with no `about` concerns every option.
  const char* behavior = "approach: prompt\nanswers:\n  problem: behavior   # no evaluation set\n";
  c = check_one(behavior);
  CHECK(finding_rules(c) == std::vector<std::string>{"no-eval"});
  CHECK(c.passed);
  CHECK(c.findings[0].length == 8);  // the value, not the comment
  c = check_one(behavior, on("2026-11-21", true));
  CHECK(finding_rules(c) == std::vector<std::string>{"no-eval FAILS"});
  CHECK_FALSE(c.passed);
}

TEST_CASE("the waiver life cycle") {
  std::string base = "approach: fine_tune\nanswers:\n  problem: knowledge\nwaivers:\n";
  std::string both = "  - rule: knowledge-rag\n    reason: a\n    expires: 2026-12-31\n"
                     "  - rule: facts-in-weights\n    reason: b\n    owner: ml\n    expires: 2026-11-21\n";
  SECTION("waivers apply up to and including their date; the findings stay visible") {
    ProposalCheck c = check_one(base + both, on("2026-11-21"));
    CHECK(c.passed);
    CHECK(finding_rules(c) == std::vector<std::string>{"knowledge-rag (waived)", "facts-in-weights (waived)"});
    CHECK(c.waivers[static_cast<std::size_t>(c.findings[1].waiver)].owner == "ml");
  }
  SECTION("an expired waiver no longer applies and is reported") {
    ProposalCheck c = check_one(base + both, on("2026-11-22"));
    CHECK_FALSE(c.passed);
    CHECK(finding_rules(c) ==
          std::vector<std::string>{"knowledge-rag (waived)", "facts-in-weights FAILS", "ragft/waiver-expired"});
    const Finding& e = c.findings[2];
    CHECK(e.kind == FindingKind::waiver_expired);
    CHECK(e.severity == Severity::warning);
    CHECK(e.message == "the waiver of 'facts-in-weights' (owner: ml) expired on 2026-11-21; its findings count again");
    CHECK(e.pos == SourcePos{8, 11});
    CHECK(check_one(base + both, on("2026-11-22", true)).findings[2].fails);
  }
  SECTION("a waiver that matches nothing is reported") {
    ProposalCheck c = check_one(base + "  - rule: no-eval\n    reason: c\n" + both);
    CHECK(c.passed);
    CHECK(finding_rules(c) ==
          std::vector<std::string>{"knowledge-rag (waived)", "facts-in-weights (waived)", "ragft/waiver-unused"});
    CHECK(c.findings[2].message == "the waiver of 'no-eval' matches no finding of this proposal; remove it");
    CHECK_FALSE(check_one(base + "  - rule: no-eval\n    reason: c\n" + both, on("2026-11-21", true)).passed);
  }
  SECTION("an expired waiver that matches nothing says so") {
    ProposalCheck c = check_one(base + both + "  - rule: no-eval\n    reason: c\n    expires: 2026-01-01\n");
    CHECK(c.findings.back().message == "the waiver of 'no-eval' expired on 2026-01-01; it no longer applies");
  }
}

TEST_CASE("reports count, and invalid input wins the exit code") {
  CheckReport r;
  CHECK(r.exit_code() == 0);
  r.add(check_one("approach: prompt\nanswers:\n  problem: knowledge\n"));
  r.add(check_one("approach: rag\nanswers:\n  problem: knowledge\n"));
  CHECK(r.passed() == 1);
  CHECK(r.failed() == 1);
  CHECK(r.exit_code() == 1);
  r.invalid_files = 1;
  CHECK(r.exit_code() == 2);
}

TEST_CASE("escaping for GitHub workflow commands, XML and URIs") {
  CHECK(github_escape_data("50% of a\r\nb: c, d") == "50%25 of a%0D%0Ab: c, d");
  CHECK(github_escape_property("ragft: a, b%\n") == "ragft%3A a%2C b%25%0A");
  CHECK(xml_escape("a<b>&\"c\"'d'\n\x01") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#10;?");
  CHECK(xml_text_escape("a<b>&\"c\"\n\t\x1f") == "a&lt;b&gt;&amp;\"c\"\n\t?");
  CHECK(path_to_uri("./docs/adr/0001 retrieval.md") == "docs/adr/0001%20retrieval.md");
  CHECK(path_to_uri("/srv/repo/a#b.md") == "file:///srv/repo/a%23b.md");
  CHECK(path_to_uri("docs/ädr.md") == "docs/%C3%A4dr.md");
  CHECK(char_column("  approach: rag", 13) == 13);
  CHECK(char_column("  título: «x»", 12) == 11);  // 'í' and '«' take two bytes each
  CHECK(char_column("ab", 5) == 5);
}

TEST_CASE("the schema's string patterns agree with ragft's answer parser") {
  std::regex number(kHumanNumberPattern, std::regex::ECMAScript);
  for (const char* s : {"40000", "40k", "40K", "4e4", "40_000", "40,000", "1,234,567", "1.5M", "2B", " 12 ", "-3", "+7",
                        ".5", "1.", "40 k", "5%", "1e+3"}) {
    INFO(s);
    CHECK(parse_human_number(s));
    CHECK(std::regex_match(s, number));
  }
  for (const char* s : {"", "k", "lots", "40kk", "4_", "_4", "40,00", "1,2345", "0x10", "inf", "nan", "1e", "40 000", "4-"}) {
    INFO(s);
    CHECK_FALSE(parse_human_number(s));
    CHECK_FALSE(std::regex_match(s, number));
  }
  std::regex fraction(kFractionPattern, std::regex::ECMAScript);
  for (const char* s : {"97%", "97.5%", "100%", "0%", "0.97", ".97", "0", "1", "1.0", "00.5", " 85 % "}) {
    INFO(s);
    CHECK(std::regex_match(s, fraction));
    auto v = parse_human_number(s);
    REQUIRE(v);
    CHECK((*v >= 0 && *v <= 1));
  }
  for (const char* s : {"101%", "1.5", "97", "05", "-0.1", "%", "abc"}) {
    INFO(s);
    CHECK_FALSE(std::regex_match(s, fraction));
  }
  std::regex yesno(kYesNoPattern, std::regex::ECMAScript);
  for (const char* s : {"yes", "Yes", "YES", "y", "N", "no", "true", "False"}) CHECK(std::regex_match(s, yesno));
  for (const char* s : {"ja", "yess", "t", "1"}) CHECK_FALSE(std::regex_match(s, yesno));
}

TEST_CASE("the schema follows the rules") {
  nlohmann::ordered_json s = profile_schema(rules());
  CHECK(s["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  CHECK(s["required"] == nlohmann::ordered_json::array({"answers"}));
  CHECK(s["additionalProperties"] == false);
  CHECK(s["patternProperties"].contains("^x-"));
  auto& answers = s["properties"]["answers"]["properties"];
  CHECK(answers.size() == rules().criteria.size());
  CHECK(answers["problem"]["anyOf"][0] == nlohmann::ordered_json({{"const", "knowledge"}, {"description", "K"}}));
  CHECK(answers["examples"]["anyOf"][0] == nlohmann::ordered_json({{"type", "integer"}, {"minimum", 0}}));
  CHECK(answers["examples"]["anyOf"][2] == nlohmann::ordered_json({{"type", "null"}}));
  auto& approach = s["properties"]["approach"]["oneOf"];
  REQUIRE(approach.size() == 3);
  CHECK(approach[2]["const"] == "fine_tune");
  CHECK(approach[2]["title"] == "Fine-tune");
  auto& waiver = s["properties"]["waivers"]["items"];
  CHECK(waiver["required"] == nlohmann::ordered_json::array({"rule", "reason"}));
  CHECK(waiver["properties"]["rule"]["oneOf"].size() == rules().rules.size());
  CHECK(s["dependentRequired"]["waivers"] == nlohmann::ordered_json::array({"approach"}));
}

TEST_CASE("the templates load as they are written") {
  RulesLoad builtin = load_rules(builtin_rule_sources());
  REQUIRE(builtin.ok());
  const RuleSet& r = *builtin.rules;
  std::string profile = profile_template(r, {});
  ProfileLoad p = load_profiles(profile, "t.yaml", r);
  INFO(profile);
  CHECK(p.errors.empty());
  REQUIRE(p.profiles.size() == 1);
  CHECK(p.profiles[0].answers.empty());  // every answer blank: defaults still apply
  CHECK_FALSE(p.profiles[0].approach);
  for (const auto& c : r.criteria) CHECK(profile.find("\n  " + c.id + ":") != std::string::npos);
  Engine engine(r);
  CHECK_FALSE(engine.evaluate(p.profiles[0]).decision.recommendation.empty());

  TemplateOptions proposal;
  proposal.proposal = true;
  ProposalLoad yaml = load_proposal_yaml(profile_template(r, proposal), "t.yaml", r);
  CHECK(yaml.errors.empty());
  REQUIRE(yaml.proposals.size() == 1);
  CHECK(*yaml.proposals[0].profile.approach == r.options.front().id);

  TemplateOptions adr;
  adr.adr = true;
  ProposalLoad md = load_proposal_markdown(profile_template(r, adr), "t.md", r);
  CHECK(errors_of(md).empty());
  CHECK(md.skipped.empty());
  REQUIRE(md.proposals.size() == 1);
  CHECK(check_proposal(engine, md.proposals[0], on("2026-11-21")).approach == "prompt");

  // --minimal: the core questions only (group: core), and they still load.
  for (bool as_proposal : {false, true}) {
    TemplateOptions minimal;
    minimal.minimal = true;
    minimal.proposal = as_proposal;
    std::string text = profile_template(r, minimal);
    INFO(text);
    if (as_proposal) CHECK(load_proposal_yaml(text, "t.yaml", r).errors.empty());
    else CHECK(load_profiles(text, "t.yaml", r).errors.empty());
    std::size_t core = 0;
    for (const auto& c : r.criteria) {
      bool listed = text.find("\n  " + c.id + ":") != std::string::npos;
      CHECK(listed == (c.group == "core"));
      core += c.group == "core" ? 1 : 0;
    }
    CHECK(core == 12);
    CHECK(text.find("# Only the core questions: 30 more (cost inputs and the like) keep their\n") != std::string::npos);
  }
}

namespace {

// Rules that need answers: `problem` always, `examples` (no default, not
// optional), `task` only when the problem is behavior (ask_when), while
// `target` has a default and `quality` is optional.
const char* kNeeds = R"(ragft-rules: 1
name: needs
options:
  - {id: prompt, label: Prompt}
  - {id: rag, label: RAG}
  - {id: fine_tune, label: Fine-tune}
criteria:
  - id: problem
    type: choice
    question: What is wrong?
    choices: [{id: knowledge, label: K}, {id: behavior, label: B}]
    default: behavior
  - id: task
    type: choice
    question: Which task?
    choices: [{id: format, label: F}, {id: tone, label: T}]
    ask_when: problem == 'behavior'
  - id: examples
    type: integer
    question: How many pairs?
    min: 0
  - id: target
    type: fraction
    question: Target?
    default: 0.9
  - id: quality
    type: fraction
    question: Prompt score?
    optional: true
rules:
  - id: facts
    when: problem == 'knowledge'
    score: {rag: 4}
    text: Facts come from retrieval.
  - id: tuned
    when: problem == 'behavior' and examples >= 1000
    score: {fine_tune: 3, prompt: 2}
    text: '{examples} pairs to train on.'
  - id: measured
    when: quality < target
    score: {fine_tune: 1}
    text: The prompt falls short.
)";

const RuleSet& needs() {
  static const RuleSet r = [] {
    RulesLoad l = load_rules({{"needs.yaml", kNeeds}});
    for (const auto& d : l.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(l.ok());
    return *l.rules;
  }();
  return r;
}

}  // namespace

TEST_CASE("the answers the rules need: problem always, no default and not optional, ask_when holding") {
  auto missing = [](std::string_view answers, const std::vector<std::pair<std::string, expr::Value>>& sets = {}) {
    ProposalLoad l = load_proposals(fmt::format("approach: rag\nanswers: {}\n", answers), "p.yaml", needs());
    INFO(errors_of(l));
    REQUIRE(l.proposals.size() == 1);
    Profile p = l.proposals[0].profile;
    for (const auto& [id, v] : sets) p.answers[id] = Answer{v, {}};
    return missing_answers(needs(), p);
  };
  // `problem` has a default here and is still needed; `task` applies under the
  // default problem (behavior).
  CHECK(missing("{}") == std::vector<std::string>{"problem", "examples"});
  CHECK(missing("{problem: behavior}") == std::vector<std::string>{"task", "examples"});
  CHECK(missing("{problem: knowledge}") == std::vector<std::string>{"examples"});
  CHECK(missing("{problem: knowledge, examples: 0}").empty());
  CHECK(missing("{problem: behavior, task: tone, examples: 10}").empty());
  // --set answers count as given.
  CHECK(missing("{problem: knowledge}", {{"examples", expr::Value::of_number(5)}}).empty());
}

TEST_CASE("a proposal that leaves out needed answers fails, one finding per answer, on its line") {
  SECTION("written blank: the finding is on the blank answer") {
    ProposalCheck c = check_one("approach: fine_tune\nanswers:\n  problem:\n  examples:   # how many?\n",
                                on("2026-11-21"), needs());
    CHECK_FALSE(c.passed);
    CHECK(c.missing == std::vector<std::string>{"problem", "examples"});
    REQUIRE(c.findings.size() >= 2);
    CHECK(c.findings[0].kind == FindingKind::missing_answer);
    CHECK(c.findings[0].rule == "ragft/missing-answer");
    CHECK(c.findings[0].severity == Severity::error);
    CHECK(c.findings[0].fails);
    CHECK(c.findings[0].message ==
          "'problem' is not answered, and the rules need it to judge the approach: What is wrong? (one of: "
          "knowledge, behavior)");
    CHECK(c.findings[0].pos == SourcePos{3, 3});
    CHECK(c.findings[0].length == 7);
    CHECK(c.findings[0].source_line == "  problem:");
    CHECK(c.findings[1].pos == SourcePos{4, 3});
    CHECK(c.findings[1].message ==
          "'examples' is not answered, and the rules need it to judge the approach: How many pairs? (a whole number "
          ">= 0, such as 2000 or 2k)");
  }
  SECTION("left out: on 'answers:', or on 'approach' without it") {
    ProposalCheck c = check_one("project: x\napproach: rag\nanswers:\n  problem: knowledge\n", on("2026-11-21"),
                                needs());
    CHECK_FALSE(c.passed);
    REQUIRE(finding_rules(c) == std::vector<std::string>{"ragft/missing-answer FAILS"});
    CHECK(c.findings[0].pos == SourcePos{3, 1});
    CHECK(c.findings[0].length == 7);
    CHECK(c.findings[0].source_line == "answers:");
    c = check_one("approach: rag\nanswers: {problem: knowledge, examples: 3}\n", on("2026-11-21"), needs());
    CHECK(c.passed);
    CHECK(c.findings.empty());
  }
  SECTION("in an ADR, on the line of the Markdown file; for every approach, also with --strict") {
    for (const char* approach : {"prompt", "rag", "fine_tune"}) {
      for (bool strict : {false, true}) {
        std::string md = fmt::format("---\ntitle: t\nragft:\n  approach: {}\n  answers: {{}}\n---\n# Body\n", approach);
        ProposalCheck c = check_one(md, on("2026-11-21", strict), needs(), "adr.md");
        INFO(approach << (strict ? " --strict" : ""));
        CHECK_FALSE(c.passed);
        CHECK(c.missing == std::vector<std::string>{"problem", "examples"});
        REQUIRE(c.findings.size() >= 2);
        CHECK(c.findings[0].pos == SourcePos{5, 3});
        CHECK(c.findings[0].source_line == "  answers: {}");
      }
    }
  }
  SECTION("the text and JSON reports name what is missing") {
    CheckReport r;
    r.add(check_one("approach: rag\nanswers:\n  problem: knowledge\n", on("2026-11-21"), needs()));
    CHECK(r.exit_code() == 1);
    std::string text = check_text(r, needs(), TextStyle{}, false);
    CHECK(text.rfind("FAIL  p.yaml: cannot be judged: it leaves out 1 answer the rules need (examples); the rules "
                     "would recommend rag\n",
                     0) == 0);
    nlohmann::ordered_json j = check_json(r, needs());
    CHECK(j["proposals"][0]["missing"] == nlohmann::ordered_json::array({"examples"}));
    CHECK(j["proposals"][0]["findings"][0]["kind"] == "missing_answer");
  }
}

TEST_CASE("a verdict at low confidence is a warning naming the answers that would settle it; it fails with --strict") {
  // prompt +2, fine_tune +3: a margin of 1 is low confidence. A prompt score
  // below the target would widen it; the target alone, with no prompt score,
  // could not.
  const char* p = "approach: fine_tune\nanswers: {problem: behavior, task: format, examples: 2000}\n";
  ProposalCheck c = check_one(p, on("2026-11-21"), needs());
  CHECK(c.result.decision.confidence == "low");
  CHECK(c.passed);
  REQUIRE(finding_rules(c) == std::vector<std::string>{"ragft/low-confidence"});
  CHECK(c.findings[0].kind == FindingKind::low_confidence);
  CHECK(c.findings[0].severity == Severity::warning);
  CHECK(c.findings[0].message == "the verdict (fine_tune) is at low confidence; answering quality could settle it");
  CHECK(c.findings[0].pos == SourcePos{1, 11});
  c = check_one(p, on("2026-11-21", true), needs());
  CHECK_FALSE(c.passed);
  CHECK(finding_rules(c) == std::vector<std::string>{"ragft/low-confidence FAILS"});
  // Nothing left out could settle it: the finding says so.
  c = check_one("approach: fine_tune\nanswers: {problem: behavior, task: format, examples: 2000, quality: 0.95, "
                "target: 0.9}\n",
                on("2026-11-21"), needs());
  REQUIRE(finding_rules(c) == std::vector<std::string>{"ragft/low-confidence"});
  CHECK(c.findings[0].message ==
        "the verdict (fine_tune) is at low confidence, and no answer left out would settle it: check the answers "
        "that decide it ('ragft explain' shows them)");
  // Not with missing answers: those findings say what to answer.
  c = check_one("approach: fine_tune\nanswers: {problem: behavior, task: format}\n", on("2026-11-21"), needs());
  CHECK(finding_rules(c) == std::vector<std::string>{"ragft/missing-answer FAILS"});
}

TEST_CASE("nothing checked is an error, unless allowed") {
  CheckReport r;
  CHECK(r.exit_code() == 0);  // --allow-empty
  r.nothing_checked = true;
  r.nothing_checked_reason = "nothing checked: no proposal file in 'docs/'";
  CHECK(r.exit_code() == 2);
  nlohmann::ordered_json s = check_sarif(r, needs(), "https://example.com/docs");
  CHECK(s["version"] == "2.1.0");
  CHECK(s["runs"][0]["results"].empty());
  CHECK(s["runs"][0]["invocations"][0]["executionSuccessful"] == false);
  CHECK(s["runs"][0]["invocations"][0]["exitCode"] == 2);
  CHECK(s["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] ==
        "nothing checked: no proposal file in 'docs/'");
  CHECK(check_github(r) ==
        "::error title=ragft%3A nothing checked::nothing checked: no proposal file in 'docs/'\n"
        "ragft: 0 proposals checked: 0 passed, 0 failed\n");
  CHECK(check_json(r, needs())["nothing_checked"] == "nothing checked: no proposal file in 'docs/'");
  CHECK(check_junit(r).find("<testcase classname=\"ragft.check\" name=\"nothing checked\">\n      <error message=\""
                            "nothing checked: no proposal file in &apos;docs/&apos;\" type=\"ragft/nothing-checked\"/>") !=
        std::string::npos);
}

TEST_CASE("a file of empty documents holds no proposal and no profile") {
  ProposalLoad l = load_proposal_yaml("---\n---\n", "e.yaml", rules());
  CHECK(l.proposals.empty());
  CHECK(errors_of(l) ==
        "e.yaml:1:1: error: the file holds no proposal\n"
        " 1 | ---\n"
        "   | ^\n"
        "  hint: a proposal is a profile with 'approach:' and 'answers:' (see 'ragft init --proposal')\n");
  ProfileLoad p = load_profiles("---\n---\n---\n", "e.yaml", rules());
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].message == "the file holds no profile");
  // A stray '---' next to a real document is still fine.
  CHECK(load_proposal_yaml("approach: rag\nanswers: {}\n---\n", "p.yaml", rules()).errors.empty());
}

TEST_CASE("UTF-16 and UTF-32 text with a byte-order mark is decoded, or refused when invalid") {
  auto utf16 = [](std::u16string_view s, bool big) {
    std::string out = big ? std::string("\xFE\xFF") : std::string("\xFF\xFE");
    for (char16_t c : s) {
      char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
      out += big ? hi : lo;
      out += big ? lo : hi;
    }
    return out;
  };
  std::string t = utf16(u"a: \u00e4\n\U0001F600", false);
  CHECK(yaml::decode_unicode_bom(t) == "");
  CHECK(t == "a: \xC3\xA4\n\xF0\x9F\x98\x80");
  t = utf16(u"x\ny", true);
  CHECK(yaml::decode_unicode_bom(t) == "");
  CHECK(t == "x\ny");
  t = std::string("\xFF\xFE\0\0a\0\0\0", 8);
  CHECK(yaml::decode_unicode_bom(t) == "");
  CHECK(t == "a");
  t = std::string("\0\0\xFE\xFF\0\0\0b", 8);
  CHECK(yaml::decode_unicode_bom(t) == "");
  CHECK(t == "b");
  // Invalid: a lone surrogate, a truncated character, a value beyond U+10FFFF.
  t = utf16(u"a\nb", false) + std::string("\x00\xD8", 2);
  std::string before = t;
  SourcePos pos;
  std::string line;
  CHECK(yaml::decode_unicode_bom(t, &pos, &line) == "UTF-16 (little-endian) text with a lone surrogate at byte 8");
  CHECK(t == before);
  CHECK(pos == SourcePos{2, 2});
  CHECK(line == "b");
  t = std::string("\xFE\xFF\0a\0", 5);
  CHECK(yaml::decode_unicode_bom(t) == "UTF-16 (big-endian) text with a truncated character at byte 4");
  t = std::string("\0\0\xFE\xFF\0\x11\0\0", 8);
  CHECK(yaml::decode_unicode_bom(t) == "UTF-32 (big-endian) text with a value that is no character at byte 4");
  // UTF-8, with or without its mark, is left alone.
  t = "\xEF\xBB\xBF" "a: 1\n";
  CHECK(yaml::decode_unicode_bom(t) == "");
  CHECK(t == "\xEF\xBB\xBF" "a: 1\n");
}

TEST_CASE("ADRs are read wherever profiles are: by name, and by content on standard input") {
  std::string md = "---\nstatus: accepted\nragft:\n  approach: rag\n  answers:\n    problem: knowledge\n---\n# Body\n";
  CHECK(looks_like_adr(md));
  CHECK(looks_like_adr("\xEF\xBB\xBF---\r\ntitle: a\r\nragft:\r\n  answers: {}\r\n---\r\n"));
  CHECK(looks_like_adr("---\nRagft:\n---\n"));  // a typo is read as an ADR, where it is reported
  CHECK_FALSE(looks_like_adr("---\nanswers: {problem: knowledge}\n"));  // a YAML profile
  CHECK_FALSE(looks_like_adr("---\nanswers: {}\n---\nragft: {}\n"));    // `ragft` after the front matter
  CHECK_FALSE(looks_like_adr("answers:\n  ragft: 1\n"));
  CHECK(reads_as_adr("anything", "ADR.MD"));
  CHECK(reads_as_adr(md, "<stdin>"));
  CHECK_FALSE(reads_as_adr(md, "p.yaml"));

  ProfileSource s = load_profile_source(md, "<stdin>", rules());
  REQUIRE(s.load.errors.empty());
  REQUIRE(s.load.profiles.size() == 1);
  CHECK(s.load.profiles[0].approach == "rag");
  CHECK(s.load.profiles[0].answers.at("problem").pos == SourcePos{6, 14});
  s = load_profile_source("---\nstatus: superseded by ADR 9\nragft: {answers: {}}\n---\n", "old.md", rules());
  CHECK(s.load.profiles.empty());
  CHECK(s.load.errors.empty());
  REQUIRE(s.skipped.size() == 1);
  CHECK(s.skipped[0].reason == "status: superseded by ADR 9");
  s = load_profile_source("---\nragft:\n  answers: {problem: knowlege}\n---\n", "bad.md", rules());
  REQUIRE(s.load.errors.size() == 1);
  CHECK(s.load.errors[0].pos == SourcePos{3, 22});
  CHECK(s.load.errors[0].source_line == "  answers: {problem: knowlege}");
  // The same ADR piped to check gives the same proposal as the file.
  ProposalLoad a = load_proposals(md, "<stdin>", rules()), b = load_proposals(md, "adr.md", rules());
  REQUIRE(a.proposals.size() == 1);
  REQUIRE(b.proposals.size() == 1);
  CHECK(a.proposals[0].profile.approach_pos == b.proposals[0].profile.approach_pos);
}

TEST_CASE("SARIF rule metadata reads well in a code-scanning UI") {
  CheckReport r;
  r.add(check_one("approach: fine_tune\nanswers:\n  problem: knowledge\n  examples: 5000\n"));
  r.add(check_one("approach: rag\nanswers: {}\n", on("2026-11-21"), needs()));
  nlohmann::ordered_json s = check_sarif(r, rules(), "https://example.com/ragft/docs");
  const auto& descriptors = s["runs"][0]["tool"]["driver"]["rules"];
  std::map<std::string, nlohmann::ordered_json> by_id;
  for (const auto& d : descriptors) by_id[d["id"].get<std::string>()] = d;
  REQUIRE(by_id.count("knowledge-rag"));
  const auto& k = by_id["knowledge-rag"];
  CHECK(k["name"] == "KnowledgeRag");
  CHECK(k["shortDescription"]["text"] == "Facts come from retrieval.");
  CHECK(k["fullDescription"]["text"] == "Facts come from retrieval.");
  CHECK(k["help"]["text"] ==
        "Facts come from retrieval.\n\nApplies when: problem == 'knowledge'\nEffect: decide rag\nSource: seed 003");
  // A rule of another layer than the built-in rules links to the page; a
  // built-in rule to its own section (action_test checks one).
  CHECK(k["helpUri"] == "https://example.com/ragft/docs/decision-model.md");
  // Placeholders never reach the descriptions.
  const auto& m = by_id["many-facts"];
  CHECK(m["fullDescription"]["text"] == "<examples> pairs of facts are still facts.");
  CHECK(m["help"]["markdown"].get<std::string>().rfind("`examples` pairs of facts are still facts.", 0) == 0);
  CHECK(m["helpUri"] == "https://example.com/ragft/docs/decision-model.md");
  const auto& missing = by_id["ragft/missing-answer"];
  CHECK(missing["name"] == "MissingAnswer");
  CHECK(missing["shortDescription"]["text"] == "An answer the rules need is missing");
  CHECK(missing["helpUri"] == "https://example.com/ragft/docs/ci.md#when-a-proposal-fails");
  for (const auto& d : descriptors) {
    std::string short_text = d["shortDescription"]["text"];
    INFO(d["id"]);
    CHECK(short_text.find('\n') == std::string::npos);
    CHECK(short_text.size() <= 120);
    CHECK(d["fullDescription"]["text"].get<std::string>().find('{') == std::string::npos);
  }
}

TEST_CASE("the github format puts each file's lines in a group") {
  CheckReport r;
  r.add(check_one("approach: prompt\nanswers:\n  problem: knowledge\n", on("2026-11-21"), rules(), "a.yaml"));
  ProposalCheck second = check_one("approach: rag\nanswers:\n  problem: knowledge\n", on("2026-11-21"), rules(), "a.yaml");
  second.document = 1;
  r.add(second);
  r.add(check_one("approach: rag\nanswers:\n  problem: knowledge\n", on("2026-11-21"), rules(), "b.yaml"));
  Diagnostic bad;
  bad.file = "c.yaml";
  bad.message = "unknown key 'x'";
  r.invalid.push_back(bad);
  r.invalid_files = 1;
  std::string g = check_github(r);
  std::vector<std::string> groups;
  std::istringstream in(g);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("::group::", 0) == 0 || line == "::endgroup::") groups.push_back(line);
  CHECK(groups == std::vector<std::string>{"::group::ragft: c.yaml (invalid)", "::endgroup::", "::group::ragft: a.yaml",
                                           "::endgroup::", "::group::ragft: b.yaml", "::endgroup::"});
}

TEST_CASE("a report spooled to a temporary file renders byte for byte as one held in memory") {
  auto fill = [](CheckReport& r) {
    r.options = on("2026-11-21");
    r.add(check_one("approach: prompt\nanswers:\n  problem: knowledge\n", on("2026-11-21"), rules(), "a.yaml"));
    r.add(check_one("approach: fine_tune\nproject: \"p \\e]0;x\\a\"\nwaivers:\n  - {rule: facts-in-weights, reason: "
                    "pilot, owner: ml, expires: 2027-06-30}\nanswers:\n  problem: knowledge\n",
                    on("2026-11-21"), rules(), "b.yaml"));
    r.add(check_one("approach: rag\nanswers:\n  problem: knowledge\n", on("2026-11-21"), rules(), "c.yaml"));
    Diagnostic bad;
    bad.file = "d.yaml";
    bad.pos = {2, 3};
    bad.message = "unknown key 'x'";
    bad.source_line = "  x: 1";
    bad.hint = "remove it";
    r.invalid.push_back(bad);
    bad.pos = {3, 1};
    r.invalid.push_back(bad);
    r.invalid_files = 1;
    r.skipped.push_back({"e.md", "no front matter"});
  };
  CheckReport memory, spooled;
  spooled.proposals = Spool<ProposalCheck>(0);
  spooled.invalid = Spool<Diagnostic>(1);
  fill(memory);
  fill(spooled);
  REQUIRE(spooled.proposals.size() == 3);
  CHECK(spooled.passed() == memory.passed());
  CHECK(check_text(spooled, rules(), TextStyle{}, false) == check_text(memory, rules(), TextStyle{}, false));
  CHECK(check_json(spooled, rules()) == check_json(memory, rules()));
  CHECK(check_sarif(spooled, rules(), "u") == check_sarif(memory, rules(), "u"));
  CHECK(check_junit(spooled) == check_junit(memory));
  CHECK(check_github(spooled) == check_github(memory));
  // Read twice (SARIF reads the proposals once for its rules, once for its results).
  int n = 0;
  spooled.proposals.for_each([&](const ProposalCheck&) { ++n; });
  spooled.proposals.for_each([&](const ProposalCheck& p) { n += p.file == "b.yaml" ? 10 : 0; });
  CHECK(n == 13);
  std::string waived;
  spooled.proposals.for_each([&](const ProposalCheck& p) {
    for (const auto& f : p.findings)
      if (f.suppressed()) waived = p.waivers[static_cast<std::size_t>(f.waiver)].owner + " " + p.waivers[0].expires->str();
  });
  CHECK(waived == "ml 2027-06-30");
}
