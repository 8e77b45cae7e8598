// Rendering results: the JSON result object, the text verdict and the
// explain trace (the csv and markdown tables: format_csv.cpp,
// format_markdown.cpp).
#include "ragft/report.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/json_writer.h"
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

// A what-if's condition for people: "< 500", ">= 2,000,000", "= 'both'".
void append_condition(std::string& out, std::string_view condition) {
  const std::size_t space = condition.find(' ');
  if (space != std::string_view::npos) {
    std::string_view number = condition.substr(space + 1);
    double v = 0;
    auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), v);
    if (ec == std::errc() && end == number.data() + number.size() && std::fabs(v) >= 1000 && std::fabs(v) < 1e15 &&
        std::floor(v) == v) {
      out += condition.substr(0, space + 1);
      append_grouped(out, static_cast<long long>(v));
      return;
    }
  }
  out += condition;
}

// " [text]" styled dim at the end of `para`, composed in `piece`.
void append_tag(std::string& para, std::string& piece, std::string_view text, const Paint& p) {
  para += ' ';
  piece = '[';
  piece += text;
  piece += ']';
  p.dim(para, piece);
}

// "Recommendation: fine_tune  Fine-tuning  (confidence: high", left open
// for what the caller adds.
void append_verdict(std::string& out, const Result& r, const RuleSet& rules, const Paint& p) {
  const std::string& rec = r.decision.recommendation;
  out += "Recommendation: ";
  if (rec == "none") {
    p.red(out, "no option fits");
  } else {
    if (p.on) p.green(out, p.bold(rec));  // nested styles: the green around the bold
    else out += rec;
    out += "  ";
    const Option* o = rules.option(rec);
    out += visible(o ? o->label : rec);
  }
  out += "  (confidence: ";
  out += r.decision.confidence;
}

// "labeled_examples >= 500 → fine_tune  (--set labeled_examples=500)", and
// the error-level trap the new verdict carries, if any.
void append_claim(std::string& para, std::string& piece, const WouldChange& w, const RuleSet& rules, const Paint& p) {
  para += w.criterion;
  para += ' ';
  append_condition(para, w.condition);
  para += " → ";
  p.bold(para, w.recommendation);
  if (!w.trap.empty()) {
    para += ", though the error '";
    para += w.trap;
    para += "' warns against it";
  }
  para += "  ";
  piece = "(--set ";
  piece += w.criterion;
  piece += '=';
  piece += answer_text(rules, w.criterion, w.value);
  piece += ')';
  p.dim(para, piece);
}

// "- Collect ... [unlocks fine_tune: labeled_examples >= 500]".
void append_step(std::string& para, std::string& piece, const NextStep& s, const Paint& p) {
  para += "- ";
  para += s.text;
  if (!s.unlocks.empty()) {
    para += ' ';
    piece = "[unlocks ";
    piece += s.unlocks;
    piece += ": ";
    piece += s.criterion;
    piece += ' ';
    append_condition(piece, s.target);
    piece += ']';
    p.dim(para, piece);
  }
}

// A path as one word a shell reads back: quoted when it holds anything
// but letters, digits and / . _ - + , : @ %.
std::string shell_word(const std::string& path) {
  std::string v = visible(path);
  bool plain = !v.empty() && std::all_of(v.begin(), v.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("/._-+,:@%").find(c) != std::string_view::npos;
  });
  if (plain) return v;
  std::string out = "'";
  for (char c : v) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

// The file and document a result is about, then its project: the first line.
// With `fit`, the project is cut (with "…") so that the line fits `width`.
// Without a file (`ragft ask` not saved) the project names it, if there is one.
void append_header(std::string& out, const Result& r, const Paint& p, std::string& scratch, std::size_t fit = 0) {
  if (r.file.empty() && !r.project.empty()) {
    p.bold(out, visible(r.project));
    out += '\n';
    return;
  }
  scratch = document_name(r.file, r.document);
  p.bold(out, scratch);
  if (!r.project.empty()) {
    const std::size_t used = display_width(scratch) + 4;
    out += "  ";
    scratch = "— ";
    scratch += visible(r.project);
    if (fit > 0 && used + display_width(scratch) > fit) {
      const std::size_t room = fit > used + 8 ? fit - used - 1 : 7;
      // Columns, not bytes: cut before the first character past the room.
      scratch.resize(columns_prefix(scratch, room));
      scratch += "…";
    }
    p.dim(out, scratch);
  }
  out += '\n';
}

