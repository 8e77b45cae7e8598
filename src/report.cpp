// Rendering results: the JSON result object, the text verdict, the explain
// trace, and the csv and markdown tables.
#include "ragft/report.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "ragft/safe_text.h"
#include "ragft/terminal_text.h"

#include "ragft/cost_report.h"

namespace ragft {

namespace {

// The style and name of a severity.
std::string_view severity_sgr(Severity s) {
  switch (s) {
    case Severity::error: return "31";
    case Severity::warning: return "33";
    case Severity::info: return "36";
  }
  return {};
}
std::string_view severity_word(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return {};
}

std::string answer_text(const RuleSet& rules, const std::string& id, const expr::Value& v) {
  const Criterion* c = rules.criterion(id);
  return c ? format_answer(*c, v) : v.to_string();
}

void append_int(std::string& out, int v) {
  char buf[16];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// The file and document a result is about, then its project: the first line.
// Without a file (`ragft ask` not saved) the project names it, if there is one.
void append_header(std::string& out, const Result& r, const Paint& p, std::string& scratch) {
  if (r.file.empty() && !r.project.empty()) {
    p.bold(out, visible(r.project));
    out += '\n';
    return;
  }
  scratch = r.file.empty() ? std::string("profile") : visible(r.file);
  if (r.document > 0) {
    scratch += " (document ";
    append_int(scratch, r.document + 1);
    scratch += ')';
  }
  p.bold(out, scratch);
  if (!r.project.empty()) {
    out += "  ";
    scratch = "— ";
    scratch += visible(r.project);
    p.dim(out, scratch);
  }
  out += '\n';
}

// Diverging bars: negative scores to the left of the axis, positive to the right.
void append_score_chart(std::string& out, const Result& r, const RuleSet& rules, const Paint& p) {
  // A decision with no points (the built-in rules decide by gates and
  // verdicts) has no tally to draw.
  if (std::all_of(r.decision.scores.begin(), r.decision.scores.end(), [](int s) { return s == 0; })) return;
  int most = 1;
  for (int s : r.decision.scores) most = std::max(most, std::abs(s));
  constexpr int half = 12;
  // Bars of up to `half` cells: each cell is one 3-byte glyph.
  constexpr std::string_view kNegative = "▒▒▒▒▒▒▒▒▒▒▒▒", kPositive = "████████████", kBlank = "            ";
  static_assert(kNegative.size() == 3 * half && kPositive.size() == 3 * half && kBlank.size() == half);
  // Option ids are ASCII identifiers, so bytes are columns.
  std::size_t name_width = 0;
  for (const auto& o : rules.options) name_width = std::max(name_width, o.id.size());
  std::string styled;  // a part of the line styled as a whole
  for (std::size_t i = 0; i < rules.options.size(); ++i) {
    const int s = r.decision.scores[i];
    int len = static_cast<int>(std::lround(static_cast<double>(std::abs(s)) * half / most));
    if (s != 0 && len == 0) len = 1;
    const auto cells = static_cast<std::size_t>(len);
    const std::string& id = rules.options[i].id;
    const bool winner = id == r.decision.recommendation;
    // The name, padded.
    out += "    ";
    if (winner) {
      styled = id;
      styled.append(name_width - id.size(), ' ');
      p.bold(out, styled);
    } else {
      out += id;
      out.append(name_width - id.size(), ' ');
    }
    out += "  ";
    // Left of the axis.
    if (s < 0) {
      styled = kBlank.substr(cells);
      styled += kNegative.substr(0, 3 * cells);
      p.dim(out, styled);
    } else {
      out += kBlank;
    }
    out += "│";
    // Right of the axis.
    styled.clear();
    if (s > 0) styled += kPositive.substr(0, 3 * cells);
    styled += kBlank.substr(s > 0 ? cells : 0);
    if (winner) p.green(out, styled);
    else out += styled;
    // The score with its sign, right-aligned in 4 columns.
    char num[16] = {'+'};
    const char* num_begin = s < 0 ? num + 1 : num;  // to_chars writes the minus sign
    const char* num_end = std::to_chars(num + 1, num + sizeof num, s).ptr;
    const std::string_view score(num_begin, static_cast<std::size_t>(num_end - num_begin));
    out += ' ';
    if (score.size() < 4) out.append(4 - score.size(), ' ');
    out += score;
    if (r.decision.excluded[i]) out += "  excluded";
    out += '\n';
  }
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
  j["confidence_reason"] = r.decision.confidence_reason;
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
  j["next_steps"] = nlohmann::ordered_json::array();
  for (const auto& s : r.next_steps) {
    auto or_null = [](const std::string& v) { return v.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v); };
    j["next_steps"].push_back({{"text", s.text},
                               {"criterion", or_null(s.criterion)},
                               {"target", or_null(s.target)},
                               {"unlocks", or_null(s.unlocks)},
                               {"rule", s.rule},
                               {"source", s.source}});
  }
  if (r.cost) j["cost"] = cost_json(*r.cost);
  return j;
}

// Renders into one string, composing each wrapped block in `para` and each
// styled piece of it in `piece` first: both buffers are reused, so the text
// costs a handful of allocations whatever its length.
std::string result_text(const Result& r, const RuleSet& rules, const TextStyle& style) {
  Paint p{style.color};
  const std::size_t W = static_cast<std::size_t>(style.width);
  std::string out, para, piece;
  // The texts shown, and room for the chart, headings, indents and styles.
  std::size_t texts = 0;
  for (const auto& x : r.reasons) texts += x.text.size() + x.source.size() + 64;
  for (const auto& w : r.warnings) texts += w.text.size() + 64;
  for (const auto& x : r.excluded) texts += x.reason.size() + 64;
  out.reserve(texts + 40 * r.assumed.size() + 100 * r.would_change.size() + 1024);
  para.reserve(512);

  append_header(out, r, p, piece);
  const std::string& rec = r.decision.recommendation;
  para = "Recommendation: ";
  if (rec == "none") {
    p.red(para, "no option fits");
  } else {
    if (p.on) p.green(para, p.bold(rec));  // nested styles: the green around the bold
    else para += rec;
    para += "  ";
    const Option* o = rules.option(rec);
    para += visible(o ? o->label : rec);
  }
  para += "  (confidence: ";
  para += r.decision.confidence;
  if (!r.decision.decided_by.empty()) {
    para += ", decided by ";
    para += r.decision.decided_by;
  }
  para += ")";
  append_wrapped(out, "  ", W, para);
  if (!r.decision.confidence_reason.empty()) {
    para = "Confidence is ";
    para += r.decision.confidence;
    para += ": ";
    para += r.decision.confidence_reason;
    append_wrapped(out, "  ", W, para);
  }
  append_score_chart(out, r, rules, p);

  // `piece` set to "[text]", then styled dim at the end of `para`.
  auto dim_tag = [&](std::string_view text) {
    piece = '[';
    piece += text;
    piece += ']';
    p.dim(para, piece);
  };

  // An exclusion is shown once, under Excluded.
  auto only_excludes = [](const Reason& x) {
    return x.effect.rfind("exclude ", 0) == 0 && x.effect.find(';') == std::string::npos;
  };
  if (std::any_of(r.reasons.begin(), r.reasons.end(), [&](const Reason& x) { return !only_excludes(x); })) {
    out += "  Why\n";
    for (const auto& x : r.reasons) {
      if (only_excludes(x)) continue;
      para.clear();
      dim_tag(x.effect);
      para += ' ';
      para += x.text;
      append_wrapped(out, "    ", W, para);
      if (!x.source.empty()) {
        piece = "source: ";
        piece += x.source;
        piece += " · rule ";
        piece += x.rule;
        para.clear();
        p.dim(para, piece);
        append_wrapped(out, "      ", W, para);
      }
    }
  }
  // The warnings that concern the recommendation, then those that concern
  // only other options.
  bool heading = false;
  for (const auto& w : r.warnings) {
    if (!w.concerns(rec)) continue;
    if (!heading) out += "  Warnings\n";
    heading = true;
    para.clear();
    p.append(para, severity_sgr(w.severity), severity_word(w.severity));
    para += ": ";
    para += w.text;
    para += ' ';
    if (!w.rule.empty()) dim_tag(w.rule);
    append_wrapped(out, "    ", W, para);
  }
  heading = false;
  for (const auto& w : r.warnings) {
    if (w.concerns(rec)) continue;
    if (!heading) out += "  Traps if you choose otherwise\n";
    heading = true;
    para.clear();
    for (const auto& a : w.about) {
      if (!para.empty()) para += ", ";
      para += a;
    }
    para += ' ';
    p.append(para, severity_sgr(w.severity), severity_word(w.severity));
    para += ": ";
    para += w.text;
    para += ' ';
    dim_tag(w.rule);
    append_wrapped(out, "    ", W, para);
  }
  if (!r.excluded.empty()) {
    out += "  Excluded\n";
    for (const auto& x : r.excluded) {
      para = x.option;
      para += ": ";
      para += x.reason;
      para += ' ';
      dim_tag(x.rule);
      append_wrapped(out, "    ", W, para);
    }
  }
  if (!r.next_steps.empty()) {
    out += "  Next steps\n";
    for (const auto& s : r.next_steps) {
      para = "- ";
      para += s.text;
      if (!s.unlocks.empty()) {
        para += ' ';
        piece = "[unlocks ";
        piece += s.unlocks;
        piece += ": ";
        piece += s.criterion;
        piece += ' ';
        piece += s.target;
        piece += ']';
        p.dim(para, piece);
      }
      append_wrapped(out, "    ", W, para);
    }
  }
  if (!r.assumed.empty()) {
    // Both lists at once: the defaults in `para`, the unanswered in `piece`.
    constexpr std::string_view kAssumed = "Assumed (defaults): ", kMissing = "Not answered: ";
    para = kAssumed;
    piece = kMissing;
    for (const auto& a : r.assumed) {
      if (r.cost && rules.cost.estimate_only_input(a.criterion)) continue;  // shown by `ragft cost`
      if (a.value.is_missing()) {
        if (piece.size() > kMissing.size()) piece += ", ";
        piece += a.criterion;
      } else {
        if (para.size() > kAssumed.size()) para += ", ";
        para += a.criterion;
        para += " = ";
        para += answer_text(rules, a.criterion, a.value);
      }
    }
    if (para.size() > kAssumed.size()) append_wrapped(out, "  ", W, para);
    if (piece.size() > kMissing.size()) append_wrapped(out, "  ", W, piece);
  }
  if (r.cost) {
    para.clear();
    append_cost_summary(para, *r.cost);
    append_wrapped(out, "  ", W, para);
  }
  if (!r.would_change.empty()) {
    out += "  What would change the answer\n";
    for (const auto& w : r.would_change) {
      para = w.criterion;
      para += ' ';
      para += w.condition;
      para += " → ";
      p.bold(para, w.recommendation);
      para += "  ";
      piece = "(--set ";
      piece += w.criterion;
      piece += '=';
      piece += answer_text(rules, w.criterion, w.value);
      piece += ')';
      p.dim(para, piece);
      append_wrapped(out, "    ", W, para);
    }
  }
  return visible_text(out, p.on);
}

std::string explain_text(const Result& r, const RuleSet& rules, const TextStyle& style) {
  Paint p{style.color};
  std::string out, scratch;
  append_header(out, r, p, scratch);
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
  append_score_chart(out, r, rules, p);
  out += fmt::format("  Recommendation: {} (confidence: {}{})\n", p.bold(r.decision.recommendation), r.decision.confidence,
                     r.decision.decided_by.empty() ? "" : ", decided by " + r.decision.decided_by);
  out += "  What would change the answer\n";
  if (r.would_change.empty()) out += "    no single answer changes the recommendation\n";
  for (const auto& w : r.would_change)
    out += fmt::format("    {} {} → {}  {}\n", w.criterion, w.condition, p.bold(w.recommendation),
                       p.dim("(--set " + w.criterion + "=" + answer_text(rules, w.criterion, w.value) + ")"));
  return visible_text(out, p.on);
}

namespace {

// Fields from inputs are shown as one line with control characters visible
// (safe_text.h), then quoted where csv needs it.
std::string csv_field(std::string_view raw) {
  std::string s = visible(raw);
  if (s.find_first_of(",\"") == std::string_view::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string md_cell(std::string_view raw) {
  std::string out;
  for (char c : visible(raw)) {
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
  return h + ",excluded,errors,warnings,confidence_reason\n";
}

std::string csv_row(const Result& r, const RuleSet& rules) {
  std::string row = fmt::format("{},{},{},{},{},{}", csv_field(r.file), r.document, csv_field(r.project),
                                r.decision.recommendation, r.decision.confidence, csv_field(r.decision.decided_by));
  for (std::size_t i = 0; i < rules.options.size(); ++i) row += fmt::format(",{}", r.decision.scores[i]);
  std::string excluded;
  for (const auto& x : r.excluded) excluded += (excluded.empty() ? "" : ";") + x.option;
  return row + fmt::format(",{},{},{},{}\n", csv_field(excluded), count_severity(r, Severity::error),
                           count_severity(r, Severity::warning), csv_field(r.decision.confidence_reason));
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
  std::string confidence = r.decision.confidence;
  if (!r.decision.confidence_reason.empty()) confidence += " (" + r.decision.confidence_reason + ")";
  std::string row = fmt::format("| {} | {} | **{}** | {} |", md_cell(file), md_cell(r.project),
                                r.decision.recommendation, md_cell(confidence));
  for (std::size_t i = 0; i < rules.options.size(); ++i) row += fmt::format(" {} |", r.decision.scores[i]);
  std::string warnings;
  for (const auto& w : r.warnings)
    if (w.concerns(r.decision.recommendation))
      warnings += (warnings.empty() ? "" : "; ") + std::string(severity_name(w.severity)) + ": " + w.rule;
  return row + " " + md_cell(warnings) + " |\n";
}

}  // namespace ragft
