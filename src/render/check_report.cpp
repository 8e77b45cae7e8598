// Rendering `ragft check` runs: text, json, GitHub workflow commands, SARIF
// 2.1.0 and JUnit XML, with the escaping each of them needs.
#include "ragft/check_report.h"
#include "ragft/escape.h"
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

std::string pad(int depth) { return std::string(static_cast<std::size_t>(depth) * 2, ' '); }

// A JSON document written member by member, byte for byte as nlohmann's
// dump(2) writes the whole, so that a long array can be written one item at
// a time.
class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) {}
  // `"key": value` at `depth` (1: a member of the top object).
  void member(int depth, std::string_view key, const json& value, bool last = false) {
    out_ << pad(depth) << json_text(json(std::string(key))) << ": " << nested(value, depth) << (last ? "\n" : ",\n");
  }
  void open_array(int depth, std::string_view key) {
    out_ << pad(depth) << json_text(json(std::string(key))) << ": [";
    first_ = true;
  }
  void open_object(int depth) { out_ << pad(depth) << "{\n"; }
  void close_object(int depth, bool last) { out_ << pad(depth) << "}" << (last ? "\n" : ",\n"); }
  // An item of the open array, which is a member at `depth - 1`.
  void item(int depth, const json& value) {
    out_ << (first_ ? "\n" : ",\n") << pad(depth) << nested(value, depth);
    first_ = false;
  }
  void close_array(int depth, bool last) {
    if (!first_) out_ << "\n" << pad(depth);
    out_ << "]" << (last ? "\n" : ",\n");
  }

 private:
  static std::string nested(const json& value, int depth) {
    std::string text = json_text(value, 2);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
      out += c;
      if (c == '\n') out += pad(depth);
    }
    return out;
  }
  std::ostream& out_;
  bool first_ = true;
};

json proposal_json(const ProposalCheck& p, const RuleSet& rules) {
  const Decision& d = p.result.decision;
  json pj;
  pj["file"] = p.file;
  pj["document"] = p.document;
  pj["project"] = p.project;
  pj["approach"] = p.approach;
  pj["line"] = p.approach_pos.line;
  pj["passed"] = p.passed;
  pj["verdict"] = verdict_name(p.verdict);
  pj["recommendation"] = d.recommendation;
  pj["confidence"] = d.confidence;
  pj["decided_by"] = d.decided_by.empty() ? json(nullptr) : json(d.decided_by);
  json scores = json::object();
  for (std::size_t i = 0; i < rules.options.size() && i < d.scores.size(); ++i) scores[rules.options[i].id] = d.scores[i];
  pj["scores"] = scores;
  pj["behind"] = p.behind;
  pj["missing"] = p.missing;
  pj["findings"] = json::array();
  for (const auto& f : p.findings) {
    json fj = {{"kind", kind_name(f.kind)},
               {"rule", f.rule},
               {"severity", std::string(severity_name(f.severity))},
               {"fails", f.fails},
               {"message", f.message},
               {"source", f.source},
               {"line", f.pos.line},
               {"column", f.pos.col}};
    if (f.suppressed()) {
      const Waiver& w = p.waivers[static_cast<std::size_t>(f.waiver)];
      fj["waived"] = {{"reason", w.reason},
                      {"owner", w.owner.empty() ? json(nullptr) : json(w.owner)},
                      {"expires", w.expires ? json(w.expires->str()) : json(nullptr)},
                      {"line", w.pos.line}};
    } else {
      fj["waived"] = nullptr;
    }
    pj["findings"].push_back(fj);
  }
  return pj;
}

}  // namespace

