// Rendering results: the JSON result object, the text verdict, the explain
// trace, and the csv and markdown tables.
#include "ragft/report.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ragft/terminal_text.h"

#include "ragft/cost_report.h"

namespace ragft {

namespace {

std::string severity_painted(const Paint& p, Severity s) {
  switch (s) {
    case Severity::error: return p.red("error");
    case Severity::warning: return p.yellow("warning");
    case Severity::info: return p.cyan("info");
  }
  return {};
}

std::string label_of(const RuleSet& rules, const std::string& option) {
  const Option* o = rules.option(option);
  return o ? o->label : option;
}

std::string answer_text(const RuleSet& rules, const std::string& id, const expr::Value& v) {
  const Criterion* c = rules.criterion(id);
  return c ? format_answer(*c, v) : v.to_string();
}

std::string header_line(const Result& r) {
  std::string where = r.file.empty() ? "profile" : r.file;
  if (r.document > 0) where += fmt::format(" (document {})", r.document + 1);
  return where;
}

// Diverging bars: negative scores to the left of the axis, positive to the right.
std::string score_chart(const Result& r, const RuleSet& rules, const Paint& p) {
  int most = 1;
  for (int s : r.decision.scores) most = std::max(most, std::abs(s));
  const int half = 12;
  std::size_t name_width = 0;
  for (const auto& o : rules.options) name_width = std::max(name_width, o.id.size());
  std::string out;
  for (std::size_t i = 0; i < rules.options.size(); ++i) {
    int s = r.decision.scores[i];
    int len = static_cast<int>(std::lround(static_cast<double>(std::abs(s)) * half / most));
    if (s != 0 && len == 0) len = 1;
    std::string left(static_cast<std::size_t>(half), ' '), right;
    if (s < 0) {
      left = std::string(static_cast<std::size_t>(half - len), ' ');
      for (int k = 0; k < len; ++k) left += "▒";
    } else {
      for (int k = 0; k < len; ++k) right += "█";
    }
    right += std::string(static_cast<std::size_t>(half - (s > 0 ? len : 0)), ' ');
    bool winner = rules.options[i].id == r.decision.recommendation;
    std::string bar = (s < 0 ? p.dim(left) : left) + "│" + (winner ? p.green(right) : right);
    std::string note = r.decision.excluded[i] ? "  excluded" : "";
    std::string name = fmt::format("{:<{}}", rules.options[i].id, name_width);
    out += fmt::format("    {}  {} {:>4}{}\n", winner ? p.bold(name) : name, bar, fmt::format("{:+d}", s), note);
  }
  return out;
}

}  // namespace

nlohmann::ordered_json value_json(const expr::Value& v) {
  using K = expr::Value::Kind;
  switch (v.kind) {
    case K::missing: return nullptr;
    case K::boolean: return v.boolean;
    case K::text: return v.text;
    case K::number:
      if (std::floor(v.number) == v.number && std::fabs(v.number) < 9e15) return static_cast<long long>(v.number);
      return v.number;
    case K::list: {
      auto a = nlohmann::ordered_json::array();
      for (const auto& e : v.list) a.push_back(value_json(e));
      return a;
    }
  }
  return nullptr;
}

nlohmann::ordered_json result_json(const Result& r, const RuleSet& rules) {
  nlohmann::ordered_json j;
  j["schema"] = "ragft/result/v1";
  j["file"] = r.file;
  j["document"] = r.document;
  j["project"] = r.project;
  if (r.approach) j["approach"] = *r.approach;
  j["recommendation"] = r.decision.recommendation;
  j["confidence"] = r.decision.confidence;
  j["decided_by"] = r.decision.decided_by.empty() ? nlohmann::ordered_json(nullptr)
                                                  : nlohmann::ordered_json(r.decision.decided_by);
  nlohmann::ordered_json scores = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < rules.options.size(); ++i) scores[rules.options[i].id] = r.decision.scores[i];
  j["scores"] = scores;
  j["excluded"] = nlohmann::ordered_json::array();
  for (const auto& x : r.excluded) j["excluded"].push_back({{"option", x.option}, {"rule", x.rule}, {"reason", x.reason}});
  j["reasons"] = nlohmann::ordered_json::array();
  for (const auto& x : r.reasons)
    j["reasons"].push_back({{"rule", x.rule}, {"effect", x.effect}, {"text", x.text}, {"source", x.source}});
  j["warnings"] = nlohmann::ordered_json::array();
  for (const auto& w : r.warnings) {
    nlohmann::ordered_json o = {{"rule", w.rule},
                                {"severity", std::string(severity_name(w.severity))},
                                {"text", w.text},
                                {"source", w.source}};
    o["about"] = w.about;
    j["warnings"].push_back(o);
  }
  j["assumed"] = nlohmann::ordered_json::array();
  for (const auto& a : r.assumed) j["assumed"].push_back({{"criterion", a.criterion}, {"value", value_json(a.value)}});
  j["would_change"] = nlohmann::ordered_json::array();
  for (const auto& w : r.would_change)
    j["would_change"].push_back({{"criterion", w.criterion},
                                 {"condition", w.condition},
                                 {"value", value_json(w.value)},
                                 {"recommendation", w.recommendation}});
  if (r.cost) j["cost"] = cost_json(*r.cost);
  return j;
}

