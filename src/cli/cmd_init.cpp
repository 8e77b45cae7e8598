// `ragft init [--proposal] [--minimal] [-o FILE] [--force]`: a commented template of a
// profile, a proposal or (with -o FILE.md) an ADR, to stdout or written
// atomically to FILE, never over an existing file without --force.
#include <ostream>

#include <fmt/format.h>

#include "app.h"
#include "command.h"
#include "ragft/profile_template.h"
#include "ragft/proposal.h"

namespace ragft::cli {

namespace {

class InitCommand : public Command {
 public:
  void setup(CLI::App& sub) override {
    sub.add_flag("--proposal", proposal_, "a proposal for 'ragft check': with 'approach:' and a waiver example");
    sub.add_flag("--minimal", minimal_,
                 "only the core questions (group: core); the cost inputs keep their defaults");
    sub.add_option("-o,--output", output_, "write to FILE instead of standard output (FILE.md: an ADR)")
        ->type_name("FILE");
    sub.add_flag("--force", force_, "overwrite FILE if it exists");
    sub.footer(R"(
Examples:
  ragft init -o project.yaml                   a profile to fill in, then 'ragft score project.yaml'
  ragft init --minimal -o project.yaml         the same with the core questions only (no cost inputs)
  ragft init --proposal -o proposal.yaml       a proposal, then 'ragft check proposal.yaml'
  ragft init --proposal -o docs/adr/0007-retrieval.md
                                               an ADR with the proposal in its front matter)");
  }

  int run(Session& session) override {
    auto ctx = session.context();
    if (!ctx) return invalid;
    TemplateOptions options;
    options.proposal = proposal_;
    options.minimal = minimal_;
    options.adr = !output_.empty() && is_markdown_file(output_);
    if (options.adr && !proposal_) {
      ctx->err << fmt::format(
          "ragft: error: '{}' is a Markdown file: an ADR holds a proposal\n  hint: add --proposal for an ADR "
          "template, or write the profile to a .yaml file\n",
          output_);
      return invalid;
    }
    std::string text = profile_template(ctx->rules, options);
    if (output_.empty()) {
      ctx->out << text;
      return ok;
    }
    if (!write_output(ctx->err, output_, text, force_)) return invalid;
    if (!ctx->quiet)
      ctx->out << fmt::format("wrote {}; next: ragft {} {}\n", output_, proposal_ ? "check" : "score", output_);
    return ok;
  }

 private:
  bool proposal_ = false;
  bool minimal_ = false;
  std::string output_;
  bool force_ = false;
};

}  // namespace

std::unique_ptr<Command> make_init_command() { return std::make_unique<InitCommand>(); }

}  // namespace ragft::cli
