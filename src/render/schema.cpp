// Generating the JSON Schema of profiles and proposals from the rules.
#include "ragft/schema.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/report.h"

namespace ragft {

// A number as parse_human_number() reads it: optional sign, digits (with
// thousands commas or underscores between digits), an optional fraction and
// exponent, then an optional k/K, M, B or % suffix; blanks around.
const char* const kHumanNumberPattern =
    "^\\s*[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:_\\d+)*)(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*[kKMB%]?\\s*$";
// A fraction as text: a percentage from 0 to 100, or a number from 0 to 1.
const char* const kFractionPattern =
    "^\\s*(?:(?:100(?:\\.0*)?|\\d{1,2}(?:\\.\\d*)?|\\.\\d+)\\s*%|0+(?:\\.\\d*)?|0*\\.\\d+|0*1(?:\\.0*)?)\\s*$";
const char* const kYesNoPattern =
    "^\\s*(?:[Yy](?:[Ee][Ss])?|[Nn][Oo]?|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\\s*$";
const char* const kDatePattern = "^\\d{4}-\\d{2}-\\d{2}$";

namespace {

using json = nlohmann::ordered_json;

std::string describe(const Criterion& c) {
  std::string s = c.question;
  if (!c.hint.empty()) s += "\n\n" + c.hint;
  s += "\n\nAllowed: " + c.allowed() + ".";
  if (!c.unit.empty()) s += " Unit: " + c.unit + ".";
  if (c.default_value) s += " Default: " + format_answer(c, *c.default_value) + ".";
  else if (c.optional) s += " Optional: leave it out when unknown.";
  if (c.ask_when) s += " Applies when: " + c.ask_when->text() + ".";
  return s;
}

json answer_schema(const Criterion& c) {
  json s;
  s["description"] = describe(c);
  json any = json::array();
  switch (c.type) {
    case CriterionType::choice: {
      for (const auto& ch : c.choices) {
        json alt = {{"const", ch.id}};
        if (!ch.label.empty()) alt["description"] = ch.label;
        any.push_back(alt);
      }
      break;
    }
    case CriterionType::yesno:
      any.push_back({{"type", "boolean"}});
      any.push_back({{"type", "string"}, {"pattern", kYesNoPattern}});
      break;
    case CriterionType::fraction:
      any.push_back({{"type", "number"}, {"minimum", 0}, {"maximum", 1}});
      any.push_back({{"type", "string"}, {"pattern", kFractionPattern}});
      break;
    case CriterionType::integer:
    case CriterionType::number: {
      json n = {{"type", c.type == CriterionType::integer ? "integer" : "number"}};
      auto number = [](double d) { return value_json(expr::Value::of_number(d)); };  // 0, not 0.0
      if (c.min) n["minimum"] = number(*c.min);
      if (c.max) n["maximum"] = number(*c.max);
      if (c.above) n["exclusiveMinimum"] = number(*c.above);
      any.push_back(n);
      any.push_back({{"type", "string"}, {"pattern", kHumanNumberPattern}});
      break;
    }
  }
  // A key written with no value is not answered.
  any.push_back({{"type", "null"}});
  s["anyOf"] = any;
  if (c.default_value) s["default"] = value_json(*c.default_value);
  return s;
}

json extension_keys() { return {{"^x-", {{"description", "Your own data: ragft ignores keys that start with x-."}}}}; }

}  // namespace

json profile_schema(const RuleSet& rules) {
  std::string layers;
  for (const auto& l : rules.layers) layers += (layers.empty() ? "" : " + ") + l;
  std::string from = rules.name.empty() ? layers : fmt::format("{}{} ({})", rules.name, rules.version.empty() ? "" : " " + rules.version, layers);

  json answers;
  answers["type"] = "object";
  answers["description"] = "One entry per criterion: the answer as known today. Leave out (or blank) what is unknown.";
  json props = json::object();
  for (const auto& c : rules.criteria) props[c.id] = answer_schema(c);
  answers["properties"] = props;
  answers["patternProperties"] = extension_keys();
  answers["additionalProperties"] = false;

  json approach;
  approach["description"] = "For a proposal: the option the team intends to build. `ragft check` tests it against the answers.";
  json options = json::array();
  for (const auto& o : rules.options) {
    json alt = {{"const", o.id}, {"title", o.label}};
    if (!o.description.empty()) alt["description"] = o.description;
    options.push_back(alt);
  }
  approach["oneOf"] = options;

  json rule_ids = json::array();
  for (const auto& r : rules.rules) {
    json alt = {{"const", r.id}};
    std::string d = r.effect_summary() + ": " + r.text;
    alt["description"] = d;
    rule_ids.push_back(alt);
  }
  json waiver = {
      {"type", "object"},
      {"description", "Accepts the findings of one rule for this proposal, for a reason, optionally until a date."},
      {"properties",
       {{"rule", {{"description", "The id of the rule whose findings are accepted."}, {"oneOf", rule_ids}}},
        {"reason", {{"type", "string"}, {"pattern", "\\S"}, {"description", "Why the team accepts the finding (required)."}}},
        {"owner", {{"type", "string"}, {"description", "Who answers for the waiver."}}},
        {"expires",
         {{"type", "string"},
          {"format", "date"},
          {"pattern", kDatePattern},
          {"description", "YYYY-MM-DD: the last day the waiver applies; after it, the findings count again."}}}}},
      {"required", {"rule", "reason"}},
      {"patternProperties", extension_keys()},
      {"additionalProperties", false}};

  json s;
  s["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  s["title"] = "ragft profile or proposal";
  s["description"] = fmt::format(
      "A project profile for ragft (prompt engineering, RAG, fine-tuning or both?); with 'approach', a proposal "
      "for 'ragft check'. Generated by 'ragft schema' from the rules: {}.",
      from);
  s["type"] = "object";
  s["properties"] = {
      {"project", {{"type", {"string", "number", "null"}}, {"description", "The project's name, free text."}}},
      {"description", {{"type", {"string", "number", "null"}}, {"description", "One line on what it does, free text."}}},
      {"answers", answers},
      {"approach", approach},
      {"waivers",
       {{"type", {"array", "null"}},
        {"description", "For a proposal: findings of `ragft check` the team accepts, one rule each."},
        {"items", waiver}}}};
  s["required"] = {"answers"};
  s["dependentRequired"] = {{"waivers", {"approach"}}};
  s["patternProperties"] = extension_keys();
  s["additionalProperties"] = false;
  return s;
}

}  // namespace ragft
