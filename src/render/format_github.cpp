// github: GitHub workflow commands, annotations on the pull request for
// `ragft check` (::error, ::warning, ::notice), plus the verdicts as log
// lines.
#include "ragft/check_report.h"
#include "ragft/formats.h"

namespace ragft {

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
