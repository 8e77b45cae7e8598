// `ragft schema`: the JSON Schema of profiles and proposals for the loaded
// rules, for editors (see docs/ci.md, "Editors").
#include <ostream>

#include "ragft/safe_text.h"
#include "app.h"
#include "command.h"
#include "ragft/schema.h"

namespace ragft::cli {

namespace {

class SchemaCommand : public Command {
 public:
  void setup(CLI::App& sub) override {
    sub.footer(R"(
The schema follows the loaded rules: add --rules FILE to include a team's
criteria. Point a YAML language server at it with a first line
  # yaml-language-server: $schema=ragft.schema.json

Examples:
  ragft schema > ragft.schema.json
  ragft schema --rules team.yaml > ragft.schema.json)");
  }

  int run(Session& session) override {
    auto ctx = session.context();
    if (!ctx) return invalid;
    ctx->out << json_text(profile_schema(ctx->rules), 2) << "\n";
    return ok;
  }
};

}  // namespace

std::unique_ptr<Command> make_schema_command() { return std::make_unique<SchemaCommand>(); }

}  // namespace ragft::cli
