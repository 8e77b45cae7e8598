// Rendering `ragft check` runs: the words every format of the report uses
// (verdicts, finding kinds, phrases), positions as URIs and columns, and the
// text for people. The other formats are in format_json.cpp,
// format_github.cpp, format_sarif.cpp and format_junit.cpp.
#include "ragft/check_report.h"
#include "render/check_words.h"

#include <sstream>

#include <fmt/format.h>

#include "ragft/safe_text.h"
#include "ragft/terminal_text.h"

namespace ragft {

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

namespace check_words {

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

}  // namespace check_words

using namespace check_words;

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


}  // namespace ragft
