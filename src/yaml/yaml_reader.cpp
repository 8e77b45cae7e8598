// The typed node reader (ragft/yaml_reader.h): the unknown-key check, the
// typed getters and the cap on diagnostics shared by every reader.
#include "ragft/yaml_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "ragft/lexical.h"

namespace ragft::yaml {

void cap_diagnostics(std::vector<Diagnostic>& diags, const std::string& file) {
  if (!too_many(diags)) return;
  diags.resize(kMaxDiagnostics);
  Diagnostic more;
  more.file = file;
  more.message = fmt::format("too many errors; only the first {} are shown", kMaxDiagnostics);
  more.hint = "fix these and run again";
  diags.push_back(std::move(more));
}

std::string What::str() const { return with_name ? fmt::format("{}'{}'", text, quoted) : std::string(text); }

void Reader::report(Severity severity, const Node* n, std::string message, std::string hint, int length) {
  if (severity == Severity::error) ++errors_;
  if (full()) return;
  Diagnostic d = make_diagnostic(*file_, text_, n ? n->pos : SourcePos{}, std::move(message), std::move(hint),
                                 length > 0 ? length : underline_length(n));
  d.severity = severity;
  out_->push_back(std::move(d));
}

void Reader::report_at(Severity severity, SourcePos pos, std::string message, std::string hint, int length) {
  if (severity == Severity::error) ++errors_;
  if (full()) return;
  Diagnostic d = make_diagnostic(*file_, text_, pos, std::move(message), std::move(hint), length);
  d.severity = severity;
  out_->push_back(std::move(d));
}

bool Reader::known_key(const Node& key, const std::vector<std::string>& allowed, const KeyRules& rules) {
  const std::string& k = key.value;
  if (rules.extensions && is_extension_key(k)) return true;
  if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) return true;
  if (full()) {  // counted, and no hint to work out
    ++errors_;
    return false;
  }
  std::string hint = did_you_mean(k, allowed);
  if (hint.empty() && rules.suggest) hint = rules.suggest(k);
  if (hint.empty()) {
    hint = "allowed keys: ";
    for (std::size_t i = 0; i < allowed.size(); ++i) hint += (i ? ", " : "") + allowed[i];
    if (rules.extensions) hint += ", and x-... for your own";
  }
  error(&key, rules.where.empty() ? fmt::format("unknown key '{}'", k) : fmt::format("unknown key '{}' in {}", k, rules.where),
        std::move(hint));
  return false;
}

void Reader::check_keys(const Node& map, const std::vector<std::string>& allowed, const KeyRules& rules) {
  for (const auto& [k, v] : map.entries) known_key(*k, allowed, rules);
}

std::optional<std::string> Reader::item_id(const Node& item, std::string_view noun, bool dash) {
  const std::string_view article = noun.find_first_of("aeiou") == 0 ? "an" : "a";
  const Node* idn = item.get("id");
  if (!idn) {
    error(&item, fmt::format("{} {} needs an 'id'", article, noun));
    return std::nullopt;
  }
  auto id = text(idn, fmt::format("{} {} id", article, noun));
  if (!id) return std::nullopt;
  if (!is_identifier(*id, dash)) {
    error(idn, fmt::format("invalid {} id '{}'", noun, *id),
          dash ? "ids are lower-case letters, digits, '_' and '-'" : "ids are lower-case letters, digits and '_'");
    return std::nullopt;
  }
  return id;
}

std::optional<std::string> Reader::text(const Node* n, const What& what) {
  if (!n) return std::nullopt;
  if (!n->is_scalar()) {
    error(n, fmt::format("{} must be a text, not {}", what.str(), n->kind_name()));
    return std::nullopt;
  }
  if (accept_text && !accept_text(*n)) return std::nullopt;
  return n->value;
}

std::optional<double> Reader::number(const Node* n, const What& what, std::string hint) {
  auto s = text(n, what);
  if (!s) return std::nullopt;
  auto v = parse_human_number(*s);
  if (!v) error(n, fmt::format("{} must be a number, not '{}'", what.str(), *s), std::move(hint));
  return v;
}

std::optional<bool> Reader::boolean(const Node* n, const What& what) {
  auto s = text(n, what);
  if (!s) return std::nullopt;
  if (*s == "true" || *s == "yes") return true;
  if (*s == "false" || *s == "no") return false;
  error(n, fmt::format("{} must be true or false, not '{}'", what.str(), *s));
  return std::nullopt;
}

const Node* Reader::map(const Node* n, const What& what, std::string hint) {
  if (n && n->is_map()) return n;
  error(n, fmt::format("{} must be a map, not {}", what.str(), n ? n->kind_name() : "missing"), std::move(hint));
  return nullptr;
}

const Node* Reader::list(const Node* n, const What& what, std::string hint) {
  if (n && n->is_seq()) return n;
  error(n, fmt::format("{} must be a list, not {}", what.str(), n ? n->kind_name() : "missing"), std::move(hint));
  return nullptr;
}

}  // namespace ragft::yaml
