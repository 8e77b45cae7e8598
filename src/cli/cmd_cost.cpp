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

const char* kFormats = "text, json, jsonl, csv, markdown, svg";

bool cost_relevant(const Criterion& c) {
  return c.group == "cost" || c.id == "calls_per_day" || c.id == "labeled_examples" || c.id == "prompt_quality" ||
         c.id == "quality_target";
}

// The machine-readable estimate of one profile ("ragft/cost/v1").
nlohmann::ordered_json cost_object(const Result& r, const RuleSet& rules) {
  nlohmann::ordered_json j;
  j["schema"] = "ragft/cost/v1";
  j["file"] = r.file;
  j["document"] = r.document;
  j["project"] = r.project;
  j["recommendation"] = r.decision.recommendation;
  j["cost"] = cost_json(*r.cost);
  nlohmann::ordered_json inputs = nlohmann::ordered_json::object();
  nlohmann::ordered_json assumed = nlohmann::ordered_json::array();
  for (const auto& c : rules.criteria) {
    if (!cost_relevant(c)) continue;
    if (auto g = r.given.find(c.id); g != r.given.end()) {
      inputs[c.id] = value_json(g->second);
      continue;
    }
    inputs[c.id] = c.default_value ? value_json(*c.default_value) : nlohmann::ordered_json(nullptr);
    assumed.push_back(c.id);
  }
  j["inputs"] = inputs;
  j["assumed"] = assumed;
  return j;
}

std::string csv_cell(const nlohmann::ordered_json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  }
  return json_text(v);
}

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : (c == '\n' || c == '\r') ? std::string(" ") : std::string(1, c);
  return out;
}

class CostCommand : public Command {
 public:
  void setup(CLI::App& sub) override {
    sub.add_option("profile", path_, "a profile file, or - for standard input")->required()->type_name("PROFILE");
    sub.add_flag("--chart", chart_, "draw the total cost of each option against calls per day (text output)");
    format_ = sub.add_option("--format", format_text_, std::string("output format: ") + kFormats)->type_name("FORMAT");
    add_output_options(sub, output_);
    sub.footer(kCostExamples);
  }

  int run(Session& session) override {
    auto ctx = session.context({}, true);
    if (!ctx) return invalid;
    std::string format = format_->count() ? format_text_ : session.raw().format;
    if (format == "md") format = "markdown";
    if (format != "text" && format != "json" && format != "jsonl" && format != "csv" && format != "markdown" &&
        format != "svg") {
      ctx->err << fmt::format("ragft: error: unknown format '{}' for 'ragft cost'\n  hint: one of: {}\n", format,
                              kFormats);
      return invalid;
    }
    if (chart_ && format != "text") {
      ctx->err << fmt::format(
          "ragft: error: --chart draws in the text output, not in {}\n  hint: --format svg -o FILE writes the chart "
          "as an SVG file\n",
          format);
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
    if (format == "svg" && load.profiles.size() != 1) {
      ctx->err << fmt::format(
          "ragft: error: an SVG chart shows one profile; '{}' holds {}\n  hint: put the profile in a file of its own\n",
          name, load.profiles.size());
      return invalid;
    }

    Engine engine(ctx->rules);
    EvalOptions options;
    options.would_change = false;
    std::string out;
    for (std::size_t i = 0; i < load.profiles.size(); ++i) {
      Profile& p = load.profiles[i];
      for (const auto& [id, v] : ctx->sets) p.answers[id] = Answer{v, {}};
      Result r = engine.evaluate(p, options);
      out += render(r, ctx->rules, ctx->style, format, i);
    }
    if (format == "json") out = "[\n" + out + "\n]\n";
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

  std::string render(const Result& r, const RuleSet& rules, const TextStyle& style, const std::string& format,
                     std::size_t index) const {
    const CostEstimate& e = *r.cost;
    if (format == "svg")
      return cost_chart_svg(e, rules.cost, r.project.empty() ? r.file : r.project, r.decision.recommendation);
    if (format == "text") {
      std::string s = (index ? "\n" : "") + cost_text(r, rules, style);
      if (chart_) s += "\n" + cost_chart_text(e, rules.cost, style, r.decision.recommendation);
      return s;
    }
    nlohmann::ordered_json j = cost_object(r, rules);
    if (format == "jsonl") return json_text(j) + "\n";
    if (format == "json") {
      std::string body = json_text(j, 2), indented = index ? ",\n  " : "  ";
      for (char c : body) {
        indented += c;
        if (c == '\n') indented += "  ";
      }
      return indented;
    }
    const nlohmann::ordered_json& cj = j["cost"];
    std::string s;
    if (format == "csv") {
      if (index == 0)
        s += "file,document,project,option,model,one_off,per_day,monthly,per_1k_calls,total,fixup_hours_per_day,"
             "latency_ms,break_even_calls_per_day,payback_month\n";
      for (const auto& o : e.options) {
        const auto& oj = cj["options"][o.option];
        nlohmann::ordered_json be = cj["break_even"].contains(o.option) ? cj["break_even"][o.option]
                                                                         : nlohmann::ordered_json::object();
        s += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_cell(r.file), r.document, csv_cell(r.project),
                         o.option, csv_cell(o.tier), csv_cell(oj["one_off"]), csv_cell(oj["per_day"]),
                         csv_cell(oj["monthly"]), csv_cell(oj["per_1k_calls"]), csv_cell(oj["total"]),
                         csv_cell(oj["fixup_hours_per_day"]), csv_cell(oj["latency_ms"]),
                         be.empty() ? "" : csv_cell(be["calls_per_day"]), be.empty() ? "" : csv_cell(be["payback_month"]));
      }
      return s;
    }
    // markdown
    if (index == 0)
      s += "| File | Project | Option | Model | One-off | Monthly | Per 1k calls | Total | Fix-up h/day | Latency ms |\n"
           "|---|---|---|---|---:|---:|---:|---:|---:|---:|\n";
    std::string file = document_name(r.file, r.document);
    for (const auto& o : e.options)
      s += fmt::format("| {} | {} | {}{}{} | {} | {} | {} | {} | {} | {} | {} |\n", md_cell(file), md_cell(r.project),
                       o.option == e.cheapest ? "**" : "", o.option, o.option == e.cheapest ? "**" : "", md_cell(o.tier),
                       format_money(o.one_off), format_money(o.monthly), format_money(o.per_1k_calls),
                       format_money(o.total), known(o.fixup_hours_per_day) ? format_count(o.fixup_hours_per_day) : "—",
                       format_count(o.latency_ms));
    return s;
  }
};

}  // namespace

std::unique_ptr<Command> make_cost_command() { return std::make_unique<CostCommand>(); }

}  // namespace ragft::cli