void write_check_json(std::ostream& out, const CheckReport& report, const RuleSet& rules) {
  JsonStream js(out);
  out << "{\n";
  js.member(1, "schema", "ragft/check/v1");
  js.member(1, "passed", report.exit_code() == 0);
  js.member(1, "strict", report.options.strict);
  js.member(1, "nothing_checked", report.nothing_checked ? json(report.nothing_checked_reason) : json(nullptr));
  js.member(1, "today", report.options.today.str());
  js.member(1, "close_margin", rules.settings.close_margin);
  js.member(1, "summary",
            {{"proposals", report.proposals.size()},
             {"passed", report.passed()},
             {"failed", report.failed()},
             {"skipped", report.skipped.size()},
             {"invalid", report.invalid_files}});
  js.open_array(1, "proposals");
  report.proposals.for_each([&](const ProposalCheck& p) { js.item(2, proposal_json(p, rules)); });
  js.close_array(1, false);
  json skipped = json::array();
  for (const auto& s : report.skipped) skipped.push_back({{"file", s.file}, {"reason", s.reason}});
  js.member(1, "skipped", skipped);
  js.open_array(1, "invalid");
  report.invalid.for_each([&](const Diagnostic& d) {
    js.item(2, {{"file", d.file},
                {"line", d.pos.known() ? json(d.pos.line) : json(nullptr)},
                {"column", d.pos.known() ? json(d.pos.col) : json(nullptr)},
                {"message", d.message},
                {"hint", d.hint}});
  });
  js.close_array(1, true);
  out << "}\n";
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

json sarif_location(const std::string& file, SourcePos pos, int length, std::string_view line) {
  json phys = {{"artifactLocation", {{"uri", path_to_uri(file)}}}};
  if (pos.known()) {
    int col = char_column(line, pos.col);
    int end = std::max(col + 1, char_column(line, pos.col + length));
    json region = {{"startLine", pos.line}, {"startColumn", col}, {"endColumn", end}};
    // The snippet of a region is the text it covers; the line is its context.
    std::size_t from = static_cast<std::size_t>(pos.col - 1);
    // Both are cut at character boundaries; a line longer than
    // kMaxContextLine bytes (minified or binary text) is not quoted at all.
    constexpr std::size_t kMaxContextLine = 1000;
    if (from < line.size()) {
      std::string_view rest = line.substr(from);
      region["snippet"] = {{"text", std::string(rest.substr(0, utf8_prefix(rest, std::min<std::size_t>(
                                                                                    static_cast<std::size_t>(length),
                                                                                    kMaxContextLine))))}};
    }
    phys["region"] = region;
    if (!line.empty() && line.size() <= kMaxContextLine)
      phys["contextRegion"] = {{"startLine", pos.line}, {"snippet", {{"text", std::string(line)}}}};
  }
  return {{"physicalLocation", phys}};
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
  json descriptors = json::array();
  for (const auto& id : order) {
    Descriptor d = describe(rules, id, docs_url);
    index[id] = static_cast<int>(descriptors.size());
    json props = {{"source", d.source}};
    descriptors.push_back({{"id", d.id},
                           {"name", d.name},
                           {"shortDescription", {{"text", d.short_text}}},
                           {"fullDescription", {{"text", d.full_text}}},
                           {"help", {{"text", d.help}, {"markdown", d.help_markdown}}},
                           {"helpUri", d.help_uri},
                           {"defaultConfiguration", {{"level", d.level}}},
                           {"properties", props}});
  }

  json notifications = json::array();
  for (const auto& s : report.skipped)
    notifications.push_back({{"level", "note"},
                             {"message", {{"text", "skipped: " + s.reason}}},
                             {"locations", json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", path_to_uri(s.file)}}}}}}})}});
  if (report.nothing_checked)
    notifications.push_back({{"level", "error"},
                             {"message", {{"text", report.nothing_checked_reason}}},
                             {"descriptor", {{"id", "ragft/nothing-checked"}}}});
  json invocation = {{"executionSuccessful", report.invalid_files == 0 && !report.nothing_checked},
                     {"exitCode", report.exit_code()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;

  json driver = {{"name", "ragft"},
                 {"version", RAGFT_VERSION},
                 {"rules", descriptors}};

  // The results are written one at a time: a run of 100,000 proposals is
  // never one tree in memory.
  JsonStream js(out);
  out << "{\n";
  js.member(1, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  js.member(1, "version", "2.1.0");
  out << pad(1) << "\"runs\": [\n";
  js.open_object(2);
  js.member(3, "tool", {{"driver", driver}});
  js.member(3, "invocations", json::array({invocation}));
  js.member(3, "columnKind", "unicodeCodePoints");
  js.open_array(3, "results");
  report.invalid.for_each([&](const Diagnostic& d) {
    js.item(4, {{"ruleId", kInvalidInput},
                {"ruleIndex", index[kInvalidInput]},
                {"level", "error"},
                {"message", {{"text", d.hint.empty() ? d.message : d.message + " (hint: " + d.hint + ")"}}},
                {"locations", json::array({sarif_location(d.file, d.pos, d.length, d.source_line)})}});
  });
  report.proposals.for_each([&](const ProposalCheck& p) {
    for (const auto& f : p.findings) {
      std::string level = f.fails ? "error" : sarif_level(f.severity);
      json r = {{"ruleId", f.rule},
                {"ruleIndex", index[f.rule]},
                {"level", level},
                {"message", {{"text", f.message}}},
                {"locations", json::array({sarif_location(p.file, f.pos, f.length, f.source_line)})}};
      if (f.suppressed()) {
        const Waiver& w = p.waivers[static_cast<std::size_t>(f.waiver)];
        json s = {{"kind", "inSource"},
                  {"status", "accepted"},
                  {"justification", w.reason},
                  {"location", sarif_location(p.file, w.pos, w.length, w.source_line)}};
        json props = json::object();
        if (!w.owner.empty()) props["owner"] = w.owner;
        if (w.expires) props["expires"] = w.expires->str();
        if (!props.empty()) s["properties"] = props;
        r["suppressions"] = json::array({s});
      }
      r["properties"] = {{"approach", p.approach},
                         {"recommendation", p.result.decision.recommendation},
                         {"project", p.project},
                         {"document", p.document}};
      js.item(4, r);
    }
  });
  js.close_array(3, false);
  js.member(3, "properties",
            {{"strict", report.options.strict},
             {"today", report.options.today.str()},
             {"ruleLayers", report.rule_layers}},
            true);
  js.close_object(2, true);
  out << pad(1) << "]\n}\n";
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
