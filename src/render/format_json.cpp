// json: one document, indented: an array of results (score, explain, ask)
// or of cost estimates, or the check report.
#include "ragft/check_report.h"
#include "ragft/cost_report.h"
#include "ragft/formats.h"
#include "ragft/json_writer.h"
#include "ragft/report.h"
#include "render/check_words.h"

#include <sstream>

#include <nlohmann/json.hpp>

namespace ragft {

using namespace check_words;

namespace {

// The writers below write with a JsonWriter into a buffer that goes out
// after every proposal: a report of 100,000 proposals is never one string
// or tree in memory.
void write_proposal_json(JsonWriter& w, const ProposalCheck& p, const RuleSet& rules) {
  const Decision& d = p.result.decision;
  w.begin_object().member("file", p.file).member("document", p.document).member("project", p.project);
  w.member("approach", p.approach).member("line", p.approach_pos.line).member("passed", p.passed);
  w.member("verdict", verdict_name(p.verdict)).member("recommendation", d.recommendation);
  w.member("confidence", d.confidence).key("decided_by").string_or_null(d.decided_by);
  w.key("scores").begin_object();
  for (std::size_t i = 0; i < rules.options.size() && i < d.scores.size(); ++i) w.member(rules.options[i].id, d.scores[i]);
  w.end_object().member("behind", p.behind).key("missing").begin_array();
  for (const auto& m : p.missing) w.value(m);
  w.end_array().key("findings").begin_array();
  for (const auto& f : p.findings) {
    w.begin_object().member("kind", kind_name(f.kind)).member("rule", f.rule);
    w.member("severity", severity_name(f.severity)).member("fails", f.fails).member("message", f.message);
    w.member("source", f.source).member("line", f.pos.line).member("column", f.pos.col).key("waived");
    if (f.suppressed()) {
      const Waiver& wv = p.waivers[static_cast<std::size_t>(f.waiver)];
      w.begin_object().member("reason", wv.reason).key("owner").string_or_null(wv.owner).key("expires");
      if (wv.expires) w.value(wv.expires->str());
      else w.null();
      w.member("line", wv.pos.line).end_object();
    } else {
      w.null();
    }
    w.end_object();
  }
  w.end_array().end_object();
}

// A line or column when it is known, else null.
void write_position(JsonWriter& w, std::string_view key, bool known, int v) {
  w.key(key);
  if (known) w.value(v);
  else w.null();
}

}  // namespace

void write_check_json(std::ostream& out, const CheckReport& report, const RuleSet& rules) {
  std::string buf;
  JsonWriter w(buf, 2);
  auto flush = [&] {
    out << buf;
    buf.clear();
  };
  w.begin_object().member("schema", "ragft/check/v1").member("passed", report.exit_code() == 0);
  w.member("strict", report.options.strict).key("nothing_checked");
  if (report.nothing_checked) w.value(report.nothing_checked_reason);
  else w.null();
  w.member("today", report.options.today.str()).member("close_margin", rules.settings.close_margin);
  w.key("summary").begin_object().member("proposals", report.proposals.size()).member("passed", report.passed());
  w.member("failed", report.failed()).member("skipped", report.skipped.size()).member("invalid", report.invalid_files);
  w.end_object().key("proposals").begin_array();
  report.proposals.for_each([&](const ProposalCheck& p) {
    write_proposal_json(w, p, rules);
    flush();
  });
  w.end_array().key("skipped").begin_array();
  for (const auto& sk : report.skipped) w.begin_object().member("file", sk.file).member("reason", sk.reason).end_object();
  w.end_array().key("invalid").begin_array();
  report.invalid.for_each([&](const Diagnostic& d) {
    w.begin_object().member("file", d.file);
    write_position(w, "line", d.pos.known(), d.pos.line);
    write_position(w, "column", d.pos.known(), d.pos.col);
    w.member("message", d.message).member("hint", d.hint).end_object();
    flush();
  });
  w.end_array().end_object();
  buf += '\n';
  flush();
}

nlohmann::ordered_json check_json(const CheckReport& report, const RuleSet& rules) {
  std::ostringstream out;
  write_check_json(out, report, rules);
  return nlohmann::ordered_json::parse(out.str());
}

namespace {

class JsonFormat : public FormatWriter {
 public:
  std::string_view name() const override { return "json"; }
  std::string_view description() const override { return "one JSON document, indented"; }
  unsigned uses() const override { return use_results | use_cost | use_check | use_rules_show; }

  bool shows_would_change(const ResultOptions&) const override { return true; }
  void before_result(std::string& out, const ResultOptions&, long index) const override {
    out += index == 0 ? "[\n" : ",\n";
  }
  // Each object one level inside the array.
  void result(std::string& out, const Result& r, const ResultOptions& o) const override {
    out += "  ";
    JsonWriter w(out, 2, 1);
    write_result_json(w, r, o.rules, o.explain);
  }
  void end_results(std::string& out, const ResultOptions&, const ResultSummary& s) const override {
    out += s.count == 0 ? "[]\n" : "\n]\n";
  }

  void cost(std::string& out, const Result& r, const CostOptions& o, std::size_t index) const override {
    out += index == 0 ? "[\n  " : ",\n  ";
    JsonWriter w(out, 2, 1);
    write_cost_document(w, r, o.rules);
  }
  void end_costs(std::string& out, std::size_t count) const override { out += count == 0 ? "[]\n" : "\n]\n"; }

  void check(std::ostream& out, const CheckReport& report, const CheckWriteOptions& o) const override {
    write_check_json(out, report, o.rules);
  }
};

}  // namespace

std::unique_ptr<FormatWriter> make_json_format() { return std::make_unique<JsonFormat>(); }

}  // namespace ragft
