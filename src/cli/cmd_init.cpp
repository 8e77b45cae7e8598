// `ragft init [--proposal] [--minimal] [-o FILE] [--force]`: a commented template of a
// profile, a proposal or (with -o FILE.md) an ADR, to stdout or written
// atomically to FILE, never over an existing file without --force.
#include <cctype>
#include <ostream>

#include <fmt/format.h>

#include "app.h"
#include "command.h"
#include "ragft/profile_template.h"
#include "ragft/proposal.h"
#include "ragft/safe_text.h"

namespace ragft::cli {

namespace {

bool is_json_file(const std::string& path) {
  if (path.size() < 5) return false;
  return ascii_lower(std::string_view(path).substr(path.size() - 5)) == ".json";
}

class InitCommand : public Command {
 public:
  void setup(CLI::App& sub) override {
    sub.add_flag("--proposal", proposal_, "a proposal for 'ragft check': with 'approach:' and a waiver example");
    sub.add_flag("--minimal", minimal_,
                 "only the core questions (group: core); the cost inputs keep their defaults");
    add_output_options(sub, output_, "write to FILE instead of standard output (FILE.md: an ADR; FILE.json: JSON)");
    sub.footer(R"(
Examples:
  ragft init -o project.yaml                   a profile to fill in, then 'ragft score project.yaml'
  ragft init --minimal -o project.yaml         the same with the core questions only (no cost inputs)
  ragft init --proposal -o proposal.yaml       a proposal, then 'ragft check proposal.yaml'
  ragft init --proposal -o docs/adr/0007-retrieval.md
                                               an ADR with the proposal in its front matter
  ragft init -o project.json                   the same profile as JSON, every answer null)");
  }

  int run(Session& session) override {
    auto ctx = session.context();
    if (!ctx) return invalid;
    TemplateOptions options;
    options.proposal = proposal_;
    options.minimal = minimal_;
    options.adr = !output_.path.empty() && is_markdown_file(output_.path);
    if (options.adr && !proposal_) {
      ctx->err << fmt::format(
          "ragft: error: '{}' is a Markdown file: an ADR holds a proposal\n  hint: add --proposal for an ADR "
          "template, or write the profile to a .yaml file\n",
          output_.path);
      return invalid;
    }
    std::string text = is_json_file(output_.path) ? profile_template_json(ctx->rules, options)
                                                  : profile_template(ctx->rules, options);
    if (output_.path.empty()) {
      ctx->out << text;
      return ok;
    }
    if (!write_output(ctx->err, output_.path, text, output_.force)) return invalid;
    if (!ctx->quiet)
      ctx->out << fmt::format("wrote {}; next: ragft {} {}\n", output_.path, proposal_ ? "check" : "score", output_.path);
    return ok;
  }

 private:
  bool proposal_ = false;
  bool minimal_ = false;
  OutputFile output_;
};

}  // namespace

std::unique_ptr<Command> make_init_command() { return std::make_unique<InitCommand>(); }

}  // namespace ragft::cli