std::string result_text(const Result& r, const RuleSet& rules, const TextStyle& style) {
  Paint p{style.color};
  const std::size_t W = static_cast<std::size_t>(style.width);
  std::string out;
  out += p.bold(header_line(r)) + (r.project.empty() ? "" : "  " + p.dim("— " + r.project)) + "\n";
  const std::string& rec = r.decision.recommendation;
  std::string verdict = rec == "none" ? p.red("no option fits") : p.green(p.bold(rec)) + "  " + label_of(rules, rec);
  out += fmt::format("  Recommendation: {}  (confidence: {}{})\n", verdict, r.decision.confidence,
                     r.decision.decided_by.empty() ? "" : ", decided by " + r.decision.decided_by);
  out += score_chart(r, rules, p);

  if (!r.reasons.empty()) {
    out += "  Why\n";
    for (const auto& x : r.reasons) {
      append_wrapped(out, "    ", W, fmt::format("{} {}", p.dim("[" + x.effect + "]"), x.text));
      if (!x.source.empty()) append_wrapped(out, "      ", W, p.dim("source: " + x.source + " · rule " + x.rule));
    }
  }
  std::vector<const Warning*> here, elsewhere;
  for (const auto& w : r.warnings) (w.concerns(rec) ? here : elsewhere).push_back(&w);
  if (!here.empty()) {
    out += "  Warnings\n";
    for (const auto* w : here)
      append_wrapped(out, "    ", W, fmt::format("{}: {} {}", severity_painted(p, w->severity), w->text,
                                            p.dim(w->rule.empty() ? "" : "[" + w->rule + "]")));
  }
  if (!elsewhere.empty()) {
    out += "  Traps if you choose otherwise\n";
    for (const auto* w : elsewhere) {
      std::string opts;
      for (const auto& a : w->about) opts += (opts.empty() ? "" : ", ") + a;
      append_wrapped(out, "    ", W, fmt::format("{} {}: {} {}", opts, severity_painted(p, w->severity), w->text,
                                            p.dim("[" + w->rule + "]")));
    }
  }
  if (!r.excluded.empty()) {
    out += "  Excluded\n";
    for (const auto& x : r.excluded) append_wrapped(out, "    ", W, fmt::format("{}: {} {}", x.option, x.reason, p.dim("[" + x.rule + "]")));
  }
  if (!r.assumed.empty()) {
    std::string assumed, missing;
    for (const auto& a : r.assumed) {
      if (r.cost && rules.cost.estimate_only_input(a.criterion)) continue;  // shown by `ragft cost`
      if (a.value.is_missing()) missing += (missing.empty() ? "" : ", ") + a.criterion;
      else assumed += (assumed.empty() ? "" : ", ") + a.criterion + " = " + answer_text(rules, a.criterion, a.value);
    }
    if (!assumed.empty()) append_wrapped(out, "  ", W, "Assumed (defaults): " + assumed);
    if (!missing.empty()) append_wrapped(out, "  ", W, "Not answered: " + missing);
  }
  if (r.cost) append_wrapped(out, "  ", W, cost_summary(*r.cost));
  if (!r.would_change.empty()) {
    out += "  What would change the answer\n";
    for (const auto& w : r.would_change)
      append_wrapped(out, "    ", W, fmt::format("{} {} → {}  {}", w.criterion, w.condition, p.bold(w.recommendation),
                                            p.dim("(--set " + w.criterion + "=" + answer_text(rules, w.criterion, w.value) + ")")));
  }
  return out;
}

