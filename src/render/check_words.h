// The words of a check report that every format of it uses (check_report.cpp).
#pragma once
#include <string>
#include <string_view>

#include "ragft/check.h"
#include "ragft/ruleset.h"

namespace ragft::check_words {

// "1 file", "2 files".
std::string plural(int n, std::string_view word);
// The file (and document) of a proposal, as one line with its control
// characters visible: names from a repository are shown, never obeyed.
std::string where(const ProposalCheck& p);
std::string verdict_name(Verdict v);   // "recommended", "close", "rejected"
std::string kind_name(FindingKind k);  // "not_recommended", "waiver_expired", ...
// "rag is the recommendation (confidence: high)" and the like; with the
// close margin when `rules` is given.
std::string verdict_phrase(const ProposalCheck& p, const RuleSet* rules);
// "reason (owner: x, until 2026-01-01)".
std::string waiver_phrase(const Waiver& w);
// A finding as a diagnostic with its rule, source and waiver under it.
std::string finding_text(const ProposalCheck& p, const Finding& f);

}  // namespace ragft::check_words
