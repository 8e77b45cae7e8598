// `ragft rules lint | test | show | dump`: rule authors' tools.
#include <algorithm>
#include <filesystem>
#include <ostream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/safe_text.h"
#include "app.h"
#include "command.h"
#include "inputs.h"
#include "ragft/rule_test.h"
#include "ragft/yaml_doc.h"

namespace ragft::cli {

namespace {

int cmd_rules_lint(std::ostream& out, std::ostream& err, const RulesLoad& load, const std::vector<std::string>& layers,
                   bool quiet) {
  print_diagnostics(err, load.diagnostics);
  int errors = 0, warnings = 0;
  for (const auto& d : load.diagnostics) (d.severity == Severity::error ? errors : warnings)++;
  std::string names;
  for (const auto& l : layers) names += (names.empty() ? "" : " + ") + l;
  if (!load.ok()) {
    err << fmt::format("{}: {} error{}, {} warning{}\n", names, errors, errors == 1 ? "" : "s", warnings,
                       warnings == 1 ? "" : "s");
    return invalid;
  }
  if (!quiet) {
    const RuleSet& r = *load.rules;
    out << fmt::format("{}: ok: {} options, {} criteria, {} rules{}\n", names, r.options.size(), r.criteria.size(),
                       r.rules.size(),
                       warnings ? fmt::format(", {} warning{}", warnings, warnings == 1 ? "" : "s") : "");
  }
  return ok;
}

int cmd_rules_test(Context& ctx, const std::vector<std::string>& given) {
  std::vector<std::string> paths = given;
  if (paths.empty()) {
    if (!std::filesystem::is_directory("rules/tests")) {
      ctx.err << "ragft: error: no test files given\n  hint: ragft rules test FILE|DIR... (rules/tests is used when it "
                 "exists)\n";
      return invalid;
    }
    paths.push_back("rules/tests");
  }
  InputFiles in = expand_inputs(paths, {".yaml", ".yml"});
  print_diagnostics(ctx.err, in.errors);
  bool bad_input = !in.errors.empty();
  Engine engine(ctx.rules);
  int passed = 0, failed_count = 0;
  for (const auto& file : in.files) {
    std::string text;
    Diagnostic io;
    if (!yaml::read_text_file(file, 4 << 20, text, io)) {
      ctx.err << format_diagnostic(io);
      bad_input = true;
      continue;
    }
    RuleTestLoad load = load_rule_tests(text, file, ctx.rules);
    if (!load.errors.empty()) {
      print_diagnostics(ctx.err, load.errors);
      bad_input = true;
      continue;
    }
    for (auto& c : load.cases) {
      for (const auto& [id, v] : ctx.sets) c.answers[id] = v;
      RuleTestOutcome o = run_rule_test(engine, c);
      if (o.passed) {
        ++passed;
        if (!ctx.quiet) ctx.out << fmt::format("PASS  {}\n", visible(c.name));
        continue;
      }
      ++failed_count;
      ctx.out << fmt::format("FAIL  {}  ({}:{})\n", visible(c.name), visible(c.file), c.pos.line);
      for (const auto& f : o.failures) ctx.out << "      " << visible(f) << "\n";
      const Decision& d = o.result.decision;
      std::string scores;
      for (std::size_t i = 0; i < ctx.rules.options.size(); ++i)
        scores += fmt::format("{}{} {:+d}{}", scores.empty() ? "" : ", ", ctx.rules.options[i].id, d.scores[i],
                              d.excluded[i] ? " (excluded)" : "");
      ctx.out << fmt::format("      scores: {}\n", scores);
      if (!d.decided_by.empty()) ctx.out << fmt::format("      decided by: {}\n", d.decided_by);
      for (const auto& r : o.result.reasons) ctx.out << fmt::format("      fired: {} [{}]\n", r.rule, r.effect);
      for (const auto& w : o.result.warnings) ctx.out << fmt::format("      warned: {} ({})\n", w.rule, severity_name(w.severity));
    }
  }
  ctx.out << fmt::format("{} passed, {} failed\n", passed, failed_count);
  if (bad_input) return invalid;
  if (passed + failed_count == 0) {
    ctx.err << "ragft: error: no rule test cases found (looked for *.yaml and *.yml in the given paths)\n";
    return invalid;
  }
  return failed_count > 0 ? failed : ok;
}

int cmd_rules_show_text(const Context& ctx, std::ostream& out);

int cmd_rules_show(Context& ctx) {
  const RuleSet& r = ctx.rules;
  std::ostream& out = ctx.out;
  if (ctx.format->name() == "json") {
    nlohmann::ordered_json j;
    j["layers"] = r.layers;
    j["name"] = r.name;
    j["version"] = r.version;
    j["settings"] = {{"confidence", {{"high", r.settings.confidence_high}, {"medium", r.settings.confidence_medium}}},
                     {"close_margin", r.settings.close_margin}};
    j["options"] = nlohmann::ordered_json::array();
    for (const auto& o : r.options) j["options"].push_back({{"id", o.id}, {"label", o.label}});
    j["criteria"] = nlohmann::ordered_json::array();
    for (const auto& c : r.criteria) {
      nlohmann::ordered_json cj = {{"id", c.id}, {"type", std::string(criterion_type_name(c.type))}, {"question", c.question}};
      if (!c.choices.empty()) {
        cj["choices"] = nlohmann::ordered_json::array();
        for (const auto& ch : c.choices) cj["choices"].push_back({{"id", ch.id}, {"label", ch.label}});
      }
      cj["default"] = c.default_value ? value_json(*c.default_value) : nlohmann::ordered_json(nullptr);
      if (c.ask_when) cj["ask_when"] = c.ask_when->text();
      j["criteria"].push_back(cj);
    }
    j["rules"] = nlohmann::ordered_json::array();
    for (const auto& rule : r.rules)
      j["rules"].push_back({{"id", rule.id}, {"enabled", rule.enabled}, {"when", rule.when.text()},
                            {"effect", rule.effect_summary()}, {"source", rule.source}});
    out << json_text(j, 2) << "\n";
    return ok;
  }
  // The text is built first, then written with its control characters
  // visible: labels, questions and sources come from rule files.
  std::ostringstream text;
  std::ostream& tout = text;
  int shown = cmd_rules_show_text(ctx, tout);
  out << visible_text(text.str(), false);
  return shown;
}

int cmd_rules_show_text(const Context& ctx, std::ostream& out) {
  const RuleSet& r = ctx.rules;
  std::string layers;
  for (const auto& l : r.layers) layers += (layers.empty() ? "" : " + ") + l;
  out << fmt::format("Rules: {}{}  ({})\n\n", r.name.empty() ? "unnamed" : r.name,
                     r.version.empty() ? "" : " " + r.version, layers);
  out << "Options (ties go to the first)\n";
  for (const auto& o : r.options) out << fmt::format("  {:<12} {}\n", o.id, o.label);
  out << "\nCriteria\n";
  for (const auto& c : r.criteria) {
    std::string values = c.type == CriterionType::choice ? c.allowed().substr(8) : std::string(criterion_type_name(c.type));
    out << fmt::format("  {:<20} {}{}\n", c.id, values,
                       c.default_value ? "  (default " + format_answer(c, *c.default_value) + ")" : "");
    out << fmt::format("  {:<20} {}\n", "", c.question);
    if (c.ask_when) out << fmt::format("  {:<20} asked when: {}\n", "", c.ask_when->text());
  }
  out << "\nRules, in order\n";
  for (const auto& rule : r.rules) {
    out << fmt::format("  {}{}  [{}]\n", rule.id, rule.enabled ? "" : " (disabled)", rule.effect_summary());
    out << fmt::format("      when: {}\n", rule.when.text());
    if (!rule.source.empty()) out << fmt::format("      source: {}\n", rule.source);
  }
  out << fmt::format("\nConfidence: high when the top score leads by {} or more, medium by {} or more, else low.\n",
                     r.settings.confidence_high, r.settings.confidence_medium);
  return ok;
}

int cmd_rules_dump(std::ostream& out, std::ostream& err, const std::string& name) {
  std::vector<std::string> names;
  for (const auto& f : builtin_rule_sources()) {
    names.emplace_back(f.name);
    if (f.name == name || f.name == "rules/" + name || f.name == "rules/" + name + ".yaml") {
      out << f.text;
      return ok;
    }
  }
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  err << fmt::format("ragft: error: no built-in rule file '{}'\n  hint: the built-in files are: {}\n", name, list);
  return invalid;
}

class RulesCommand : public Command {
 public:
  void setup(CLI::App& sub) override {
    sub.require_subcommand(1);
    lint_ = sub.add_subcommand("lint", "check the rule layers (and FILEs layered on top) and report every problem");
    lint_->add_option("files", lint_files_, "rule files to layer on top and check")->type_name("FILE");
    test_ = sub.add_subcommand("test", "run rule test cases (default: rules/tests)");
    test_->add_option("paths", test_paths_, "test files or directories")->type_name("PATH");
    sub.add_subcommand("show", "the options, criteria and rules in force (--format json for tools)");
    dump_ = sub.add_subcommand("dump", "print a built-in rule file");
    dump_->add_option("name", dump_name_, "which built-in file (default rules/default.yaml)");
    add_output_options(*dump_, dump_output_);
    sub.footer(R"(
Examples:
  ragft rules lint --rules team.yaml         check a rule layer on top of the built-in rules
  ragft rules test rules/tests/              run rule test cases
  ragft rules show --format json             the criteria, options and rules in force, for tools
  ragft rules dump rules/cost.yaml -o prices.yaml
                                             a built-in file to edit into a layer of your own)");
  }

  const OutputFile* output() const override { return dump_->parsed() ? &dump_output_ : nullptr; }

  int run(Session& session) override {
    if (dump_->parsed()) return cmd_rules_dump(session.out(), session.err(), dump_name_);
    if (lint_->parsed()) {
      std::vector<std::string> names;
      RulesLoad load = session.load(lint_files_, names, true);
      return cmd_rules_lint(session.out(), session.err(), load, names, session.raw().quiet);
    }
    auto ctx = session.context();
    if (!ctx) return invalid;
    if (test_->parsed()) return cmd_rules_test(*ctx, test_paths_);
    return cmd_rules_show(*ctx);
  }

 private:
  CLI::App* lint_ = nullptr;
  CLI::App* test_ = nullptr;
  CLI::App* dump_ = nullptr;
  std::vector<std::string> lint_files_, test_paths_;
  std::string dump_name_ = "rules/default.yaml";
  OutputFile dump_output_;
};

}  // namespace

std::unique_ptr<Command> make_rules_command() { return std::make_unique<RulesCommand>(); }

}  // namespace ragft::cli
