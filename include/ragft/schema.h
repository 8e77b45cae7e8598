// The JSON Schema (draft 2020-12) of profiles and proposals, generated from
// the loaded rules (`ragft schema`), so that editors with a YAML or JSON
// language server validate and complete profiles: choices as enums with their
// labels as descriptions, numeric ranges, fractions as 0..1 numbers or "97%"
// strings, human numbers ("40k") as strings matching a pattern, `x-` keys,
// `approach` and `waivers`. ragft's own loader stays the authority; the schema
// accepts the usual forms of every answer ragft accepts.
#pragma once
#include <nlohmann/json_fwd.hpp>

#include "ragft/ruleset.h"

namespace ragft {

nlohmann::ordered_json profile_schema(const RuleSet& rules);

// The string forms, as ECMA-262 regular expressions (exposed for tests).
extern const char* const kHumanNumberPattern;  // 40000, 40k, 4e4, 40_000, 40,000, 1.5M
extern const char* const kFractionPattern;     // 97%, 0.97, .97, 1
extern const char* const kYesNoPattern;        // yes, no, y, n, true, false (any case)
extern const char* const kDatePattern;         // YYYY-MM-DD

}  // namespace ragft
