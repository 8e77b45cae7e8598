// Serializing a profile to YAML that reads back to the same answers.
#include "ragft/profile_writer.h"
#include "ragft/safe_text.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ragft {

namespace {

// A YAML double-quoted scalar (JSON string syntax is valid YAML).
std::string quoted(const std::string& s) { return json_text(nlohmann::json(s)); }

// Words other YAML readers take for null or booleans; quoted to stay text.
bool yaml_special(std::string_view s) {
  std::string l = ascii_lower(s);
  static const char* words[] = {"null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"};
  return std::any_of(std::begin(words), std::end(words), [&](const char* w) { return l == w; });
}

bool plain_word(std::string_view s) {
  if (s.empty() || !std::islower(static_cast<unsigned char>(s.front()))) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) {
           return std::islower(static_cast<unsigned char>(ch)) || std::isdigit(static_cast<unsigned char>(ch)) || ch == '_';
         }) &&
         !yaml_special(s);
}

// One line of comment text: line breaks become spaces.
std::string one_line(std::string_view s) {
  std::string out;
  for (char ch : s) out += (ch == '\n' || ch == '\r') ? ' ' : ch;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string profile_scalar(const Criterion& c, const expr::Value& v) {
  (void)c;
  switch (v.kind) {
    case expr::Value::Kind::number: return fmt::format("{}", v.number);
    case expr::Value::Kind::boolean: return v.boolean ? "yes" : "no";
    case expr::Value::Kind::text: return plain_word(v.text) ? v.text : quoted(v.text);
    case expr::Value::Kind::missing: return "";
    case expr::Value::Kind::list: return quoted(v.to_string());
  }
  return "";
}

std::string write_profile(const Profile& profile, const RuleSet& rules, const ProfileWriteOptions& options) {
  std::string layers;
  for (const auto& l : rules.layers) layers += (layers.empty() ? "" : " + ") + l;
  std::string out;
  out += fmt::format("# Project profile written by `{}`{}.\n", options.written_by,
                     options.date.empty() ? "" : " on " + options.date);
  out += fmt::format("# Rules: {}{} (layers: {}).\n", rules.name.empty() ? "unnamed rules" : one_line(rules.name),
                     rules.version.empty() ? "" : ", version " + one_line(rules.version), one_line(layers));
  out += fmt::format("# Score it with `ragft score {}` (and the same --rules files, if any).\n",
                     options.file.empty() ? "FILE" : options.file);
  if (!profile.project.empty()) out += "project: " + quoted(profile.project) + "\n";
  if (!profile.description.empty()) out += "description: " + quoted(profile.description) + "\n";
  if (profile.approach) out += "approach: " + *profile.approach + "\n";
  out += "answers:";
  bool any = false;
  for (const auto& c : rules.criteria) {
    auto it = profile.answers.find(c.id);
    bool skipped = std::find(options.skipped.begin(), options.skipped.end(), c.id) != options.skipped.end();
    if (it == profile.answers.end() && !skipped) continue;
    if (!any) out += "\n";
    any = true;
    if (!c.question.empty()) out += "  # " + one_line(c.question) + "\n";
    if (it != profile.answers.end())
      out += fmt::format("  {}: {}\n", c.id, profile_scalar(c, it->second.value));
    else
      out += fmt::format("  {}:  # not sure: left unanswered\n", c.id);
  }
  if (!any) out += " {}\n";
  return out;
}

}  // namespace ragft
