// Rendering `ragft check` runs: text, json, GitHub workflow commands, SARIF
// 2.1.0 and JUnit XML, with the escaping each of them needs.
#include "ragft/check_report.h"
#include "ragft/escape.h"
#include "ragft/json_writer.h"
#include "ragft/safe_text.h"
#include "ragft/terminal_text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>

#include <fmt/format.h>

namespace ragft {

std::string github_escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string github_escape_property(std::string_view s) {
  std::string out;
  for (char c : github_escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string path_to_uri(std::string_view path) {
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  std::string out = path.substr(0, 1) == "/" ? "file://" : "";
  for (char c : path) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') out += c;
    else out += fmt::format("%{:02X}", static_cast<unsigned>(u));
  }
  return out;
}

int char_column(std::string_view line, int byte_col) {
  int col = 1;
  for (std::size_t i = 0; i + 1 < static_cast<std::size_t>(byte_col) && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  if (static_cast<std::size_t>(byte_col) > line.size() + 1) col += byte_col - 1 - static_cast<int>(line.size());
  return col;
}

namespace {

using json = nlohmann::ordered_json;

std::string plural(int n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

// The file (and document) of a proposal, as one line with its control
// characters visible: names from a repository are shown, never obeyed.
std::string where(const ProposalCheck& p) {
  return document_name(p.file, p.document);
}

std::string verdict_name(Verdict v) {
  switch (v) {
    case Verdict::recommended: return "recommended";
    case Verdict::close: return "close";
    case Verdict::rejected: return "rejected";
  }
  return "rejected";
}

std::string kind_name(FindingKind k) {
  switch (k) {
    case FindingKind::not_recommended: return "not_recommended";
    case FindingKind::warning: return "warning";
    case FindingKind::waiver_expired: return "waiver_expired";
    case FindingKind::waiver_unused: return "waiver_unused";
    case FindingKind::missing_answer: return "missing_answer";
    case FindingKind::low_confidence: return "low_confidence";
  }
  return "warning";
}

// "rag is the recommendation (confidence: high)" and the like.
std::string verdict_phrase(const ProposalCheck& p, const RuleSet* rules) {
  const Decision& d = p.result.decision;
  if (!p.missing.empty()) {
    std::string list;
    for (const auto& id : p.missing) list += (list.empty() ? "" : ", ") + id;
    return fmt::format("cannot be judged: it leaves out {} the rules need ({}); the rules would recommend {}",
                       plural(static_cast<int>(p.missing.size()), "answer"), list, d.recommendation);
  }
  switch (p.verdict) {
    case Verdict::recommended: return fmt::format("{} is the recommendation (confidence: {})", p.approach, d.confidence);
    case Verdict::close:
      return fmt::format("{} is a close alternative to {}: {} behind{}", p.approach, d.recommendation,
                         plural(p.behind, "point"),
                         rules ? fmt::format(", within the close margin of {}", rules->settings.close_margin) : "");
    case Verdict::rejected: {
      std::string s = d.recommendation == "none"
                          ? fmt::format("no option fits, {} neither", p.approach)
                          : fmt::format("the rules recommend {}, not {} (confidence: {}{})", d.recommendation,
                                        p.approach, d.confidence,
                                        d.decided_by.empty() ? "" : ", decided by " + d.decided_by);
      return p.passed ? s + "; accepted by a waiver" : s;
    }
  }
  return {};
}

std::string waiver_phrase(const Waiver& w) {
  std::string s = w.reason;
  std::string extra;
  if (!w.owner.empty()) extra += "owner: " + w.owner;
  if (w.expires) extra += (extra.empty() ? "" : ", ") + ("until " + w.expires->str());
  return extra.empty() ? s : fmt::format("{} ({})", s, extra);
}

// A finding as a diagnostic with its rule, source and waiver under it.
std::string finding_text(const ProposalCheck& p, const Finding& f) {
  Diagnostic d;
  d.file = p.file;
  d.pos = f.pos;
  d.length = f.length;
  d.source_line = f.source_line;
  d.severity = f.suppressed() ? Severity::info : f.severity;
  d.message = f.suppressed() ? fmt::format("waived {}: {}", severity_name(f.severity), f.message) : f.message;
  std::string out = format_diagnostic(d);
  out += fmt::format("  rule: {}{}\n", f.rule, f.source.empty() ? "" : " — source: " + f.source);
  if (f.suppressed()) out += fmt::format("  waived: {}\n", waiver_phrase(p.waivers[static_cast<std::size_t>(f.waiver)]));
  return out;
}

}  // namespace

void write_check_text(std::ostream& os, const CheckReport& report, const RuleSet& rules, const TextStyle& style,
                      bool quiet) {
  Paint paint{style.color};
  bool gap = false;  // a blank line before the next proposal
  report.proposals.for_each([&](const ProposalCheck& p) {
    std::string out;
    std::string status = p.passed ? paint("32;1", "PASS") : paint("31;1", "FAIL");
    if (gap) out += "\n";
    out += fmt::format("{}  {}{}: {}\n", status, where(p), p.project.empty() ? "" : " — " + visible(p.project),
                       verdict_phrase(p, &rules));
    gap = false;
    for (const auto& f : p.findings) {
      if (quiet && !f.fails) continue;
      out += finding_text(p, f);
      gap = true;
    }
    os << visible_text(out, style.color);
  });
  if (quiet) return;
  std::string out;
  if (gap && !report.skipped.empty()) out += "\n";
  for (const auto& s : report.skipped)
    out += fmt::format("{}  {}: {}\n", paint("2", "SKIP"), visible(s.file), visible(s.reason));
  int n = static_cast<int>(report.proposals.size());
  std::string summary = fmt::format("{} checked: {} passed, {} failed", plural(n, "proposal"), report.passed(),
                                    report.failed());
  if (!report.skipped.empty()) summary += fmt::format("; {} skipped", plural(static_cast<int>(report.skipped.size()), "file"));
  if (report.invalid_files > 0) summary += fmt::format("; {} invalid (see the errors)", plural(report.invalid_files, "file"));
  if (report.options.strict) summary += " (--strict: warnings fail)";
  out += "\n" + summary + "\n";
  os << visible_text(out, style.color);
}

std::string check_text(const CheckReport& report, const RuleSet& rules, const TextStyle& style, bool quiet) {
  std::ostringstream out;
  write_check_text(out, report, rules, style, quiet);
  return out.str();
}

namespace {

// The writers below write with a JsonWriter into a buffer that goes out
// after every proposal: a report of 100,000 proposals is never one string
// or tree in memory.
void write_proposal_json(JsonWriter& w, const ProposalCheck& p, const RuleSet& rules) {
  const Decision& d = p.result.decision;
  w.begin_object().member("file", p.file).member("document", p.document).member("project", p.project);
  w.member("approach", p.approach).member("line", p.approach_pos.line).member("passed", p.passed);
  w.member("verdict", verdict_name(p.verdict)).member("recommendation", d.recommendation);
  w.member("confidence", d.confidence).key("decided_by").string_or_null(d.decided_by);
  w.key("scores").begin_object();
  for (std::size_t i = 0; i < rules.options.size() && i < d.scores.size(); ++i) w.member(rules.options[i].id, d.scores[i]);
  w.end_object().member("behind", p.behind).key("missing").begin_array();
  for (const auto& m : p.missing) w.value(m);
  w.end_array().key("findings").begin_array();
  for (const auto& f : p.findings) {
    w.begin_object().member("kind", kind_name(f.kind)).member("rule", f.rule);
    w.member("severity", severity_name(f.severity)).member("fails", f.fails).member("message", f.message);
    w.member("source", f.source).member("line", f.pos.line).member("column", f.pos.col).key("waived");
    if (f.suppressed()) {
      const Waiver& wv = p.waivers[static_cast<std::size_t>(f.waiver)];
      w.begin_object().member("reason", wv.reason).key("owner").string_or_null(wv.owner).key("expires");
      if (wv.expires) w.value(wv.expires->str());
      else w.null();
      w.member("line", wv.pos.line).end_object();
    } else {
      w.null();
    }
    w.end_object();
  }
  w.end_array().end_object();
}

// A line or column when it is known, else null.
void write_position(JsonWriter& w, std::string_view key, bool known, int v) {
  w.key(key);
  if (known) w.value(v);
  else w.null();
}

}  // namespace

void write_check_json(std::ostream& out, const CheckReport& report, const RuleSet& rules) {
  std::string buf;
  JsonWriter w(buf, 2);
  auto flush = [&] {
    out << buf;
    buf.clear();
  };
  w.begin_object().member("schema", "ragft/check/v1").member("passed", report.exit_code() == 0);
  w.member("strict", report.options.strict).key("nothing_checked");
  if (report.nothing_checked) w.value(report.nothing_checked_reason);
  else w.null();
  w.member("today", report.options.today.str()).member("close_margin", rules.settings.close_margin);
  w.key("summary").begin_object().member("proposals", report.proposals.size()).member("passed", report.passed());
  w.member("failed", report.failed()).member("skipped", report.skipped.size()).member("invalid", report.invalid_files);
  w.end_object().key("proposals").begin_array();
  report.proposals.for_each([&](const ProposalCheck& p) {
    write_proposal_json(w, p, rules);
    flush();
  });
  w.end_array().key("skipped").begin_array();
  for (const auto& sk : report.skipped) w.begin_object().member("file", sk.file).member("reason", sk.reason).end_object();
  w.end_array().key("invalid").begin_array();
  report.invalid.for_each([&](const Diagnostic& d) {
    w.begin_object().member("file", d.file);
    write_position(w, "line", d.pos.known(), d.pos.line);
    write_position(w, "column", d.pos.known(), d.pos.col);
    w.member("message", d.message).member("hint", d.hint).end_object();
    flush();
  });
  w.end_array().end_object();
  buf += '\n';
  flush();
}

json check_json(const CheckReport& report, const RuleSet& rules) {
  std::ostringstream out;
  write_check_json(out, report, rules);
  return json::parse(out.str());
}

namespace {

std::string annotation(std::string_view command, const std::string& file, SourcePos pos, int length,
                       std::string_view line, const std::string& title, const std::string& message) {
  std::string_view path = file;
  while (path.substr(0, 2) == "./") path.remove_prefix(2);  // annotations want paths from the repository root
  std::string props = "file=" + github_escape_property(path);
  if (pos.known()) {
    int col = char_column(line, pos.col);
    int end = char_column(line, pos.col + length);
    props += fmt::format(",line={},col={}", pos.line, col);
    if (end > col) props += fmt::format(",endColumn={}", end);
  }
  props += ",title=" + github_escape_property(title);
  return fmt::format("::{} {}::{}\n", command, props, github_escape_data(message));
}

}  // namespace

void write_check_github(std::ostream& os, const CheckReport& report) {
  // Control characters in annotation data become visible too: escapes and
  // invalid UTF-8 never reach the log.
  auto put = [&](const std::string& text) { os << visible_text(text, false); };
  // One collapsible group per file in the job's log: its invalid input, or
  // its proposals with their findings. Log lines carry input too: escaped
  // like annotation data, so that no name can start a line of its own (a
  // workflow command).
  std::optional<std::string> group;  // the file of the open group
  auto close_group = [&] {
    if (group) put("::endgroup::\n");
    group.reset();
  };
  report.invalid.for_each([&](const Diagnostic& d) {
    if (group != d.file) {
      close_group();
      put(fmt::format("::group::ragft: {} (invalid)\n", github_escape_data(d.file)));
      group = d.file;
    }
    put(annotation("error", d.file, d.pos, d.length, d.source_line, "ragft: invalid proposal",
                   d.hint.empty() ? d.message : d.message + "\nhint: " + d.hint));
  });
  close_group();
  report.proposals.for_each([&](const ProposalCheck& p) {
    std::string out;
    if (group != p.file) {
      close_group();
      out += fmt::format("::group::ragft: {}\n", github_escape_data(p.file));
      group = p.file;
    }
    out += fmt::format("ragft: {} {}: {}\n", p.passed ? "PASS" : "FAIL", github_escape_data(where(p)),
                       github_escape_data(verdict_phrase(p, nullptr)));
    for (const auto& f : p.findings) {
      std::string message = f.message + "\nrule: " + f.rule + (f.source.empty() ? "" : "\nsource: " + f.source);
      std::string_view command = f.fails ? "error" : f.suppressed() ? "notice" : "warning";
      std::string title = f.rule.rfind("ragft/", 0) == 0 ? f.rule : "ragft: " + f.rule;
      if (f.suppressed()) {
        title += " (waived)";
        message += "\nwaived: " + waiver_phrase(p.waivers[static_cast<std::size_t>(f.waiver)]);
      }
      out += annotation(command, p.file, f.pos, f.length, f.source_line, title, message);
    }
    put(out);
  });
  close_group();
  std::string out;
  for (const auto& s : report.skipped)
    out += fmt::format("ragft: SKIP {}: {}\n", github_escape_data(visible(s.file)), github_escape_data(visible(s.reason)));
  if (report.nothing_checked)
    out += fmt::format("::error title=ragft%3A nothing checked::{}\n", github_escape_data(report.nothing_checked_reason));
  std::string summary = fmt::format("ragft: {} checked: {} passed, {} failed",
                                    plural(static_cast<int>(report.proposals.size()), "proposal"), report.passed(),
                                    report.failed());
  if (!report.skipped.empty()) summary += fmt::format("; {} skipped", plural(static_cast<int>(report.skipped.size()), "file"));
  if (report.invalid_files > 0) summary += fmt::format("; {} invalid", plural(report.invalid_files, "file"));
  put(out + summary + "\n");
}

std::string check_github(const CheckReport& report) {
  std::ostringstream out;
  write_check_github(out, report);
  return out.str();
}

namespace {

std::string sarif_level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "error";
}

struct Descriptor {
  std::string id, name, short_text, full_text, help, help_markdown, source, level, help_uri;
};

// "changing-knowledge-needs-rag" -> "ChangingKnowledgeNeedsRag"; ragft's own
// ids lose their "ragft/".
std::string rule_name(std::string_view id) {
  if (id.substr(0, 6) == "ragft/") id.remove_prefix(6);
  std::string out;
  bool up = true;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      up = true;
      continue;
    }
    out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  return out;
}

// A rule's text for a description, which has no proposal to fill it from:
// each {criterion} becomes <criterion>, or `criterion` in Markdown.
std::string without_placeholders(const std::string& text, bool markdown) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += text[i];
      continue;
    }
    std::string id = text.substr(i + 1, close - i - 1);
    out += markdown ? "`" + id + "`" : "<" + id + ">";
    i = close;
  }
  return out;
}

