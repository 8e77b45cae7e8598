// `ragft cost PROFILE`: what each option costs, the break-even volume and the
// payback month, as a table, a terminal chart (--chart), JSON, CSV, Markdown
// or an SVG chart file (--format svg -o FILE).
#include <ostream>

#include <fmt/format.h>

#include "ragft/safe_text.h"
#include "app.h"
#include "command.h"
#include "inputs.h"
#include "ragft/cost_report.h"
#include "ragft/formats.h"
#include "ragft/profile.h"
#include "ragft/proposal.h"
#include "ragft/yaml_doc.h"

namespace ragft::cli {

namespace {

const char* kCostExamples = R"(
Examples:
  ragft cost project.yaml                        the table per option, break-even and payback
  ragft cost project.yaml --chart                with the cost of each option against calls per day
  ragft cost project.yaml --set calls_per_day=250k --set fix_minutes=2
                                                 what if the volume grows, counting people fixing outputs?
  ragft cost project.yaml --format svg -o cost.svg   the chart as an SVG file (--force to overwrite)
  ragft cost project.yaml --format json          the estimate for tools
Prices come from rules/cost.yaml (ragft rules dump rules/cost.yaml); override them with --rules FILE.
)";

class CostCommand : public Command {
 public:
  void setup(CLI::App& sub) override {
    sub.add_option("profile", path_, "a profile file, or - for standard input")->required()->type_name("PROFILE");
    sub.add_flag("--chart", chart_, "draw the total cost of each option against calls per day (text output)");
    format_ = sub.add_option("--format", format_text_, "output format: " + format_names(use_cost))->type_name("FORMAT");
    add_output_options(sub, output_);
    sub.footer(kCostExamples);
  }

  int run(Session& session) override {
    auto ctx = session.context({}, true);
    if (!ctx) return invalid;
    const std::string& format_name = format_->count() ? format_text_ : session.raw().format;
    const FormatWriter* format = find_format(format_name, use_cost);
    if (!format) {
      ctx->err << fmt::format("ragft: error: unknown format '{}' for 'ragft cost'\n  hint: one of: {}\n", format_name,
                              format_names(use_cost));
      return invalid;
    }
    if (chart_ && format->name() != "text") {
      ctx->err << fmt::format(
          "ragft: error: --chart draws in the text output, not in {}\n  hint: --format svg -o FILE writes the chart "
          "as an SVG file\n",
          format->name());
      return invalid;
    }
    if (ctx->rules.cost.empty()) {
      ctx->err << "ragft: error: the rules have no cost catalog\n  hint: the built-in rules/cost.yaml has one; with "
                  "--no-default-rules, add a --rules layer with a 'cost:' section\n";
      return invalid;
    }

    std::string name = display_name(path_);
    std::string text;
    Diagnostic io;
    if (auto leaves = link_leaves_tree(path_)) {
      ctx->err << format_diagnostic(*leaves);
      return invalid;
    }
    if (!yaml::read_text_file(path_, ProfileLimits{}.max_bytes, text, io)) {
      ctx->err << format_diagnostic(io);
      return invalid;
    }
    ProfileSource source = load_profile_source(text, name, ctx->rules);
    ProfileLoad& load = source.load;
    print_diagnostics(ctx->err, load.errors);
    bool bad = !load.errors.empty();
    if (load.profiles.empty()) {
      if (!bad && !source.skipped.empty())
        ctx->err << fmt::format("ragft: error: '{}' holds no profile: {}\n  hint: 'ragft init --proposal -o "
                                "NAME.md' writes an ADR with its proposal in the front matter\n",
                                name, source.skipped.front().reason);
      else if (!bad)
        ctx->err << fmt::format("ragft: error: '{}' holds no profile\n  hint: run 'ragft init' for a template\n", name);
      return invalid;
    }
    if (load.profiles.size() > format->most_costs()) {
      ctx->err << fmt::format(
          "ragft: error: an SVG chart shows one profile; '{}' holds {}\n  hint: put the profile in a file of its own\n",
          name, load.profiles.size());
      return invalid;
    }

    Engine engine(ctx->rules);
    EvalOptions options;
    options.would_change = false;
    const CostOptions cost_options{ctx->rules, ctx->style, chart_};
    std::string out;
    for (std::size_t i = 0; i < load.profiles.size(); ++i) {
      Profile& p = load.profiles[i];
      for (const auto& [id, v] : ctx->sets) p.answers[id] = Answer{v, {}};
      Result r = engine.evaluate(p, options);
      format->cost(out, r, cost_options, i);
    }
    format->end_costs(out, load.profiles.size());
    if (!output_.path.empty()) {
      if (!write_output(ctx->err, output_.path, out, output_.force)) return invalid;
      if (!ctx->quiet) ctx->out << fmt::format("wrote {}\n", output_.path);
    } else {
      ctx->out << out;
    }
    return bad ? invalid : ok;
  }

 private:
  std::string path_;
  bool chart_ = false;
  CLI::Option* format_ = nullptr;
  std::string format_text_;
  OutputFile output_;
};

}  // namespace

std::unique_ptr<Command> make_cost_command() { return std::make_unique<CostCommand>(); }

}  // namespace ragft::cli
