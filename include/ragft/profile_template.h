// The commented template `ragft init` writes: every criterion of the loaded
// rules with its question, hint, allowed values and default as comments and
// a blank answer (blank means not answered, so defaults still apply). What it
// writes loads and scores as it is.
#pragma once
#include <string>

#include "ragft/ruleset.h"

namespace ragft {

struct TemplateOptions {
  bool proposal = false;  // with `approach:` and an example of `waivers:` (for ragft check)
  bool adr = false;       // a Markdown ADR with the proposal under `ragft:` in its front matter
  bool minimal = false;   // only the core questions (group: core) and any answer without a default
                          // that is not optional; the cost inputs and other groups keep their defaults
};

std::string profile_template(const RuleSet& rules, const TemplateOptions& options);

// The same profile or proposal as JSON (`ragft init -o FILE.json`): every
// answer null, so nothing is answered until it is filled in.
std::string profile_template_json(const RuleSet& rules, const TemplateOptions& options);

}  // namespace ragft
