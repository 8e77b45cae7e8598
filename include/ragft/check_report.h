// Rendering a `ragft check` run: text for people, json, GitHub workflow
// commands (annotations on the pull request), SARIF 2.1.0 (code scanning) and
// JUnit XML (test reports). Pure functions to strings; the same report always
// renders to the same bytes. The text is in check_report.cpp, each other
// format in its writer's file (src/render/format_json.cpp, format_github.cpp,
// format_sarif.cpp, format_junit.cpp).
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "ragft/check.h"
#include "ragft/escape.h"
#include "ragft/report.h"
#include "ragft/ruleset.h"

namespace ragft {

// Per proposal a PASS/FAIL line, then each finding as a diagnostic (file:line:col,
// the line, a caret) with its rule and source; skipped files; a summary line.
// `quiet`: the verdict lines and the findings that fail, nothing else.
std::string check_text(const CheckReport& report, const RuleSet& rules, const TextStyle& style, bool quiet);

// {"schema": "ragft/check/v1", "passed", "strict", "today", "close_margin",
//  "summary", "proposals" (with scores and findings), "skipped", "invalid"}.
nlohmann::ordered_json check_json(const CheckReport& report, const RuleSet& rules);

// `::error file=…,line=…,col=…,endColumn=…,title=…::message` per failing
// finding, `::warning` for warnings that do not fail, `::notice` for waived
// findings, plus plain log lines with the verdicts.
std::string check_github(const CheckReport& report);

// A SARIF 2.1.0 log, also when nothing was checked: one reportingDescriptor
// per rule id that has a result (name, a one-line short description, the
// full text without {placeholders}, help with the condition, effect and
// source, helpUri into `docs_url`/decision-model.md or ci.md), one result per
// finding with its physical location, suppressions for waived findings,
// skipped files and "nothing checked" as notifications.
nlohmann::ordered_json check_sarif(const CheckReport& report, const RuleSet& rules, const std::string& docs_url);
// Where the documentation lives, without a final '/': $RAGFT_DOCS_URL, else
// the RAGFT_DOCS_URL the binary was built with.
std::string default_docs_url();

// JUnit XML: one test case per proposal (failure: the failing findings),
// per skipped file (skipped) and per invalid file (error).
std::string check_junit(const CheckReport& report);

// The same, written to `out` one proposal at a time (what `ragft check`
// uses: a report of 100,000 proposals is never one string or tree in
// memory). The functions above return what these write.
void write_check_text(std::ostream& out, const CheckReport& report, const RuleSet& rules, const TextStyle& style,
                      bool quiet);
void write_check_json(std::ostream& out, const CheckReport& report, const RuleSet& rules);
void write_check_github(std::ostream& out, const CheckReport& report);
void write_check_sarif(std::ostream& out, const CheckReport& report, const RuleSet& rules, const std::string& docs_url);
void write_check_junit(std::ostream& out, const CheckReport& report);

// Escaping, exposed for tests.
std::string github_escape_data(std::string_view s);      // % \r \n
std::string github_escape_property(std::string_view s);  // also : and ,
// A relative path as a URI reference; an absolute path as a file:// URI.
std::string path_to_uri(std::string_view path);
// The 1-based column in Unicode code points of byte column `byte_col` of `line`.
int char_column(std::string_view line, int byte_col);

}  // namespace ragft
