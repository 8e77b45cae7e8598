// junit: JUnit XML of `ragft check`, for test report viewers: a test case
// per proposal, skipped file and invalid file.
#include "ragft/check_report.h"
#include "ragft/formats.h"

namespace ragft {

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
