// Reading profiles: the top-level keys, the answers and their values.
#include "ragft/profile.h"

#include <algorithm>

#include <fmt/format.h>

#include "ragft/yaml_doc.h"
#include "ragft/yaml_reader.h"

namespace ragft {

namespace {

const std::vector<std::string> kTopKeys = {"project", "description", "answers", "approach", "waivers"};

class DocumentReader {
 public:
  DocumentReader(std::string_view text, const std::string& file, const RuleSet& rules, std::vector<Diagnostic>& errors)
      : text_(text), file_(file), rules_(rules), errors_(errors), reader_(file, text, errors) {}

  std::optional<Profile> read(const yaml::Document& doc, int index) {
    const yaml::Node& root = *doc.root;
    Profile p;
    p.file = file_;
    p.document = index;
    p.start = doc.start;
    std::size_t before = errors_.size();
    if (!root.is_map()) {
      error(&root, fmt::format("a profile must be a map, not {}", root.kind_name()),
            "write 'answers:' with one 'criterion: value' per line (see 'ragft init')");
      return std::nullopt;
    }
    const yaml::KeyRules top_rules{"", true, [this](const std::string& key) {
                                     return rules_.criterion(key)
                                                ? fmt::format("'{}' is a criterion: put it under 'answers:'", key)
                                                : std::string();
                                   }};
    for (const auto& [k, v] : root.entries) {
      if (yaml::too_many(errors_)) break;
      const std::string& key = k->value;
      if (!reader_.known_key(*k, kTopKeys, top_rules) || is_extension_key(key)) continue;
      if (key == "project" || key == "description") {
        if (!v->is_scalar() && !v->is_null()) {
          error(v.get(), fmt::format("'{}' must be a text, not {}", key, v->kind_name()));
          continue;
        }
        (key == "project" ? p.project : p.description) = v->value;
      } else if (key == "approach") {
        read_approach(p, *v);
      } else if (key == "waivers") {
        // A proposal's waivers concern `ragft check`, which reads them (proposal.cpp).
      } else if (key == "answers") {
        p.answers = read_answer_map(*v, text_, file_, rules_, errors_, &p.blank, &p.blank_pos);
        p.answers_pos = k->pos;
      }
    }
    if (!root.get("answers") && errors_.size() == before)
      error(&root, "a profile needs 'answers:'", "add 'answers:' with one 'criterion: value' per line");
    if (errors_.size() != before) return std::nullopt;
    return p;
  }

 private:
  std::string_view text_;
  const std::string& file_;
  const RuleSet& rules_;
  std::vector<Diagnostic>& errors_;
  yaml::Reader reader_;

  void error(const yaml::Node* n, std::string msg, std::string hint = {}) { reader_.error(n, std::move(msg), std::move(hint)); }

