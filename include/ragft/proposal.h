// Proposals: what `ragft check` reads. A proposal is a profile with
// `approach:` (what the team intends to build) and optional `waivers:`, in a
// YAML file (one proposal per document) or in the YAML front matter of a
// Markdown ADR under the `ragft` key. Positions always count in the file as
// the user sees it: for an ADR, lines of the Markdown file, not of the front
// matter.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/diagnostic.h"
#include "ragft/profile.h"
#include "ragft/ruleset.h"

namespace ragft {

// A calendar date, for waiver expiry.
struct Date {
  int year = 0, month = 0, day = 0;
  friend auto operator<=>(const Date&, const Date&) = default;
  std::string str() const;  // "2026-11-21"
};

// Parses YYYY-MM-DD (a real calendar date, years 1900..9999); nullopt otherwise.
std::optional<Date> parse_date(std::string_view s);

// One waiver: the team accepts the findings of rule `rule` on this proposal,
// for a reason, optionally until a date (inclusive).
struct Waiver {
  std::string rule;
  std::string reason;
  std::string owner;            // may be empty
  std::optional<Date> expires;  // none: does not expire
  SourcePos pos;                // where the waiver's `rule:` value is written
  int length = 1;               // of that value, for the caret
  std::string source_line;      // the text of line pos.line
};

struct Proposal {
  Profile profile;  // profile.approach is always set
  std::vector<Waiver> waivers;
  std::string approach_line;  // the text of the line of `approach`, for messages
  // The file's lines, to show the lines findings point at; shared by every
  // proposal of the file.
  std::shared_ptr<const LineTable> lines;
};

// A file or document that holds no proposal to check, and why.
struct Skip {
  std::string file;
  std::string reason;  // "no front matter", "status: superseded", ...
};

struct ProposalLoad {
  std::vector<Proposal> proposals;  // the valid proposals, in order
  std::vector<Skip> skipped;        // ADRs that are not proposals or are closed
  std::vector<Diagnostic> errors;   // every problem of every invalid proposal
};

// A YAML file: every document is a proposal and must have `approach:`.
ProposalLoad load_proposal_yaml(std::string_view text, const std::string& file, const RuleSet& rules);

// A Markdown ADR. Its front matter opens with a line `---` on the first line
// (after an optional UTF-8 byte-order mark) and closes with a line `---` or
// `...`; \n, \r\n and lone \r line ends are accepted. The proposal is the
// `ragft` key; other keys belong to the ADR and are ignored, except `status`,
// whose first word rejected, superseded or deprecated (any case) skips it.
// Skipped with a reason: no front matter, an empty one, no `ragft` key, a
// closed status. Errors: an unclosed front matter, one that is not a map,
// invalid YAML or an invalid proposal.
ProposalLoad load_proposal_markdown(std::string_view text, const std::string& file, const RuleSet& rules);

// ADRs by file name (.md and .markdown, in any case) and, on standard input
// ("<stdin>"), by content (looks_like_adr); everything else is YAML.
ProposalLoad load_proposals(std::string_view text, const std::string& file, const RuleSet& rules);
bool is_markdown_file(std::string_view file);
// Text that opens with a front matter fence and has a `ragft` key (or one that
// is almost `ragft`) at its top level before the closing fence: an ADR piped
// in. A YAML profile never has that key.
bool looks_like_adr(std::string_view text);
bool reads_as_adr(std::string_view text, const std::string& file);

// What `score`, `explain` and `cost` read: the profiles of a YAML or JSON
// file (load_profiles), or the proposal in an ADR's front matter read as a
// profile (its approach and waivers are allowed and not judged), positions
// in the Markdown file. An ADR without a proposal, or a closed one, is
// skipped with its reason.
struct ProfileSource {
  ProfileLoad load;
  std::vector<Skip> skipped;
};
ProfileSource load_profile_source(std::string_view text, const std::string& file, const RuleSet& rules);

}  // namespace ragft
