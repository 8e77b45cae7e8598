// Profiles: one project's answers, read from YAML (or JSON) documents and
// checked against the loaded criteria where they enter. A Profile only holds
// valid values; every problem becomes a Diagnostic with file, line and column.
#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ragft/diagnostic.h"
#include "ragft/expr.h"
#include "ragft/ruleset.h"
#include "ragft/yaml_doc.h"
#include "ragft/yaml_reader.h"

namespace ragft {

struct Answer {
  expr::Value value;
  SourcePos pos;  // where the value is written; unknown for --set
};

struct Profile {
  std::string file;     // as named by the user; "-" for standard input
  int document = 0;     // 0-based index of the YAML document in the file
  SourcePos start;      // where the document starts
  std::string project;
  std::string description;
  std::optional<std::string> approach;  // for proposals
  SourcePos approach_pos;
  std::map<std::string, Answer> answers;  // only the answers given
  std::vector<std::string> blank;         // answers written but left blank ("not sure"), in file order
  std::vector<SourcePos> blank_pos;       // where each of `blank` is written (its key)
  SourcePos answers_pos;                  // where the `answers` key is written; unknown without one
};

struct ProfileLoad {
  std::vector<Profile> profiles;        // the valid documents, in order
  std::vector<Diagnostic> errors;       // every problem of every invalid document
};

struct ProfileLimits {
  std::size_t max_bytes = 1 << 20;
};

// Reads every document of `text`. A document with any error yields no
// profile; the others still load.
ProfileLoad load_profiles(std::string_view text, const std::string& file, const RuleSet& rules,
                          const ProfileLimits& limits = {});

// The document loop of profile and proposal files: calls read(document,
// index) for each document, skipping a stray empty document (a '---' at the
// end) unless every document is empty; reports a file that holds nothing as
// "the file holds no <what>" with `hint`; appends the parse errors; stops once
// there are too many errors (yaml::too_many) and then keeps the first
// yaml::kMaxDiagnostics, followed by "too many errors; only the first 50 are
// shown" (yaml::cap_diagnostics).
void read_documents(const yaml::ParseResult& parsed, std::string_view text, const std::string& file,
                    std::string_view what, std::string_view hint, std::vector<Diagnostic>& errors,
                    const std::function<void(const yaml::Document&, int index)>& read);

// Reads one profile from a parsed YAML node: a document's root, or the
// `ragft` key of an ADR's front matter (proposal.cpp). `text` is the source
// the node was parsed from. Appends every problem to errors; nullopt if any.
std::optional<Profile> read_profile(const yaml::Node& root, std::string_view text, const std::string& file,
                                    const RuleSet& rules, int document, SourcePos start,
                                    std::vector<Diagnostic>& errors);

// Reads an `answers:` map (of a profile or a rule test case), appending every
// problem to errors. `text` is the source the node was parsed from. Answers
// written but left blank are not answers; `blank`, when given, receives
// their ids.
std::map<std::string, Answer> read_answer_map(const yaml::Node& answers, std::string_view text,
                                              const std::string& file, const RuleSet& rules,
                                              std::vector<Diagnostic>& errors,
                                              std::vector<std::string>* blank = nullptr,
                                              std::vector<SourcePos>* blank_pos = nullptr);

// Parses a --set argument "id=value" against the criteria. On failure returns
// nullopt and fills err (file "--set").
std::optional<std::pair<std::string, expr::Value>> parse_set(const RuleSet& rules, std::string_view arg,
                                                             Diagnostic& err);

}  // namespace ragft