// The first sentence, on one line, at most 120 bytes (cut at a word).
std::string first_sentence(std::string text) {
  for (auto& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  std::size_t end = text.find(". ");
  if (end != std::string::npos) text = text.substr(0, end + 1);
  constexpr std::size_t kMax = 120;
  if (text.size() > kMax) {
    std::size_t cut = text.rfind(' ', kMax - 3);
    text = text.substr(0, cut == std::string::npos ? kMax - 3 : cut) + "...";
  }
  return text;
}

// Where a rule is explained in docs/decision-model.md: a built-in rule has
// a section of its own, headed by its id; another layer's rule links to the
// page (its own file explains it).
std::string rule_section(const Rule& r) {
  return r.origin.file == "rules/default.yaml" ? "#" + r.id : std::string();
}

Descriptor describe(const RuleSet& rules, const std::string& id, const std::string& docs) {
  auto own = [&](std::string short_text, std::string full, std::string help, std::string level,
                 std::string anchor) {
    return Descriptor{id,   rule_name(id), std::move(short_text), full, full + "\n\n" + help,
                      full + "\n\n" + help, "ragft check", std::move(level), docs + "/ci.md#" + anchor};
  };
  if (id == kWaiverExpired)
    return own("A waiver has expired",
               "A waiver in the proposal is past its 'expires' date, so it no longer suppresses the findings of its "
               "rule.",
               "Renew the waiver with a new 'expires' date and a current reason, or fix what it waived.", "warning",
               "waivers");
  if (id == kWaiverUnused)
    return own("A waiver matches no finding",
               "A waiver in the proposal names a rule that raised no finding for this proposal.",
               "Remove the waiver: what it waived no longer applies.", "warning", "waivers");
  if (id == kInvalidInput)
    return own("The proposal cannot be read",
               "The file is not a valid proposal: bad YAML, an unknown key, a value of the wrong type or out of "
               "range, or a Markdown front matter that is not closed or not a map.",
               "Fix the input at the position given; 'ragft schema' gives editors a schema that catches most of "
               "these.",
               "error", "exit-codes");
  if (id == kMissingAnswer)
    return own("An answer the rules need is missing",
               "The proposal leaves out an answer the rules need to judge its approach: 'problem', or a criterion "
               "with neither a default nor 'optional: true'. Leaving answers out never passes the gate.",
               "Answer the question named in the finding ('ragft rules show' lists the criteria and their values).",
               "error", "when-a-proposal-fails");
  if (id == kLowConfidence)
    return own("The verdict is at low confidence",
               "The rules reach their verdict at low confidence: the scores are close, or the answers that decide "
               "it are thin.",
               "Answer the questions the finding names; with --strict a low-confidence verdict fails.", "warning",
               "when-a-proposal-fails");
  for (const auto& r : rules.rules) {
    if (r.id != id) continue;
    std::string level = r.warn ? sarif_level(*r.warn) : "error";
    std::string full = without_placeholders(r.text, false);
    std::string help = fmt::format("{}\n\nApplies when: {}\nEffect: {}\nSource: {}", full, r.when.text(),
                                   r.effect_summary(), r.source);
    std::string help_md = fmt::format("{}\n\n**Applies when:** `{}`  \n**Effect:** {}  \n**Source:** {}",
                                      without_placeholders(r.text, true), r.when.text(), r.effect_summary(), r.source);
    return {id,   rule_name(id), first_sentence(full), full, help, help_md, r.source, level,
            docs + "/decision-model.md" + rule_section(r)};
  }
  return {id, rule_name(id), id, id, id, id, "", "error", docs + "/decision-model.md"};
}

// {"physicalLocation": {"artifactLocation", "region", "contextRegion"}}.
void write_sarif_location(JsonWriter& w, const std::string& file, SourcePos pos, int length, std::string_view line) {
  w.begin_object().key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object().member("uri", path_to_uri(file)).end_object();
  if (pos.known()) {
    int col = char_column(line, pos.col);
    int end = std::max(col + 1, char_column(line, pos.col + length));
    w.key("region").begin_object().member("startLine", pos.line).member("startColumn", col).member("endColumn", end);
    // The snippet of a region is the text it covers; the line is its context.
    std::size_t from = static_cast<std::size_t>(pos.col - 1);
    // Both are cut at character boundaries; a line longer than
    // kMaxContextLine bytes (minified or binary text) is not quoted at all.
    constexpr std::size_t kMaxContextLine = 1000;
    if (from < line.size()) {
      std::string_view rest = line.substr(from);
      w.key("snippet").begin_object();
      w.member("text", rest.substr(0, utf8_prefix(rest, std::min<std::size_t>(static_cast<std::size_t>(length),
                                                                             kMaxContextLine))));
      w.end_object();
    }
    w.end_object();
    if (!line.empty() && line.size() <= kMaxContextLine) {
      w.key("contextRegion").begin_object().member("startLine", pos.line);
      w.key("snippet").begin_object().member("text", line).end_object().end_object();
    }
  }
  w.end_object().end_object();
}

}  // namespace

