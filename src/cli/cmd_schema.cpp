// `ragft schema`: the JSON Schema of profiles and proposals for the loaded
// rules, for editors (see docs/ci.md, "Editors").
#include <ostream>

#include <nlohmann/json.hpp>

#include "ragft/safe_text.h"
#include "app.h"
#include "command.h"
#include "ragft/schema.h"

namespace ragft::cli {

namespace {

class SchemaCommand : public Command {
 public:
  void setup(CLI::App& sub) override {
    add_output_options(sub, output_);
    sub.footer(R"(
The schema follows the loaded rules: add --rules FILE to include a team's
criteria. Point a YAML language server at it with a first line
  # yaml-language-server: $schema=ragft.schema.json

Examples:
  ragft schema -o ragft.schema.json
  ragft schema --rules team.yaml -o ragft.schema.json --force)");
  }

  int run(Session& session) override {
    auto ctx = session.context();
    if (!ctx) return invalid;
    ctx->out << json_text(profile_schema(ctx->rules), 2) << "\n";
    return ok;
  }

  const OutputFile* output() const override { return &output_; }

 private:
  OutputFile output_;
};

}  // namespace

std::unique_ptr<Command> make_schema_command() { return std::make_unique<SchemaCommand>(); }

}  // namespace ragft::cli
