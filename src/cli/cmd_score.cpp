// `ragft score` and `ragft explain`: read profiles, evaluate, print results.
#include <algorithm>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "app.h"
#include "command.h"
#include "inputs.h"
#include "ragft/profile.h"
#include "ragft/yaml_doc.h"

namespace ragft::cli {

namespace {

const std::vector<std::string> kProfileExtensions = {".yaml", ".yml", ".json"};

// Prints results one by one in the chosen format, so output streams.
class Emitter {
 public:
  explicit Emitter(Context& ctx) : ctx_(ctx) {}

  void emit(const Result& r, bool explain) {
    std::ostream& out = ctx_.out;
    switch (ctx_.format) {
      case OutputFormat::text:
        if (ctx_.quiet) {
          out << fmt::format("{}: {} ({})\n", where(r), r.decision.recommendation, r.decision.confidence);
        } else {
          if (count_ > 0) out << "\n";
          out << (explain ? explain_text(r, ctx_.rules, ctx_.style) : result_text(r, ctx_.rules, ctx_.style));
        }
        break;
      case OutputFormat::json: {
        out << (count_ == 0 ? "[\n" : ",\n");
        std::string body = json(r, explain).dump(2);
        // Indent the object one level inside the array.
        std::string indented = "  ";
        for (char c : body) {
          indented += c;
          if (c == '\n') indented += "  ";
        }
        out << indented;
        break;
      }
      case OutputFormat::jsonl: out << json(r, explain).dump() << "\n"; break;
      case OutputFormat::csv:
        if (count_ == 0) out << csv_header(ctx_.rules);
        out << csv_row(r, ctx_.rules);
        break;
      case OutputFormat::markdown:
        if (count_ == 0) out << markdown_header(ctx_.rules);
        out << markdown_row(r, ctx_.rules);
        break;
    }
    ++count_;
    ++tally_[r.decision.recommendation];
  }

  void finish(int invalid_files) {
    std::ostream& out = ctx_.out;
    if (ctx_.format == OutputFormat::json) out << (count_ == 0 ? "[]\n" : "\n]\n");
    if (ctx_.format == OutputFormat::text && !ctx_.quiet && (count_ > 1 || invalid_files > 0)) {
      std::string parts;
      for (const auto& o : ctx_.rules.options)
        if (auto it = tally_.find(o.id); it != tally_.end()) parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", o.id, it->second);
      if (auto it = tally_.find("none"); it != tally_.end()) parts += fmt::format("{}none {}", parts.empty() ? "" : ", ", it->second);
      out << fmt::format("{}{} profile{} scored{}{}{}\n", count_ > 0 ? "\n" : "", count_, count_ == 1 ? "" : "s", parts.empty() ? "" : ": ", parts,
                         invalid_files ? fmt::format("; {} file{} invalid (see errors above)", invalid_files,
                                                     invalid_files == 1 ? "" : "s")
                                       : "");
    }
  }

  int count() const { return count_; }

 private:
  Context& ctx_;
  int count_ = 0;
  std::map<std::string, int> tally_;

  static std::string where(const Result& r) {
    return r.document > 0 ? fmt::format("{}#{}", r.file, r.document + 1) : r.file;
  }

  nlohmann::ordered_json json(const Result& r, bool explain) const {
    nlohmann::ordered_json j = result_json(r, ctx_.rules);
    if (!explain) return j;
    auto trace = nlohmann::ordered_json::array();
    for (const auto& t : r.trace) {
      nlohmann::ordered_json rt = {{"rule", t.rule}, {"enabled", t.enabled}, {"fired", t.fired}, {"effect", t.effect}};
      rt["conditions"] = nlohmann::ordered_json::array();
      for (const auto& c : t.conditions) {
        nlohmann::ordered_json seen = nlohmann::ordered_json::object();
        for (const auto& [id, v] : c.seen) seen[id] = value_json(v);
        rt["conditions"].push_back({{"text", c.text}, {"held", c.held}, {"missing", c.missing}, {"seen", seen}});
      }
      trace.push_back(rt);
    }
    j["trace"] = trace;
    return j;
  }
};

std::string display_name(const std::string& file) { return file == "-" ? "<stdin>" : file; }

int evaluate_paths(Context& ctx, const std::vector<std::string>& paths, bool explain) {
  InputFiles in = expand_inputs(paths, kProfileExtensions);
  print_diagnostics(ctx.err, in.errors);
  int invalid_files = static_cast<int>(in.errors.size());
  if (in.files.empty() && in.errors.empty()) {
    ctx.err << fmt::format("ragft: error: no profiles found (looked for {} in the given paths)\n  hint: profiles end in "
                           ".yaml, .yml or .json; run 'ragft init' for a template\n",
                           "*.yaml, *.yml, *.json");
    return invalid;
  }
  Engine engine(ctx.rules);
  Emitter emitter(ctx);
  EvalOptions opts;
  opts.trace = explain;
  for (const auto& file : in.files) {
    std::string text;
    Diagnostic io;
    if (!yaml::read_text_file(file, ProfileLimits{}.max_bytes, text, io)) {
      io.file = display_name(file);
      ctx.err << format_diagnostic(io);
      ++invalid_files;
      continue;
    }
    ProfileLoad load = load_profiles(text, display_name(file), ctx.rules);
    if (!load.errors.empty()) {
      print_diagnostics(ctx.err, load.errors);
      ++invalid_files;
    }
    for (auto& p : load.profiles) {
      for (const auto& [id, v] : ctx.sets) p.answers[id] = Answer{v, {}};
      emitter.emit(engine.evaluate(p, opts), explain);
    }
    ctx.out.flush();
  }
  emitter.finish(invalid_files);
  return invalid_files > 0 ? invalid : ok;
}

class EvaluateCommand : public Command {
 public:
  explicit EvaluateCommand(bool explain) : explain_(explain) {}
  void setup(CLI::App& sub) override {
    if (explain_)
      sub.add_option("profile", paths_, "a profile file, or - for standard input")->required()->type_name("PROFILE");
    else
      sub.add_option("paths", paths_, "profile files, directories, globs, or - for standard input")
          ->required()
          ->type_name("PATH");
  }
  int run(Session& session) override {
    auto ctx = session.context();
    if (!ctx) return invalid;
    return evaluate_paths(*ctx, paths_, explain_);
  }

 private:
  bool explain_;
  std::vector<std::string> paths_;
};

}  // namespace

std::unique_ptr<Command> make_score_command() { return std::make_unique<EvaluateCommand>(false); }
std::unique_ptr<Command> make_explain_command() { return std::make_unique<EvaluateCommand>(true); }

}  // namespace ragft::cli
