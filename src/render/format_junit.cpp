// junit: JUnit XML of `ragft check`, for test report viewers: a test case
// per proposal, skipped file and invalid file.
#include "ragft/check_report.h"
#include "ragft/formats.h"
#include "render/check_words.h"

#include <sstream>

#include <fmt/format.h>

#include "ragft/escape.h"
#include "ragft/safe_text.h"

namespace ragft {

using namespace check_words;

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

namespace {

class JunitFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "junit"; }
  std::string_view description() const override { return "JUnit XML, for test reports"; }
  unsigned uses() const override { return use_check; }

  void check(std::ostream& out, const CheckReport& report, const CheckWriteOptions&) const override {
    write_check_junit(out, report);
  }
};

}  // namespace

std::unique_ptr<FormatWriter> make_junit_format() { return std::make_unique<JunitFormat>(); }

}  // namespace ragft
