// The typed reader of parsed YAML nodes that every file format of ragft
// (rule files and their `cost:` section, profiles, proposals, rule tests)
// reads through: the check of a map's keys ("unknown key 'x' in a rule",
// with a did-you-mean or the allowed keys), getters for texts, numbers,
// yes/no values, maps and lists that report a wrong value with its file,
// line, column and caret, and the one cap on how many diagnostics a file
// (or a rule set, all its layers together) reports.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/diagnostic.h"
#include "ragft/yaml_doc.h"

namespace ragft {

// True for the keys users may add for their own tools: "x-" and a name.
inline bool is_extension_key(std::string_view key) { return key.size() > 2 && key[0] == 'x' && key[1] == '-'; }

}  // namespace ragft

namespace ragft::yaml {

// At most this many diagnostics are shown per file, and per rule set: the
// first ones are what to fix, and each costs a scan of the text for its line
// (docs/limits.md). Readers keep one more, which says that there were more;
// cap_diagnostics() then cuts the list to the cap.
inline constexpr std::size_t kMaxDiagnostics = 50;

// True when `diags` holds more than kMaxDiagnostics: nothing more is kept,
// and readers of many entries stop reading.
inline bool too_many(const std::vector<Diagnostic>& diags) { return diags.size() > kMaxDiagnostics; }

// Keeps the first kMaxDiagnostics of `diags`, followed by "FILE: error: too
// many errors; only the first 50 are shown" when there were more.
void cap_diagnostics(std::vector<Diagnostic>& diags, const std::string& file);

// How a value is named in messages: "'label'", "an option id", or "the
// points for 'rag'", whose text is only put together when there is a
// message to write. It refers to the texts it is made from.
struct What {
  What(const char* t) : text(t) {}
  What(std::string_view t) : text(t) {}
  What(const std::string& t) : text(t) {}
  What(std::string_view prefix, std::string_view quoted_name) : text(prefix), quoted(quoted_name), with_name(true) {}
  std::string str() const;
  std::string_view text, quoted;
  bool with_name = false;
};

// How a map's keys are checked (Reader::known_key).
struct KeyRules {
  // Where the map is, for the message: "a rule" gives "unknown key 'x' in a
  // rule"; empty gives "unknown key 'x'".
  std::string_view where;
  // Keys "x-" and a name are the user's own: allowed, and named in the hint.
  bool extensions = false;
  // A hint for an unknown key that no allowed key is close to, tried before
  // the list of allowed keys ("'x' is a criterion: put it under 'answers:'");
  // "" when it has none.
  std::function<std::string(const std::string& key)> suggest;
};

// Reads the nodes of one text, appending its diagnostics to a list shared
// with other readers (a file's, or a rule set's). Every diagnostic underlines
// its node (underline_length) unless told how many bytes to underline.
class Reader {
 public:
  Reader(const std::string& file, std::string_view text, std::vector<Diagnostic>& out)
      : file_(&file), text_(text), out_(&out) {}

  const std::string& file() const { return *file_; }
  std::string_view text() const { return text_; }
  // Errors reported through this reader, kept or not.
  int errors() const { return errors_; }
  // The shared list is past the cap: a diagnostic now is only counted.
  bool full() const { return too_many(*out_); }

  // A diagnostic at `n` (the whole file when null), or at a position.
  void report(Severity severity, const Node* n, std::string message, std::string hint = {}, int length = 0);
  void report_at(Severity severity, SourcePos pos, std::string message, std::string hint = {}, int length = 1);
  void error(const Node* n, std::string message, std::string hint = {}, int length = 0) {
    report(Severity::error, n, std::move(message), std::move(hint), length);
  }

  // True when `key` (a key node of a map) is one of `allowed` (or an "x-"
  // key the rules allow); else reports "unknown key 'x' in WHERE" with a
  // hint: did you mean the closest allowed key, else rules.suggest's, else
  // "allowed keys: a, b, c" (", and x-... for your own" when allowed).
  bool known_key(const Node& key, const std::vector<std::string>& allowed, const KeyRules& rules);
  // known_key() on every key of `map`, in order.
  void check_keys(const Node& map, const std::vector<std::string>& allowed, const KeyRules& rules);
  void check_keys(const Node& map, const std::vector<std::string>& allowed, std::string_view where) {
    check_keys(map, allowed, KeyRules{where, false, {}});
  }

  // Typed getters: nullopt (or null) for a missing node, without a report,
  // and for a node of another type, with one. `what` names the value:
  // "'label'", "an option id".
  //   text:    "WHAT must be a text, not a map"
  //   number:  also "WHAT must be a number, not 'x'" (parse_human_number)
  //   boolean: also "WHAT must be true or false, not 'x'" (true/yes, false/no)
  //   map:     "WHAT must be a map, not a list" (also for a missing node: "not missing")
  //   list:    "WHAT must be a list, not a map"
  std::optional<std::string> text(const Node* n, const What& what);
  std::optional<double> number(const Node* n, const What& what, std::string hint = {});
  std::optional<bool> boolean(const Node* n, const What& what);
  const Node* map(const Node* n, const What& what, std::string hint = {});
  const Node* list(const Node* n, const What& what, std::string hint = {});

  // The `id` of `item`, an entry of a list of `noun`s ("rule", "tier"):
  // nullopt, reported, when it is missing ("a rule needs an 'id'"), not a
  // text, or not an identifier ("invalid rule id 'X'"; lower-case letters,
  // digits and '_', and '-' too when `dash`). Duplicates are the caller's:
  // what counts as one differs by list.
  std::optional<std::string> item_id(const Node& item, std::string_view noun, bool dash = false);

  // When set, called with every scalar text() is about to return; when it
  // returns false, text() (and number(), boolean()) return nothing: the
  // hook has reported why. The rule loader bounds the texts it copies so.
  std::function<bool(const Node&)> accept_text;

 private:
  const std::string* file_;
  std::string_view text_;
  std::vector<Diagnostic>* out_;
  int errors_ = 0;
};

}  // namespace ragft::yaml
