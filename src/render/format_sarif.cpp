// sarif: a SARIF 2.1.0 log of `ragft check`, for code scanning.
#include "ragft/check_report.h"
#include "ragft/formats.h"
#include "render/check_words.h"

#include <sstream>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/json_writer.h"
#include "ragft/safe_text.h"

namespace ragft {

using namespace check_words;

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

nlohmann::ordered_json check_sarif(const CheckReport& report, const RuleSet& rules, const std::string& docs_url) {
  std::ostringstream out;
  write_check_sarif(out, report, rules, docs_url);
  return nlohmann::ordered_json::parse(out.str());
}

namespace {

class SarifFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "sarif"; }
  std::string_view description() const override { return "a SARIF 2.1.0 log, for code scanning"; }
  unsigned uses() const override { return use_check; }

  void check(std::ostream& out, const CheckReport& report, const CheckWriteOptions& o) const override {
    write_check_sarif(out, report, o.rules, o.docs_url);
  }
};

}  // namespace

std::unique_ptr<FormatWriter> make_sarif_format() { return std::make_unique<SarifFormat>(); }

}  // namespace ragft