std::string explain_text(const Result& r, const RuleSet& rules, const TextStyle& style) {
  Paint p{style.color};
  std::string out = p.bold(header_line(r)) + (r.project.empty() ? "" : "  " + p.dim("— " + r.project)) + "\n";
  out += "  Answers\n";
  // The answers as evaluated: given, default, or not answered.
  for (const auto& c : rules.criteria) {
    if (r.cost && rules.cost.estimate_only_input(c.id) && !r.given.count(c.id)) continue;  // `ragft cost`
    auto a = std::find_if(r.assumed.begin(), r.assumed.end(), [&](const Assumption& x) { return x.criterion == c.id; });
    if (auto g = r.given.find(c.id); g != r.given.end())
      out += fmt::format("    {:<20} {}\n", c.id, format_answer(c, g->second));
    else if (a != r.assumed.end())
      out += fmt::format("    {:<20} {}\n", c.id,
                         a->value.is_missing() ? p.dim("not answered") : format_answer(c, a->value) + p.dim("  (default)"));
  }
  out += "  Rules, in order\n";
  for (const auto& t : r.trace) {
    std::string mark = !t.enabled ? p.dim("off ") : t.fired ? p.green("FIRE") : p.dim("  - ");
    out += fmt::format("    {} {}  {}\n", mark, t.fired ? p.bold(t.rule) : t.rule, p.dim(t.effect));
    if (!t.enabled) {
      out += "           disabled by a rule layer\n";
      continue;
    }
    for (const auto& c : t.conditions) {
      std::string seen;
      for (const auto& [id, v] : c.seen)
        seen += (seen.empty() ? "" : ", ") + id + " = " + (v.is_missing() ? std::string("not answered") : answer_text(rules, id, v));
      std::string verdict = c.held ? p.green("yes") : c.missing ? p.yellow("no (not answered)") : p.red("no");
      out += fmt::format("           {:<44} {}{}\n", c.text, verdict, seen.empty() ? "" : p.dim("  [" + seen + "]"));
    }
  }
  if (!r.excluded.empty()) {
    out += "  Excluded\n";
    for (const auto& x : r.excluded) out += fmt::format("    {}: {} [{}]\n", x.option, x.reason, x.rule);
  }
  out += "  Tally\n";
  out += score_chart(r, rules, p);
  out += fmt::format("  Recommendation: {} (confidence: {}{})\n", p.bold(r.decision.recommendation), r.decision.confidence,
                     r.decision.decided_by.empty() ? "" : ", decided by " + r.decision.decided_by);
  out += "  What would change the answer\n";
  if (r.would_change.empty()) out += "    no single answer changes the recommendation\n";
  for (const auto& w : r.would_change)
    out += fmt::format("    {} {} → {}  {}\n", w.criterion, w.condition, p.bold(w.recommendation),
                       p.dim("(--set " + w.criterion + "=" + answer_text(rules, w.criterion, w.value) + ")"));
  return out;
}

namespace {

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

int count_severity(const Result& r, Severity s) {
  return static_cast<int>(std::count_if(r.warnings.begin(), r.warnings.end(), [&](const Warning& w) {
    return w.severity == s && w.concerns(r.decision.recommendation);
  }));
}

}  // namespace

std::string csv_header(const RuleSet& rules) {
  std::string h = "file,document,project,recommendation,confidence,decided_by";
  for (const auto& o : rules.options) h += ",score_" + o.id;
  return h + ",excluded,errors,warnings\n";
}

std::string csv_row(const Result& r, const RuleSet& rules) {
  std::string row = fmt::format("{},{},{},{},{},{}", csv_field(r.file), r.document, csv_field(r.project),
                                r.decision.recommendation, r.decision.confidence, r.decision.decided_by);
  for (std::size_t i = 0; i < rules.options.size(); ++i) row += fmt::format(",{}", r.decision.scores[i]);
  std::string excluded;
  for (const auto& x : r.excluded) excluded += (excluded.empty() ? "" : ";") + x.option;
  return row + fmt::format(",{},{},{}\n", csv_field(excluded), count_severity(r, Severity::error),
                           count_severity(r, Severity::warning));
}

std::string markdown_header(const RuleSet& rules) {
  std::string h = "| File | Project | Recommendation | Confidence |";
  std::string sep = "|---|---|---|---|";
  for (const auto& o : rules.options) {
    h += ' ';
    h += md_cell(o.id);
    h += " |";
    sep += "---:|";
  }
  return h + " Warnings |\n" + sep + "---|\n";
}

std::string markdown_row(const Result& r, const RuleSet& rules) {
  std::string file = r.file + (r.document > 0 ? fmt::format(" #{}", r.document + 1) : "");
  std::string row = fmt::format("| {} | {} | **{}** | {} |", md_cell(file), md_cell(r.project),
                                r.decision.recommendation, r.decision.confidence);
  for (std::size_t i = 0; i < rules.options.size(); ++i) row += fmt::format(" {} |", r.decision.scores[i]);
  std::string warnings;
  for (const auto& w : r.warnings)
    if (w.concerns(r.decision.recommendation))
      warnings += (warnings.empty() ? "" : "; ") + std::string(severity_name(w.severity)) + ": " + w.rule;
  return row + " " + md_cell(warnings) + " |\n";
}

}  // namespace ragft
