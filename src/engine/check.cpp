// The gate: a proposal's verdict (recommended, close alternative, rejected),
// its findings, and the waiver life cycle (applies, expired, unused).
#include "ragft/check.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace ragft {

namespace {

const Rule* find_rule(const RuleSet& rules, const std::string& id) {
  for (const auto& r : rules.rules)
    if (r.id == id) return &r;
  return nullptr;
}

// The length of the value written at `col` of `line`: up to a comment or the
// end of the line, without trailing blanks.
int value_length(const std::string& line, int col) {
  if (col < 1 || static_cast<std::size_t>(col) > line.size()) return 1;
  std::string_view rest = std::string_view(line).substr(static_cast<std::size_t>(col - 1));
  if (std::size_t hash = rest.find(" #"); hash != std::string_view::npos) rest = rest.substr(0, hash);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r')) rest.remove_suffix(1);
  return std::max(1, static_cast<int>(rest.size()));
}

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The criteria a rule is about, most telling first: those its text quotes as
// {id}, in order, then those its condition reads, in the order written
// (quoted values such as 'behavior' are not criteria).
std::vector<std::string> criteria_that_matter(const Rule& rule) {
  std::vector<std::string> read = rule.when.identifiers();
  std::vector<std::string> out;
  auto add = [&](const std::string& id) {
    if (std::find(read.begin(), read.end(), id) != read.end() && std::find(out.begin(), out.end(), id) == out.end())
      out.push_back(id);
  };
  const std::string& text = rule.text;
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    add(text.substr(open + 1, close - open - 1));
  }
  const std::string& when = rule.when.text();
  for (std::size_t i = 0; i < when.size();) {
    char c = when[i];
    if (c == '\'' || c == '"') {
      std::size_t end = when.find(c, i + 1);
      i = end == std::string::npos ? when.size() : end + 1;
    } else if (ident_char(c)) {
      std::size_t j = i;
      while (j < when.size() && ident_char(when[j])) ++j;
      add(when.substr(i, j - i));
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

class Judge {
 public:
  Judge(const Engine& engine, const Proposal& proposal, const Profile& profile, const CheckOptions& options,
        ProposalCheck& out)
      : engine_(engine), rules_(engine.rules()), proposal_(proposal), profile_(profile), options_(options), out_(out) {}

  void run() {
    missing();
    verdict();
    for (const auto& w : out_.result.warnings) {
      if (w.rule.empty() || w.severity == Severity::info || !w.concerns(out_.approach)) continue;
      if (rejected_rule_ == w.rule) continue;  // the verdict's finding already says it
      Finding f = at_answer(w.rule);
      f.kind = FindingKind::warning;
      f.rule = w.rule;
      f.source = w.source;
      f.severity = w.severity;
      f.message = w.text;
      out_.findings.push_back(std::move(f));
    }
    low_confidence();
    waivers();
    out_.passed = true;
    for (auto& f : out_.findings) {
      f.fails = !f.suppressed() &&
                (f.severity == Severity::error || (options_.strict && f.severity == Severity::warning));
      if (f.fails) out_.passed = false;
    }
  }

 private:
  const Engine& engine_;
  const RuleSet& rules_;
  const Proposal& proposal_;
  const Profile& profile_;
  const CheckOptions& options_;
  ProposalCheck& out_;
  std::string rejected_rule_;

  Finding at_approach() const {
    Finding f;
    f.pos = out_.approach_pos;
    f.length = static_cast<int>(out_.approach.size());
    f.source_line = proposal_.approach_line;
    return f;
  }

  // A finding placed on the answer that matters: the first criterion the
  // rule's text quotes ({id}), else the first its condition reads, that the
  // proposal answers in the file; else on `approach`.
  Finding at_answer(const std::string& rule_id) const {
    const Rule* rule = find_rule(rules_, rule_id);
    const Answer* best = nullptr;
    if (rule) {
      for (const auto& id : criteria_that_matter(*rule)) {
        auto it = profile_.answers.find(id);
        if (it != profile_.answers.end() && it->second.pos.known()) {
          best = &it->second;
          break;
        }
      }
    }
    if (!best) return at_approach();
    Finding f;
    f.pos = best->pos;
    f.source_line = proposal_.lines ? proposal_.lines->line(f.pos.line) : std::string();
    f.length = value_length(f.source_line, f.pos.col);
    return f;
  }

  void verdict() {
    const Decision& d = out_.result.decision;
    const std::string& approach = out_.approach;
    std::size_t a = static_cast<std::size_t>(rules_.option_index(approach));
    int r = rules_.option_index(d.recommendation);
    if (d.recommendation == approach) {
      out_.verdict = Verdict::recommended;
      return;
    }
    if (r >= 0) out_.behind = std::max(0, d.scores[static_cast<std::size_t>(r)] - d.scores[a]);
    if (d.decided_by.empty() && r >= 0 && !d.excluded[a] && out_.behind <= rules_.settings.close_margin) {
      out_.verdict = Verdict::close;
      return;
    }
    out_.verdict = Verdict::rejected;
    Finding f = at_approach();
    f.kind = FindingKind::not_recommended;
    f.severity = Severity::error;
    auto text_of = [&](const std::string& rule) {
      for (const auto& x : out_.result.reasons)
        if (x.rule == rule) return x.text;
      return std::string();
    };
    if (d.excluded[a]) {
      auto x = std::find_if(out_.result.excluded.begin(), out_.result.excluded.end(),
                            [&](const Exclusion& e) { return e.option == approach; });
      f.rule = x->rule;
      f.message = fmt::format("{} is ruled out: {}", approach, x->reason);
    } else if (!d.decided_by.empty()) {
      f.rule = d.decided_by;
      f.message = fmt::format("this rule decides {}, not {}: {}", d.recommendation, approach, text_of(d.decided_by));
    } else {
      // The fired rule that widens the gap most; ties go to the earlier rule.
      int widest = 0;
      std::size_t ri = static_cast<std::size_t>(r);
      for (const auto& fired : out_.result.reasons) {  // the rules with effects that fired, in order
        const Rule* rule = find_rule(rules_, fired.rule);
        int gap = 0;
        for (const auto& s : rule->score) {
          if (s.option == d.recommendation) gap += s.points;
          if (s.option == approach) gap -= s.points;
        }
        if (gap > widest) {
          widest = gap;
          f.rule = rule->id;
        }
      }
      f.message = fmt::format("{} is {} points behind {} ({:+d} against {:+d}; the close margin is {}), most of all "
                              "because: {}",
                              approach, out_.behind, d.recommendation, d.scores[a], d.scores[ri],
                              rules_.settings.close_margin, text_of(f.rule));
    }
    if (const Rule* rule = find_rule(rules_, f.rule)) f.source = rule->source;
    rejected_rule_ = f.rule;
    out_.findings.push_back(std::move(f));
    // Every other rule that rules the approach out is a finding of its own,
    // so that waiving one gate never lets the approach through the others.
    if (!d.excluded[a]) return;
    for (const auto& x : out_.result.reasons) {
      if (x.rule == rejected_rule_) continue;
      const Rule* rule = find_rule(rules_, x.rule);
      if (!rule || std::find(rule->exclude.begin(), rule->exclude.end(), approach) == rule->exclude.end()) continue;
      Finding g = at_answer(rule->id);
      g.kind = FindingKind::not_recommended;
      g.severity = Severity::error;
      g.rule = rule->id;
      g.source = rule->source;
      g.message = fmt::format("{} is ruled out: {}", approach, x.text);
      out_.findings.push_back(std::move(g));
    }
  }

  // One finding per answer the rules need that the proposal leaves out: on
  // the answer when it is written blank, else on `answers:`, else on
  // `approach`.
  void missing() {
    out_.missing = missing_answers(rules_, profile_);
    for (const auto& id : out_.missing) {
      const Criterion* c = rules_.criterion(id);
      Finding f = at_approach();
      SourcePos at;
      int length = 1;
      auto blank = std::find(profile_.blank.begin(), profile_.blank.end(), id);
      if (blank != profile_.blank.end() && profile_.blank_pos.size() == profile_.blank.size()) {
        at = profile_.blank_pos[static_cast<std::size_t>(blank - profile_.blank.begin())];
        length = static_cast<int>(id.size());
      } else if (profile_.answers_pos.known()) {
        at = profile_.answers_pos;
        length = static_cast<int>(std::string_view("answers").size());
      }
      if (at.known() && proposal_.lines) {
        f.pos = at;
        f.length = length;
        f.source_line = proposal_.lines->line(at.line);
      }
      f.kind = FindingKind::missing_answer;
      f.rule = kMissingAnswer;
      f.severity = Severity::error;
      f.message = fmt::format("'{}' is not answered, and the rules need it to judge the approach: {} ({})", id,
                              c->question, c->allowed());
      out_.findings.push_back(std::move(f));
    }
  }

  // A verdict at low confidence: a warning (it fails with --strict) naming
  // the answers left out that the rules read and that could settle it (some
  // answer gives another verdict, or one at higher confidence). Not when
  // answers the rules need are missing: those findings already say what to do.
  void low_confidence() {
    const Decision& d = out_.result.decision;
    if (d.confidence != "low" || !out_.missing.empty()) return;
    std::vector<std::string> read;
    for (const auto& r : rules_.rules) {
      if (!r.enabled) continue;
      for (const auto& id : r.when.identifiers())
        if (std::find(read.begin(), read.end(), id) == read.end()) read.push_back(id);
    }
    std::string open;
    for (const auto& c : rules_.criteria) {
      if (std::find(read.begin(), read.end(), c.id) == read.end()) continue;
      if (out_.result.given.count(c.id) || !could_settle(c)) continue;
      open += (open.empty() ? "" : ", ") + c.id;
    }
    Finding f = at_approach();
    f.kind = FindingKind::low_confidence;
    f.rule = kLowConfidence;
    f.severity = Severity::warning;
    f.message = open.empty()
                    ? fmt::format("the verdict ({}) is at low confidence, and no answer left out would settle it: "
                                  "check the answers that decide it ('ragft explain' shows them)",
                                  d.recommendation)
                    : fmt::format("the verdict ({}) is at low confidence; answering {} could settle it",
                                  d.recommendation, open);
    out_.findings.push_back(std::move(f));
  }

  // Whether some answer to the unanswered criterion `c` gives a verdict that
  // is not at low confidence, or another recommendation: every choice, yes
  // and no, or a spread of numbers within its range.
  bool could_settle(const Criterion& c) const {
    std::vector<expr::Value> tries;
    if (c.type == CriterionType::choice) {
      for (const auto& ch : c.choices) tries.push_back(expr::Value::of_text(ch.id));
    } else if (c.type == CriterionType::yesno) {
      tries = {expr::Value::of_bool(true), expr::Value::of_bool(false)};
    } else {
      std::vector<double> xs;
      if (c.type == CriterionType::fraction)
        for (int i = 0; i <= 100; i += 5) xs.push_back(i / 100.0);
      else
        for (double x : {0.0, 1.0, 10.0, 50.0, 100.0, 300.0, 500.0, 1e3, 2e3, 5e3, 1e4, 5e4, 1e5, 1e6, 1e7, 1e9})
          xs.push_back(x);
      for (double x : xs) {
        if ((c.min && x < *c.min) || (c.max && x > *c.max) || (c.above && x <= *c.above)) continue;
        tries.push_back(expr::Value::of_number(x));
      }
    }
    Answers given = out_.result.given;
    for (const auto& v : tries) {
      given[c.id] = v;
      Decision d = engine_.decide(given);
      if (d.confidence != "low" || d.recommendation != out_.result.decision.recommendation) return true;
    }
    return false;
  }

  void waivers() {
    std::size_t rule_findings = out_.findings.size();
    for (std::size_t i = 0; i < out_.waivers.size(); ++i) {
      const Waiver& w = out_.waivers[i];
      bool matched = false;
      for (std::size_t k = 0; k < rule_findings; ++k)
        if (out_.findings[k].rule == w.rule) matched = true;
      Finding f;
      f.rule = w.rule;
      f.pos = w.pos;
      f.length = w.length;
      f.source_line = w.source_line;
      f.severity = Severity::warning;
      std::string owner = w.owner.empty() ? "" : fmt::format(" (owner: {})", w.owner);
      if (w.expires && *w.expires < options_.today) {
        f.kind = FindingKind::waiver_expired;
        f.rule = kWaiverExpired;
        f.message = fmt::format("the waiver of '{}'{} expired on {}; {}", w.rule, owner, w.expires->str(),
                                matched ? "its findings count again" : "it no longer applies");
        out_.findings.push_back(std::move(f));
        continue;
      }
      if (!matched) {
        f.kind = FindingKind::waiver_unused;
        f.rule = kWaiverUnused;
        f.message = fmt::format("the waiver of '{}'{} matches no finding of this proposal; remove it", w.rule, owner);
        out_.findings.push_back(std::move(f));
        continue;
      }
      for (std::size_t k = 0; k < rule_findings; ++k)
        if (out_.findings[k].rule == w.rule) out_.findings[k].waiver = static_cast<int>(i);
    }
  }
};

}  // namespace

std::vector<std::string> missing_answers(const RuleSet& rules, const Profile& profile) {
  Answers given = Engine::answers_of(profile);
  auto needed = [](const Criterion& c) { return c.id == "problem" || (!c.default_value && !c.optional); };
  // Whether a question applies is judged on the answers given and the
  // defaults of the criteria that may go unanswered; not on the default of
  // `problem`, which must be answered.
  expr::Slots slots;
  slots.reserve(rules.criteria.size());
  for (const auto& c : rules.criteria) {
    if (auto it = given.find(c.id); it != given.end()) slots.push_back(it->second);
    else if (c.default_value && !needed(c)) slots.push_back(*c.default_value);
    else slots.emplace_back();
  }
  std::vector<std::string> out;
  for (const auto& c : rules.criteria) {
    if (given.count(c.id) || !needed(c)) continue;
    if (c.ask_when && !expr::holds(*c.ask_when, slots)) continue;  // the question does not apply
    out.push_back(c.id);
  }
  return out;
}

ProposalCheck check_proposal(const Engine& engine, const Proposal& proposal, const CheckOptions& options,
                             const std::vector<std::pair<std::string, expr::Value>>& sets) {
  Profile profile = proposal.profile;
  for (const auto& [id, v] : sets) profile.answers[id] = Answer{v, {}};
  ProposalCheck out;
  out.file = profile.file;
  out.document = profile.document;
  out.project = profile.project;
  out.approach = profile.approach.value_or("");
  out.approach_pos = profile.approach_pos;
  out.waivers = proposal.waivers;
  EvalOptions eval;
  eval.would_change = false;
  out.result = engine.evaluate(profile, eval);
  Judge(engine, proposal, profile, options, out).run();
  return out;
}

void CheckReport::add(const ProposalCheck& p) {
  proposals.push_back(p);
  if (p.passed) ++passed_;
}

int CheckReport::exit_code() const {
  if (invalid_files > 0 || nothing_checked) return 2;
  return failed() > 0 ? 1 : 0;
}

}  // namespace ragft