  void read_approach(Profile& p, const yaml::Node& v) {
    if (!v.is_scalar()) {
      error(&v, fmt::format("'approach' must be an option id, not {}", v.kind_name()));
      return;
    }
    if (rules_.option_index(v.value) < 0) {
      std::string hint = did_you_mean(v.value, rules_.option_ids());
      std::string list;
      for (const auto& o : rules_.options) list += (list.empty() ? "" : ", ") + o.id;
      error(&v, fmt::format("unknown approach '{}'", v.value),
            hint.empty() ? "expected one of: " + list : hint + " expected one of: " + list);
      return;
    }
    p.approach = v.value;
    p.approach_pos = v.pos;
  }

};

}  // namespace

std::map<std::string, Answer> read_answer_map(const yaml::Node& answers, std::string_view text,
                                              const std::string& file, const RuleSet& rules,
                                              std::vector<Diagnostic>& errors, std::vector<std::string>* blank,
                                              std::vector<SourcePos>* blank_pos) {
  std::map<std::string, Answer> out;
  yaml::Reader reader(file, text, errors);
  auto error = [&](const yaml::Node* n, std::string msg, std::string hint = {}) {
    reader.error(n, std::move(msg), std::move(hint));
  };
  if (answers.is_null()) return out;
  if (!answers.is_map()) {
    error(&answers, fmt::format("'answers' must be a map of criterion: value, not {}", answers.kind_name()));
    return out;
  }
  for (const auto& [k, v] : answers.entries) {
    if (yaml::too_many(errors)) break;
    const std::string& id = k->value;
    if (is_extension_key(id)) continue;
    const Criterion* c = rules.criterion(id);
    if (!c) {
      std::string hint = did_you_mean(id, rules.criterion_ids());
      if (hint.empty()) hint = "run 'ragft rules show' for the criteria";
      error(k.get(), fmt::format("unknown answer '{}'", id), hint);
      continue;
    }
    if (v->is_null()) {  // written but left blank: not answered
      if (blank) blank->push_back(id);
      if (blank_pos) blank_pos->push_back(k->pos);
      continue;
    }
    if (!v->is_scalar()) {
      error(v.get(), fmt::format("'{}' must be {}, not {}", id, c->allowed(), v->kind_name()));
      continue;
    }
    ParsedAnswer parsed = parse_answer(*c, v->value);
    if (!parsed.value) {
      error(v.get(), parsed.error, parsed.hint);
      continue;
    }
    out[id] = Answer{*parsed.value, v->pos};
  }
  return out;
}

std::optional<Profile> read_profile(const yaml::Node& root, std::string_view text, const std::string& file,
                                    const RuleSet& rules, int document, SourcePos start,
                                    std::vector<Diagnostic>& errors) {
  DocumentReader reader(text, file, rules, errors);
  // A non-owning pointer (aliasing constructor): the caller keeps the tree.
  return reader.read(yaml::Document{yaml::NodePtr(yaml::NodePtr(), &root), start}, document);
}

void read_documents(const yaml::ParseResult& parsed, std::string_view text, const std::string& file,
                    std::string_view what, std::string_view hint, std::vector<Diagnostic>& errors,
                    const std::function<void(const yaml::Document&, int index)>& read) {
  std::string nothing = fmt::format("the file holds no {}", what);
  // Empty documents (a stray '---') are skipped while another document holds
  // something; a file of nothing but empty documents holds nothing (unless
  // it did not parse: then the parse error says what is wrong).
  bool any = !parsed.errors.empty() ||
             std::any_of(parsed.documents.begin(), parsed.documents.end(),
                         [](const yaml::Document& d) { return !d.root->is_null(); });
  int index = 0;
  for (const auto& doc : parsed.documents) {
    if (yaml::too_many(errors)) break;
    if (doc.root->is_null() && any) {
      ++index;
      continue;
    }
    if (doc.root->is_null()) {
      errors.push_back(make_diagnostic(file, text, doc.start, nothing, std::string(hint)));
      break;
    }
    read(doc, index);
    ++index;
  }
  if (parsed.documents.empty() && parsed.errors.empty())
    errors.push_back(make_diagnostic(file, text, SourcePos{}, nothing, std::string(hint)));
  for (const auto& e : parsed.errors) errors.push_back(e);
  yaml::cap_diagnostics(errors, file);
}

ProfileLoad load_profiles(std::string_view text, const std::string& file, const RuleSet& rules,
                          const ProfileLimits& limits) {
  ProfileLoad out;
  yaml::Limits yl;
  yl.max_bytes = limits.max_bytes;
  yaml::ParseResult parsed = yaml::parse_yaml(text, file, yl);
  DocumentReader reader(text, file, rules, out.errors);
  read_documents(parsed, text, file, "profile", "write 'answers:' with one 'criterion: value' per line (see 'ragft init')",
                 out.errors, [&](const yaml::Document& doc, int index) {
                   if (auto p = reader.read(doc, index)) out.profiles.push_back(std::move(*p));
                 });
  return out;
}

std::optional<std::pair<std::string, expr::Value>> parse_set(const RuleSet& rules, std::string_view arg,
                                                             Diagnostic& err) {
  err = Diagnostic{};
  err.file = "--set";
  std::size_t eq = arg.find('=');
  if (eq == std::string_view::npos) {
    err.message = fmt::format("'{}' is not of the form criterion=value", arg);
    err.hint = "for example --set labeled_examples=2000";
    return std::nullopt;
  }
  std::string id(arg.substr(0, eq));
  const Criterion* c = rules.criterion(id);
  if (!c) {
    err.message = fmt::format("unknown criterion '{}'", id);
    err.hint = did_you_mean(id, rules.criterion_ids());
    return std::nullopt;
  }
  ParsedAnswer parsed = parse_answer(*c, arg.substr(eq + 1));
  if (!parsed.value) {
    err.message = parsed.error;
    err.hint = parsed.hint;
    return std::nullopt;
  }
  return std::make_pair(id, *parsed.value);
}

}  // namespace ragft
