// Writing the commented profile, proposal and ADR templates of `ragft init`.
#include "ragft/profile_template.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ragft {

namespace {

// --minimal: the core questions, and any other that has neither a default
// nor 'optional' (leaving it out would leave it unanswered).
bool in_template(const Criterion& c, const TemplateOptions& options) {
  return !options.minimal || c.group == "core" || (!c.default_value && !c.optional);
}

// One line of comment text: line breaks become spaces.
std::string one_line(std::string_view s) {
  std::string out;
  for (char ch : s) out += (ch == '\n' || ch == '\r') ? ' ' : ch;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// `proposal`: mark the answers `ragft check` needs (check.h, missing_answers).
void criterion_block(std::string& out, const Criterion& c, bool proposal) {
  out += fmt::format("  # {}\n", one_line(c.question));
  if (!c.hint.empty()) out += fmt::format("  # {}\n", one_line(c.hint));
  if (c.type == CriterionType::choice) {
    std::size_t width = 0;
    for (const auto& ch : c.choices) width = std::max(width, ch.id.size());
    out += "  # One of:\n";
    for (const auto& ch : c.choices)
      out += fmt::format("  #   {:<{}}  {}\n", ch.id, width, one_line(ch.label));
  } else {
    out += fmt::format("  # {}{}.\n", capitalized(c.allowed()), c.unit.empty() ? "" : " (" + c.unit + ")");
  }
  if (c.ask_when) out += fmt::format("  # Applies when: {}\n", c.ask_when->text());
  std::string note;
  if (proposal && (c.id == "problem" || (!c.default_value && !c.optional)))
    note = c.ask_when ? "needed when it applies: 'ragft check' fails without it" : "needed: 'ragft check' fails without it";
  else if (c.default_value) note = "default: " + format_answer(c, *c.default_value);
  else if (c.optional) note = "optional: leave blank when unknown";
  out += fmt::format("  {}:{}\n\n", c.id, note.empty() ? "" : "    # " + note);
}

std::string indented(const std::string& text, std::string_view prefix) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    out += line.empty() ? std::string() : std::string(prefix) + std::string(line);
    out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string profile_template(const RuleSet& rules, const TemplateOptions& options) {
  bool proposal = options.proposal || options.adr;
  std::string layers;
  for (const auto& l : rules.layers) layers += (layers.empty() ? "" : " + ") + l;
  std::string from = rules.name.empty() ? layers
                                        : fmt::format("{}{} ({})", rules.name,
                                                      rules.version.empty() ? "" : " " + rules.version, layers);

  // The proposal or profile itself, at the top level; an ADR indents it.
  std::string body;
  body += "project:        # the project's name\n";
  body += "description:    # one line on what it does\n\n";
  if (proposal && !rules.options.empty()) {
    std::size_t width = 0;
    for (const auto& o : rules.options) width = std::max(width, o.id.size());
    body += "# The option the team intends to build; 'ragft check' tests it against the answers.\n";
    for (const auto& o : rules.options) body += fmt::format("#   {:<{}}  {}\n", o.id, width, one_line(o.label));
    body += fmt::format("approach: {}\n\n", rules.options.front().id);
  }
  body += "answers:\n";
  auto listed = [&](const Criterion& c) { return in_template(c, options); };
  std::size_t left_out = 0;
  for (const char* group : {"core", "cost"}) {
    bool any = std::any_of(rules.criteria.begin(), rules.criteria.end(),
                           [&](const Criterion& c) { return c.group == group && listed(c); });
    if (!any) continue;
    if (std::string_view(group) == "cost")
      body += "  # --- Cost inputs ('ragft cost'): leave blank to use the defaults ---\n\n";
    for (const auto& c : rules.criteria)
      if (c.group == group && listed(c)) criterion_block(body, c, proposal);
  }
  // Criteria of any other group, in question order.
  for (const auto& c : rules.criteria)
    if (c.group != "core" && c.group != "cost" && listed(c)) criterion_block(body, c, proposal);
  for (const auto& c : rules.criteria) left_out += listed(c) ? 0 : 1;
  while (body.size() > 1 && body[body.size() - 2] == '\n') body.pop_back();

  if (proposal) {
    const Rule* example = nullptr;
    for (const auto& r : rules.rules)
      if (r.enabled && r.warn && *r.warn != Severity::info) {
        example = &r;
        break;
      }
    body += "\n# Findings of 'ragft check' the team accepts, one rule each ('ragft rules show'\n";
    body += "# lists the ids). 'reason' is required; 'owner' and 'expires' (YYYY-MM-DD, the\n";
    body += "# last day it applies) are optional. A waived finding is shown, never hidden.\n";
    body += "# waivers:\n";
    body += fmt::format("#   - rule: {}\n", example ? example->id : "rule-id");
    body += "#     reason: why the team accepts this finding\n";
    body += "#     owner: the team that answers for it\n";
    body += "#     expires: 2027-12-31\n";
  }

  std::string minimal_note;
  if (left_out > 0)
    minimal_note = fmt::format("# Only the core questions: {} more (cost inputs and the like) keep their\n"
                               "# defaults; 'ragft init' without --minimal lists them all.\n",
                               left_out);
  std::string head;
  if (options.adr) {
    std::string out = "---\n";
    out += "# An architecture decision record. 'ragft check' reads the proposal under\n";
    out += "# 'ragft:'; the other keys belong to the ADR. A status of rejected,\n";
    out += "# superseded or deprecated makes 'ragft check' skip it. Answers marked\n";
    out += "# 'needed' must be given: 'ragft check' fails a proposal that leaves one out.\n";
    out += fmt::format("# Generated by 'ragft init' from the rules: {}.\n", from);
    out += minimal_note;
    out += "title:\nstatus: proposed\nragft:\n";
    out += indented(body, "  ");
    out += "---\n";
    out += "# Title of the decision\n\n## Context\n\nWhat the project needs and what is known about it.\n\n";
    out += "## Decision\n\nWhat the team will build, and why.\n\n## Consequences\n\nWhat follows, good and bad.\n";
    return out;
  }
  head += proposal ? "# A ragft proposal: what the team intends to build, and the facts it rests on.\n"
                   : "# A ragft profile: one project's answers.\n";
  head += fmt::format("# Generated by 'ragft init' from the rules: {}.\n", from);
  head += "#\n";
  head += "# Answer what you know and leave the rest blank: a blank answer counts as not\n";
  head += "# answered, and the default is assumed where there is one. Numbers accept\n";
  head += "# 40000, 40k or 4e4; fractions 0.97 or 97%; yes/no questions yes or no.\n";
  head += proposal ? "# Answers marked 'needed' must be given: 'ragft check' fails a proposal\n"
                     "# that leaves one out.\n"
                     "# Check it:   ragft check FILE    (exit 1 when the approach does not hold up)\n"
                   : "# Score it:   ragft score FILE\n# Explain it: ragft explain FILE\n";
  head += minimal_note;
  head += "# Editors: 'ragft schema' prints a JSON Schema for this file (see docs/ci.md).\n\n";
  return head + body;
}

}  // namespace ragft

namespace ragft {

std::string profile_template_json(const RuleSet& rules, const TemplateOptions& options) {
  // JSON has no comments: every answer is null, which reads as not answered
  // (the default is assumed where there is one), as a blank YAML answer does.
  nlohmann::ordered_json j;
  j["project"] = nullptr;
  j["description"] = nullptr;
  if (options.proposal && !rules.options.empty()) j["approach"] = rules.options.front().id;
  nlohmann::ordered_json answers = nlohmann::ordered_json::object();
  for (const char* group : {"core", "cost"})
    for (const auto& c : rules.criteria)
      if (c.group == group && in_template(c, options)) answers[c.id] = nullptr;
  for (const auto& c : rules.criteria)
    if (c.group != "core" && c.group != "cost" && in_template(c, options)) answers[c.id] = nullptr;
  j["answers"] = answers;
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace ragft
