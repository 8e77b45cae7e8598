// The output formats: one registry, one writer per format. A writer says its
// name, its one-line description and which commands it serves, and writes
// for them as the output goes: a batch of results (score, explain, ask) one
// result at a time, cost estimates one profile at a time, a check report one
// proposal at a time. The command line validates --format, lists the
// formats in --help, the man page and the completions, and dispatches
// through this registry. A new format is one file (src/render/format_X.cpp)
// and one line of the registry (src/render/formats.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/check.h"
#include "ragft/engine.h"
#include "ragft/ruleset.h"
#include "ragft/terminal_text.h"

namespace ragft {

// The commands a format may serve, as bits of FormatWriter::uses().
enum FormatUse : unsigned {
  use_ask = 1,
  use_score = 2,
  use_explain = 4,
  use_cost = 8,
  use_check = 16,
  use_rules_show = 32,  // text or json: `ragft rules show` writes them itself
  use_results = use_ask | use_score | use_explain,
};

// The commands with a --format, in the order help and errors list them.
struct FormatCommand {
  const char* name;  // as typed: "rules show"
  FormatUse use;
};
std::span<const FormatCommand> format_commands();
// The use of command `name`, or 0 when it has no --format.
unsigned format_use(std::string_view command);

// How a batch of results is written.
struct ResultOptions {
  const RuleSet& rules;
  const TextStyle& style;
  bool quiet = false;    // the verdict lines only
  bool explain = false;  // with the trace
  bool brief = false;    // text: the short block per result of a batch
};

// What a batch came to, for its end.
struct ResultSummary {
  long count = 0;
  int invalid_files = 0;
  const std::map<std::string, long>& tally;  // recommendation -> results
};

struct CostOptions {
  const RuleSet& rules;
  const TextStyle& style;
  bool chart = false;  // text: the chart under each table
};

struct CheckWriteOptions {
  const RuleSet& rules;
  const TextStyle& style;
  bool quiet = false;
  std::string docs_url;  // where SARIF's helpUri points
};

class FormatWriter {
 public:
  virtual ~FormatWriter() = default;
  virtual std::string_view name() const = 0;
  // Another name the format answers to ("md"), or empty.
  virtual std::string_view alias() const { return {}; }
  virtual std::string_view description() const = 0;
  // A word or two that --help puts after the name ("annotations"), or empty.
  virtual std::string_view note() const { return {}; }
  // The FormatUse bits of the commands it serves.
  virtual unsigned uses() const = 0;
  bool serves(unsigned use) const { return (uses() & use) != 0; }

  // Results (score, explain, ask). `result` is called by concurrent
  // workers, so it keeps no state; `before` and `end` are called in output
  // order by one writer at a time.
  // Whether the output shows what would change the answer (its
  // evaluation is the costliest part).
  virtual bool shows_would_change(const ResultOptions&) const { return false; }
  // Before the result numbered `index` (0: the first): separators, headers.
  virtual void before_result(std::string&, const ResultOptions&, long /*index*/) const {}
  virtual void result(std::string&, const Result&, const ResultOptions&) const {}
  virtual void end_results(std::string&, const ResultOptions&, const ResultSummary&) const {}

  // Cost estimates (`ragft cost`), one profile at a time.
  // How many profiles one output shows (an SVG chart: one).
  virtual std::size_t most_costs() const { return SIZE_MAX; }
  virtual void cost(std::string&, const Result&, const CostOptions&, std::size_t /*index*/) const {}
  virtual void end_costs(std::string&, std::size_t /*count*/) const {}

  // A check report, streamed one proposal at a time (the report keeps its
  // proposals in a spool, not in memory).
  virtual void check(std::ostream&, const CheckReport&, const CheckWriteOptions&) const {}
};

// A list of formats, in the order help lists them.
class FormatRegistry {
 public:
  void add(std::unique_ptr<FormatWriter> format) { formats_.push_back(std::move(format)); }
  std::span<const std::unique_ptr<FormatWriter>> all() const { return formats_; }
  // The format called `name` (or by its alias) that serves one of the
  // commands in `use`, or nullptr.
  const FormatWriter* find(std::string_view name, unsigned use = ~0u) const;
  // The names of the formats that serve `use`, as "text, json, ...", with
  // `notes`: "github (annotations)".
  std::string names(unsigned use, bool notes = false) const;

 private:
  std::vector<std::unique_ptr<FormatWriter>> formats_;
};

// ragft's formats, from the registry's table (formats.cpp).
const FormatRegistry& output_formats();
inline const FormatWriter* find_format(std::string_view name, unsigned use = ~0u) {
  return output_formats().find(name, use);
}
inline std::string format_names(unsigned use, bool notes = false) { return output_formats().names(use, notes); }

}  // namespace ragft