std::string default_docs_url() {
  if (const char* url = std::getenv("RAGFT_DOCS_URL"); url && *url) {
    std::string s = url;
    while (!s.empty() && s.back() == '/') s.pop_back();
    return s;
  }
  return RAGFT_DOCS_URL;
}

void write_check_sarif(std::ostream& out, const CheckReport& report, const RuleSet& rules,
                       const std::string& docs_url) {
  // The rules that have results, in the rule set's order, then ragft's own.
  std::vector<std::string> used;
  auto use = [&](const std::string& id) {
    if (std::find(used.begin(), used.end(), id) == used.end()) used.push_back(id);
  };
  report.proposals.for_each([&](const ProposalCheck& p) {
    for (const auto& f : p.findings) use(f.rule);
  });
  if (!report.invalid.empty()) use(kInvalidInput);
  std::vector<std::string> order;
  for (const auto& r : rules.rules)
    if (std::find(used.begin(), used.end(), r.id) != used.end()) order.push_back(r.id);
  for (const char* own : {kMissingAnswer, kLowConfidence, kWaiverExpired, kWaiverUnused, kInvalidInput})
    if (std::find(used.begin(), used.end(), own) != used.end()) order.emplace_back(own);
  std::map<std::string, int> index;
  int described = 0;
  for (const auto& id : order) index[id] = described++;

  std::string buf;
  JsonWriter w(buf, 2);
  auto flush = [&] {
    out << buf;
    buf.clear();
  };
  w.begin_object().member("$schema", "https://json.schemastore.org/sarif-2.1.0.json").member("version", "2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.member("name", "ragft").member("version", RAGFT_VERSION).key("rules").begin_array();
  for (const auto& id : order) {
    Descriptor d = describe(rules, id, docs_url);
    w.begin_object().member("id", d.id).member("name", d.name);
    w.key("shortDescription").begin_object().member("text", d.short_text).end_object();
    w.key("fullDescription").begin_object().member("text", d.full_text).end_object();
    w.key("help").begin_object().member("text", d.help).member("markdown", d.help_markdown).end_object();
    w.member("helpUri", d.help_uri);
    w.key("defaultConfiguration").begin_object().member("level", d.level).end_object();
    w.key("properties").begin_object().member("source", d.source).end_object();
    w.end_object();
  }
  w.end_array().end_object().end_object();

  w.key("invocations").begin_array().begin_object();
  w.member("executionSuccessful", report.invalid_files == 0 && !report.nothing_checked);
  w.member("exitCode", report.exit_code());
  if (!report.skipped.empty() || report.nothing_checked) {
    w.key("toolExecutionNotifications").begin_array();
    for (const auto& sk : report.skipped) {
      w.begin_object().member("level", "note");
      w.key("message").begin_object().member("text", "skipped: " + sk.reason).end_object();
      w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
      w.key("artifactLocation").begin_object().member("uri", path_to_uri(sk.file)).end_object();
      w.end_object().end_object().end_array().end_object();
    }
    if (report.nothing_checked) {
      w.begin_object().member("level", "error");
      w.key("message").begin_object().member("text", report.nothing_checked_reason).end_object();
      w.key("descriptor").begin_object().member("id", "ragft/nothing-checked").end_object().end_object();
    }
    w.end_array();
  }
  w.end_object().end_array();
  w.member("columnKind", "unicodeCodePoints");

  // The results are written one at a time.
  w.key("results").begin_array();
  report.invalid.for_each([&](const Diagnostic& d) {
    w.begin_object().member("ruleId", kInvalidInput).member("ruleIndex", index[kInvalidInput]).member("level", "error");
    w.key("message").begin_object();
    w.member("text", d.hint.empty() ? d.message : d.message + " (hint: " + d.hint + ")").end_object();
    w.key("locations").begin_array();
    write_sarif_location(w, d.file, d.pos, d.length, d.source_line);
    w.end_array().end_object();
    flush();
  });
  report.proposals.for_each([&](const ProposalCheck& p) {
    for (const auto& f : p.findings) {
      w.begin_object().member("ruleId", f.rule).member("ruleIndex", index[f.rule]);
      w.member("level", f.fails ? std::string("error") : sarif_level(f.severity));
      w.key("message").begin_object().member("text", f.message).end_object();
      w.key("locations").begin_array();
      write_sarif_location(w, p.file, f.pos, f.length, f.source_line);
      w.end_array();
      if (f.suppressed()) {
        const Waiver& wv = p.waivers[static_cast<std::size_t>(f.waiver)];
        w.key("suppressions").begin_array().begin_object();
        w.member("kind", "inSource").member("status", "accepted").member("justification", wv.reason);
        w.key("location");
        write_sarif_location(w, p.file, wv.pos, wv.length, wv.source_line);
        if (!wv.owner.empty() || wv.expires) {
          w.key("properties").begin_object();
          if (!wv.owner.empty()) w.member("owner", wv.owner);
          if (wv.expires) w.member("expires", wv.expires->str());
          w.end_object();
        }
        w.end_object().end_array();
      }
      w.key("properties").begin_object().member("approach", p.approach);
      w.member("recommendation", p.result.decision.recommendation).member("project", p.project);
      w.member("document", p.document).end_object().end_object();
    }
    flush();
  });
  w.end_array();
  w.key("properties").begin_object().member("strict", report.options.strict);
  w.member("today", report.options.today.str()).key("ruleLayers").begin_array();
  for (const auto& l : report.rule_layers) w.value(l);
  w.end_array().end_object();
  w.end_object().end_array().end_object();
  buf += '\n';
  flush();
}

json check_sarif(const CheckReport& report, const RuleSet& rules, const std::string& docs_url) {
  std::ostringstream out;
  write_check_sarif(out, report, rules, docs_url);
  return json::parse(out.str());
}

void write_check_junit(std::ostream& os, const CheckReport& report) {
  int errors = report.invalid_files + (report.nothing_checked ? 1 : 0);
  int tests = static_cast<int>(report.proposals.size() + report.skipped.size()) + errors;
  std::string counts = fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\"", tests, report.failed(),
                                   errors, report.skipped.size());
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  os << fmt::format("<testsuites name=\"ragft check\" {}>\n", counts);
  os << fmt::format("  <testsuite name=\"ragft check\" {}>\n", counts);
  auto testcase_open = [&](const std::string& name, const std::string& file, int line) {
    std::string s = fmt::format("    <testcase classname=\"ragft.check\" name=\"{}\" file=\"{}\"", xml_escape(name),
                                xml_escape(file));
    if (line > 0) s += fmt::format(" line=\"{}\"", line);
    return s;
  };
  report.proposals.for_each([&](const ProposalCheck& p) {
    std::string head = testcase_open(where(p), p.file, p.approach_pos.line);
    std::string failing, other;
    const Finding* first = nullptr;
    for (const auto& f : p.findings) {
      if (f.fails && !first) first = &f;
      (f.fails ? failing : other) += finding_text(p, f);
    }
    std::string verdict = verdict_phrase(p, nullptr);
    std::string out = head + ">\n";
    if (first)
      out += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_escape(first->message),
                         xml_escape(first->rule), xml_text_escape(failing));
    out += fmt::format("      <system-out>{}</system-out>\n", xml_text_escape(verdict + "\n" + other));
    out += "    </testcase>\n";
    os << out;
  });
  for (const auto& s : report.skipped) {
    os << testcase_open(s.file, s.file, 0) + ">\n";
    os << fmt::format("      <skipped message=\"{}\"/>\n", xml_escape(s.reason));
    os << "    </testcase>\n";
  }
  // Invalid files: one test case each, with every problem of the file.
  std::optional<Diagnostic> head;  // the first problem of the file being collected
  std::string body;
  auto flush = [&] {
    if (!head) return;
    os << testcase_open(head->file, head->file, head->pos.line) + ">\n";
    os << fmt::format("      <error message=\"{}\" type=\"{}\">{}</error>\n", xml_escape(head->message),
                      kInvalidInput, xml_text_escape(body));
    os << "    </testcase>\n";
    head.reset();
    body.clear();
  };
  report.invalid.for_each([&](const Diagnostic& d) {
    if (head && head->file != d.file) flush();
    if (!head) head = d;
    body += format_diagnostic(d);
  });
  flush();
  if (report.nothing_checked)
    os << fmt::format("    <testcase classname=\"ragft.check\" name=\"nothing checked\">\n      <error message=\"{}\" "
                      "type=\"ragft/nothing-checked\"/>\n    </testcase>\n",
                      xml_escape(report.nothing_checked_reason));
  os << "  </testsuite>\n</testsuites>\n";
}

std::string check_junit(const CheckReport& report) {
  std::ostringstream out;
  write_check_junit(out, report);
  return out.str();
}

}  // namespace ragft
