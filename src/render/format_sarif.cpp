// sarif: a SARIF 2.1.0 log of `ragft check`, for code scanning.
#include "ragft/check_report.h"
#include "ragft/formats.h"

namespace ragft {

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