// The head of a result: the header line, the verdict (with the rule that
// decided it in the long form; the short one cuts the project to fit the
// width) and the reason for its confidence.
void append_head(std::string& out, std::string& para, std::string& piece, const Result& r, const RuleSet& rules,
                 const Paint& p, std::size_t width, bool brief) {
  append_header(out, r, p, piece, brief ? width : 0);
  para.clear();
  append_verdict(para, r, rules, p);
  if (!brief && !r.decision.decided_by.empty()) {
    para += ", decided by ";
    para += r.decision.decided_by;
  }
  para += ')';
  append_wrapped(out, para, "  ", "    ", width);
  if (!r.decision.confidence_reason.empty()) {
    para = "Confidence is ";
    para += r.decision.confidence;
    para += ": ";
    para += r.decision.confidence_reason;
    append_wrapped(out, para, "  ", "    ", width);
  }
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

std::string document_name(const std::string& file, int document) {
  std::string out = file.empty() ? std::string("profile") : visible(file);
  if (document > 0) {
    out += '#';
    append_int(out, document + 1);
  }
  return out;
}

namespace {

// {criterion: value, ...}: a criterion read twice keeps its first place and
// its last value, as the JSON object it replaces did.
void write_seen(JsonWriter& w, const std::vector<std::pair<std::string, expr::Value>>& seen) {
  w.begin_object();
  for (std::size_t i = 0; i < seen.size(); ++i) {
    const std::string& id = seen[i].first;
    bool before = false;
    for (std::size_t k = 0; k < i && !before; ++k) before = seen[k].first == id;
    if (before) continue;
    const expr::Value* v = &seen[i].second;
    for (std::size_t k = i + 1; k < seen.size(); ++k)
      if (seen[k].first == id) v = &seen[k].second;
    w.key(id);
    write_value_json(w, *v);
  }
  w.end_object();
}

void write_tree(JsonWriter& w, const RuleTrace& t, std::size_t& at) {
  const expr::ConditionNode& node = t.tree[at++];
  using K = expr::ConditionNode::Kind;
  w.begin_object();
  if (node.kind == K::leaf) {
    const expr::Condition& c = t.conditions[node.condition];
    w.member("op", "condition").member("text", c.text).member("held", c.held).member("missing", c.missing);
    w.key("seen");
    write_seen(w, c.seen);
  } else {
    w.member("op", node.kind == K::and_ ? "and" : node.kind == K::or_ ? "or" : "not").member("held", node.held);
    w.key("of").begin_array();
    while (at < t.tree.size() && t.tree[at].depth > node.depth) write_tree(w, t, at);
    w.end_array();
  }
  w.end_object();
}

void write_condition_tree(JsonWriter& w, const RuleTrace& t) {
  if (t.tree.empty()) {
    w.null();
    return;
  }
  std::size_t at = 0;
  write_tree(w, t, at);
}

// explain's "trace": every rule, its conditions and its condition tree.
void write_trace(JsonWriter& w, const Result& r) {
  w.key("trace").begin_array();
  for (const auto& t : r.trace) {
    w.begin_object();
    w.member("rule", t.rule).member("enabled", t.enabled).member("fired", t.fired).member("effect", t.effect);
    w.key("conditions").begin_array();
    for (const auto& c : t.conditions) {
      w.begin_object().member("text", c.text).member("held", c.held).member("missing", c.missing);
      w.key("seen");
      write_seen(w, c.seen);
      w.end_object();
    }
    w.end_array();
    w.key("when");
    write_condition_tree(w, t);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void write_result_json(JsonWriter& w, const Result& r, const RuleSet& rules, bool trace) {
  w.begin_object();
  w.member("schema", "ragft/result/v1").member("file", r.file).member("document", r.document);
  w.member("project", r.project);
  if (r.approach) w.member("approach", *r.approach);
  w.member("recommendation", r.decision.recommendation).member("confidence", r.decision.confidence);
  w.member("confidence_reason", r.decision.confidence_reason);
  w.key("decided_by").string_or_null(r.decision.decided_by);
  w.key("scores").begin_object();
  for (std::size_t i = 0; i < rules.options.size(); ++i) w.member(rules.options[i].id, r.decision.scores[i]);
  w.end_object();
  w.key("excluded").begin_array();
  for (const auto& x : r.excluded)
    w.begin_object().member("option", x.option).member("rule", x.rule).member("reason", x.reason).end_object();
  w.end_array();
  w.key("reasons").begin_array();
  for (const auto& x : r.reasons)
    w.begin_object().member("rule", x.rule).member("effect", x.effect).member("text", x.text).member("source", x.source)
        .end_object();
  w.end_array();
  w.key("warnings").begin_array();
  for (const auto& x : r.warnings) {
    w.begin_object().member("rule", x.rule).member("severity", severity_name(x.severity)).member("text", x.text);
    w.member("source", x.source).key("about").begin_array();
    for (const auto& o : x.about) w.value(o);
    w.end_array().end_object();
  }
  w.end_array();
  w.key("assumed").begin_array();
  for (const auto& a : r.assumed) {
    w.begin_object().member("criterion", a.criterion).key("value");
    write_value_json(w, a.value);
    w.end_object();
  }
  w.end_array();
  w.key("would_change").begin_array();
  for (const auto& x : r.would_change) {
    w.begin_object().member("criterion", x.criterion).member("condition", x.condition).key("value");
    write_value_json(w, x.value);
    w.member("recommendation", x.recommendation).key("trap").string_or_null(x.trap).end_object();
  }
  w.end_array();
  w.key("next_steps").begin_array();
  for (const auto& s : r.next_steps) {
    w.begin_object().member("text", s.text).key("criterion").string_or_null(s.criterion);
    w.key("target").string_or_null(s.target).key("unlocks").string_or_null(s.unlocks);
    w.member("rule", s.rule).member("source", s.source).end_object();
  }
  w.end_array();
  if (r.cost) {
    w.key("cost");
    write_cost_json(w, *r.cost);
  }
  if (trace) write_trace(w, r);
  w.end_object();
}

nlohmann::ordered_json result_json(const Result& r, const RuleSet& rules) {
  std::string text;
  JsonWriter w(text);
  write_result_json(w, r, rules);
  return nlohmann::ordered_json::parse(text);
}

// Renders into one string, composing each wrapped block in `para` and each
// styled piece of it in `piece` first: both buffers are reused, so the text
// costs a handful of allocations whatever its length.
static std::string result_text_verbose(const Result& r, const RuleSet& rules, const TextStyle& style) {
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

  append_head(out, para, piece, r, rules, p, W, false);
  const std::string& rec = r.decision.recommendation;
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
      append_wrapped(out, para, "    ", "      ", W);
      if (!x.source.empty()) {
        piece = "source: ";
        piece += x.source;
        piece += " · rule ";
        piece += x.rule;
        para.clear();
        p.dim(para, piece);
        append_wrapped(out, para, "      ", "        ", W);
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
    append_wrapped(out, para, "    ", "      ", W);
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
    append_wrapped(out, para, "    ", "      ", W);
  }
  if (!r.excluded.empty()) {
    out += "  Excluded\n";
    // One line per rule: a rule that excludes two options says so once.
    for (std::size_t i = 0; i < r.excluded.size(); ++i) {
      const Exclusion& x = r.excluded[i];
      auto first = std::find_if(r.excluded.begin(), r.excluded.end(), [&](const Exclusion& y) { return y.rule == x.rule; });
      if (first != r.excluded.begin() + static_cast<std::ptrdiff_t>(i)) continue;
      para.clear();
      for (const auto& y : r.excluded)
        if (y.rule == x.rule) {
          if (!para.empty()) para += ", ";
          para += y.option;
        }
      para += ": ";
      para += x.reason;
      para += ' ';
      dim_tag(x.rule);
      append_wrapped(out, para, "    ", "      ", W);
    }
  }
  if (!r.next_steps.empty()) {
    out += "  Next steps\n";
    for (const auto& s : r.next_steps) {
      para.clear();
      append_step(para, piece, s, p);
      append_wrapped(out, para, "    ", "      ", W);
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
    if (para.size() > kAssumed.size()) append_wrapped(out, para, "  ", "    ", W);
    if (piece.size() > kMissing.size()) append_wrapped(out, piece, "  ", "    ", W);
  }
  if (r.cost) {
    para.clear();
    append_cost_summary(para, *r.cost);
    append_wrapped(out, para, "  ", "    ", W);
  }
  if (!r.would_change.empty()) {
    out += "  What would change the answer\n";
    for (const auto& w : r.would_change) {
      para.clear();
      append_claim(para, piece, w, rules, p);
      append_wrapped(out, para, "    ", "      ", W);
    }
  }
  return visible_text(out, p.on);
}

namespace {

// How useful a what-if is to act on, lower first: the answers a next step
// asks for, then the measured quantities (numbers and yes/no), then the
// situation itself (choices such as the kind of problem).
int claim_rank(const WouldChange& w, const Result& r, const RuleSet& rules) {
  for (const auto& s : r.next_steps)
    if (s.criterion == w.criterion) return 0;
  const Criterion* c = rules.criterion(w.criterion);
  if (c && c->type != CriterionType::choice) return 1;
  return 2;
}

// A sentence-sized item of the short text: its lines, already wrapped.
struct Item {
  std::string text;
  std::size_t lines = 0;
};

Item wrapped(std::string_view indent, std::size_t width, std::string_view text) {
  Item it;
  append_wrapped(it.text, text, indent, std::string(indent) + "  ", width);
  it.lines = static_cast<std::size_t>(std::count(it.text.begin(), it.text.end(), '\n'));
  return it;
}

}  // namespace

// The short text: what the issue of a screen holds. Sections are filled in
// order of value within kMaxLines lines; what does not fit is named on the
// last line, with the commands that show it.
std::string result_text(const Result& r, const RuleSet& rules, const TextStyle& style) {
  if (style.verbose) return result_text_verbose(r, rules, style);
  constexpr std::size_t kMaxLines = 40;
  constexpr std::size_t kClaims = 3;  // what-ifs shown
  Paint p{style.color};
  const std::size_t W = static_cast<std::size_t>(style.width);
  std::string para, piece;
  const std::string& rec = r.decision.recommendation;

  // The head: file, verdict, confidence.
  std::string head;
  append_head(head, para, piece, r, rules, p, W, true);

  // Why: the deciding reason, then the gates that hold back an option a
  // verdict before it would have chosen (their next steps say what lifts
  // them); without a deciding rule, the reasons in rule order.
  std::vector<Item> why;
  std::vector<std::string> shown_rules;  // the rules whose text is shown
  auto reason_item = [&](std::string_view text, std::string_view rule) {
    para = text;
    append_tag(para, piece, rule, p);
    why.push_back(wrapped("    ", W, para));
    shown_rules.emplace_back(rule);
  };
  for (const auto& x : r.reasons)
    if (x.rule == r.decision.decided_by) reason_item(x.text, x.rule);
  std::vector<const Exclusion*> held, ruled_out;
  for (const auto& x : r.excluded) {
    bool holds = std::any_of(r.next_steps.begin(), r.next_steps.end(),
                             [&](const NextStep& s) { return s.rule == x.rule && !s.unlocks.empty(); });
    (holds ? held : ruled_out).push_back(&x);
  }
  for (const Exclusion* x : held) {
    if (std::find(shown_rules.begin(), shown_rules.end(), x->rule) != shown_rules.end()) continue;
    para = x->option;
    para += " is held back: ";
    std::string text = para + x->reason;
    reason_item(text, x->rule);
  }
  if (r.decision.decided_by.empty())
    for (const auto& x : r.reasons) {
      if (x.effect.rfind("exclude ", 0) == 0 && x.effect.find(';') == std::string::npos) continue;
      if (std::find(shown_rules.begin(), shown_rules.end(), x.rule) != shown_rules.end()) continue;
      para = x.text;
      append_tag(para, piece, x.effect, p);
      why.push_back(wrapped("    ", W, para));
      shown_rules.push_back(x.rule);
    }

  // The traps about the pick, errors first.
  std::vector<Item> traps;
  for (Severity sev : {Severity::error, Severity::warning, Severity::info})
    for (const auto& w : r.warnings) {
      if (w.severity != sev || !w.concerns(rec)) continue;
      if (!w.rule.empty() && std::find(shown_rules.begin(), shown_rules.end(), w.rule) != shown_rules.end()) continue;
      para.clear();
      p.append(para, severity_sgr(w.severity), severity_word(w.severity));
      para += ": ";
      para += w.text;
      if (!w.rule.empty()) append_tag(para, piece, w.rule, p);
      traps.push_back(wrapped("    ", W, para));
    }

  std::vector<Item> steps;
  for (const auto& s : r.next_steps) {
    para.clear();
    append_step(para, piece, s, p);
    steps.push_back(wrapped("    ", W, para));
  }

  // What would change the answer, the most useful first.
  std::vector<const WouldChange*> claims;
  for (const auto& w : r.would_change) claims.push_back(&w);
  std::stable_sort(claims.begin(), claims.end(), [&](const WouldChange* a, const WouldChange* b) {
    return claim_rank(*a, r, rules) < claim_rank(*b, r, rules);
  });
  std::vector<Item> what_if;
  for (const WouldChange* w : claims) {
    para.clear();
    append_claim(para, piece, *w, rules, p);
    what_if.push_back(wrapped("    ", W, para));
  }

  // The tail: options ruled out by other gates, the answers not given, the cost.
  std::vector<Item> tail;
  if (!ruled_out.empty()) {
    // "rag, hybrid [no-retrieval-index-allowed]; fine_tune [...]": each rule once.
    para = "Also ruled out: ";
    for (std::size_t i = 0; i < ruled_out.size(); ++i) {
      const std::string& rule = ruled_out[i]->rule;
      bool last_of_rule = std::none_of(ruled_out.begin() + static_cast<std::ptrdiff_t>(i) + 1, ruled_out.end(),
                                       [&](const Exclusion* x) { return x->rule == rule; });
      para += ruled_out[i]->option;
      if (!last_of_rule) {
        para += ", ";
        continue;
      }
      append_tag(para, piece, rule, p);
      if (i + 1 < ruled_out.size()) para += "; ";
    }
    tail.push_back(wrapped("  ", W, para));
  }
  para = "Not answered: ";
  const std::size_t bare = para.size();
  for (const auto& a : r.assumed) {
    if (!a.value.is_missing() || (r.cost && rules.cost.estimate_only_input(a.criterion))) continue;
    if (para.size() > bare) para += ", ";
    para += a.criterion;
  }
  if (para.size() > bare) tail.push_back(wrapped("  ", W, para));
  Item cost;
  if (r.cost) {
    para.clear();
    append_cost_line(para, *r.cost, rec);
    if (!para.empty()) cost = wrapped("  ", W, para);
  }

  // Fill within the budget, in order of value: the deciding reason and the
  // cost line always; then traps, next steps, the other reasons, what-ifs
  // and the tail. The last line points at the rest.
  // The pointer to the rest, its lines counted at their longest.
  const std::string where = r.file.empty() || r.file == "-" ? std::string("PROFILE") : shell_word(r.file);
  auto pointer = [&](std::size_t left) {
    std::string text = left > 0 ? fmt::format("{} more, with the sources: --verbose", left) : "Sources: --verbose";
    text += "; every rule and what-if: ragft explain ";
    text += where;
    return text;
  };
  const std::size_t head_lines = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\n'));
  std::size_t used = head_lines + cost.lines + wrapped("  ", W, pointer(999)).lines;
  std::size_t left_out = 0;
  // `kept`: how many items of a section are shown so far; a section stops
  // at the first item that does not fit.
  auto take = [&](const std::vector<Item>& items, std::size_t& kept, std::size_t most, bool heading) {
    while (kept < std::min(items.size(), most)) {
      const std::size_t need = items[kept].lines + (heading && kept == 0 ? 1 : 0);
      if (used + need > kMaxLines) break;
      used += need;
      ++kept;
    }
  };
  std::size_t why_kept = 0, traps_kept = 0, steps_kept = 0, claims_kept = 0, tail_kept = 0;
  take(why, why_kept, 1, true);
  take(traps, traps_kept, SIZE_MAX, true);
  take(steps, steps_kept, SIZE_MAX, true);
  take(why, why_kept, SIZE_MAX, true);
  take(what_if, claims_kept, kClaims, true);
  take(tail, tail_kept, SIZE_MAX, false);
  const std::size_t claims_total = what_if.size();
  auto keep = [&](std::vector<Item>& items, std::size_t kept, bool count) {
    if (count) left_out += items.size() - kept;
    items.resize(kept);
  };
  keep(why, why_kept, true);
  keep(traps, traps_kept, true);
  keep(steps, steps_kept, true);
  keep(what_if, claims_kept, false);  // said in the heading: "(3 of 8)"
  keep(tail, tail_kept, true);

  std::string out = std::move(head);
  auto section = [&](std::string_view title, const std::vector<Item>& items) {
    if (items.empty()) return;
    out += "  ";
    out += title;
    out += '\n';
    for (const auto& it : items) out += it.text;
  };
  section("Why", why);
  section("Traps", traps);
  section("Next steps", steps);
  if (!what_if.empty()) {
    out += "  What would change the answer";
    if (what_if.size() < claims_total) out += fmt::format(" ({} of {})", what_if.size(), claims_total);
    out += '\n';
    for (const auto& it : what_if) out += it.text;
  }
  for (const auto& it : tail) out += it.text;
  out += cost.text;
  piece = pointer(left_out);
  para.clear();
  p.dim(para, piece);
  append_wrapped(out, para, "  ", "    ", W);
  return visible_text(out, p.on);
}

std::string result_brief(const Result& r, const RuleSet& rules, const TextStyle& style) {
  Paint p{style.color};
  const std::size_t W = static_cast<std::size_t>(style.width);
  std::string out, para, piece;
  append_header(out, r, p, piece, W);
  para.clear();
  append_verdict(para, r, rules, p);
  if (!r.decision.confidence_reason.empty()) {
    para += ": ";
    para += r.decision.confidence_reason;
  }
  para += ')';
  append_wrapped(out, para, "  ", "    ", W);
  if (!r.next_steps.empty()) {
    para.clear();
    append_step(para, piece, r.next_steps.front(), p);
    para[0] = '>';  // "> Next: ..." reads as the step to take, not a list
    para.insert(2, "Next: ");
    append_wrapped(out, para, "  ", "    ", W);
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
    // The condition as its tree: and / or / not with the truth each gave,
    // and under them each leaf with the values it saw.
    for (const auto& node : t.tree) {
      const std::size_t indent = 11 + 2 * static_cast<std::size_t>(node.depth);
      if (node.kind != expr::ConditionNode::Kind::leaf) {
        std::string_view word = node.kind == expr::ConditionNode::Kind::and_  ? "all of (and)"
                                : node.kind == expr::ConditionNode::Kind::or_ ? "any of (or)"
                                                                              : "not";
        out += fmt::format("{:{}}{:<{}} {}\n", "", indent, word, indent < 55 ? 55 - indent : 1,
                           node.held ? p.green("yes") : p.red("no"));
        continue;
      }
      const expr::Condition& c = t.conditions[node.condition];
      std::string seen;
      for (const auto& [id, v] : c.seen)
        seen += (seen.empty() ? "" : ", ") + id + " = " + (v.is_missing() ? std::string("not answered") : answer_text(rules, id, v));
      std::string verdict = c.held ? p.green("yes") : c.missing ? p.yellow("no (not answered)") : p.red("no");
      out += fmt::format("{:{}}{:<{}} {}{}\n", "", indent, c.text, indent < 55 ? 55 - indent : 1, verdict,
                         seen.empty() ? "" : p.dim("  [" + seen + "]"));
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

}  // namespace ragft
