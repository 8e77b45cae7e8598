// Writing a profile as YAML: the answers `ragft ask` collected, with a comment
// header naming the date and the rules (name, version, layers) they were
// given against. What is written loads with load_profiles() to exactly the
// same answers, so it scores exactly as the answers given.
#pragma once
#include <string>
#include <vector>

#include "ragft/profile.h"
#include "ragft/ruleset.h"

namespace ragft {

struct ProfileWriteOptions {
  std::string date;                  // "2026-03-01", shown in the header
  std::string written_by = "ragft ask";
  std::string file;                  // the file's name, for "score it with" ("FILE" when empty)
  std::vector<std::string> skipped;  // optional criteria left unanswered: written blank, "# not sure"
};

// The profile's project, description, approach and answers (in the rules'
// question order, each under its question as a comment).
std::string write_profile(const Profile& profile, const RuleSet& rules, const ProfileWriteOptions& options);

// Prints an answer so that parse_answer() reads back the same value: numbers
// in their shortest exact form (40000, 0.997, 1e+16), yes/no, choice ids.
std::string profile_scalar(const Criterion& c, const expr::Value& v);

}  // namespace ragft
