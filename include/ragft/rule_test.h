// Rule tests: YAML cases of answers and expected outcomes, run against the
// loaded rules (`ragft rules test`).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ragft/diagnostic.h"
#include "ragft/engine.h"

namespace ragft {

struct RuleTestCase {
  std::string file;
  SourcePos pos;
  std::string name;
  std::string source;
  Answers answers;
  std::string expect_recommendation;
  std::vector<std::string> expect_warnings;     // rule ids that must warn
  std::vector<std::string> expect_no_warnings;  // rule ids that must not
  std::vector<std::string> expect_excluded;     // options that must be excluded
  std::string expect_confidence;                // high, medium or low; "" = any
  std::string expect_decided_by;                // the deciding rule; "" = any
  std::vector<std::string> expect_unlocks;      // criteria that next_steps must name as unlocking an option
};

struct RuleTestLoad {
  std::vector<RuleTestCase> cases;
  std::vector<Diagnostic> errors;
};

// Reads a test file: `cases:` a list of {name, source, answers, expect}.
RuleTestLoad load_rule_tests(std::string_view text, const std::string& file, const RuleSet& rules);

struct RuleTestOutcome {
  bool passed = true;
  std::vector<std::string> failures;  // one line each: "expected fine_tune, got rag"
  Result result;
};

RuleTestOutcome run_rule_test(const Engine& engine, const RuleTestCase& c);

}  // namespace ragft
