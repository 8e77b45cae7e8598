// github: GitHub workflow commands, annotations on the pull request for
// `ragft check` (::error, ::warning, ::notice), plus the verdicts as log
// lines.
#include "ragft/check_report.h"
#include "ragft/formats.h"
#include "render/check_words.h"

#include <sstream>

#include <fmt/format.h>

#include "ragft/safe_text.h"

namespace ragft {

using namespace check_words;

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

class GithubFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "github"; }
  std::string_view note() const override { return "annotations"; }
  std::string_view description() const override { return "GitHub workflow commands: annotations on the pull request"; }
  unsigned uses() const override { return use_check; }

  void check(std::ostream& out, const CheckReport& report, const CheckWriteOptions&) const override {
    write_check_github(out, report);
  }
};

}  // namespace

std::unique_ptr<FormatWriter> make_github_format() { return std::make_unique<GithubFormat>(); }

}  // namespace ragft
