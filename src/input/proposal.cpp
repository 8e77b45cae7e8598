// Reading proposals: YAML proposal files, the front matter of Markdown ADRs
// (fences, byte-order mark, line ends, closed statuses), and waivers.
#include "ragft/proposal.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "ragft/safe_text.h"
#include "ragft/yaml_doc.h"
#include "ragft/yaml_reader.h"

namespace ragft {

std::string Date::str() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t n) -> std::optional<int> {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  auto y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (!y || !m || !d || *y < 1900 || *m < 1 || *m > 12 || *d < 1) return std::nullopt;
  bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int days = kDays[*m - 1] + (*m == 2 && leap ? 1 : 0);
  if (*d > days) return std::nullopt;
  return Date{*y, *m, *d};
}

bool is_markdown_file(std::string_view file) {
  auto ends = [&](std::string_view ext) {
    if (file.size() < ext.size()) return false;
    return ascii_lower(file.substr(file.size() - ext.size())) == ext;
  };
  return ends(".md") || ends(".markdown");
}

namespace {

const std::vector<std::string> kWaiverKeys = {"rule", "reason", "owner", "expires"};
const char* kProposalHint = "a proposal is a profile with 'approach:' and 'answers:' (see 'ragft init --proposal')";

class ProposalReader {
 public:
  ProposalReader(std::string_view text, const std::string& file, const RuleSet& rules, ProposalLoad& out)
      : text_(text), file_(file), rules_(rules), out_(out), reader_(file, text, out.errors) {}

  // Reads the proposal at `root` (a YAML document, or the `ragft` key of an
  // ADR, which is then `anchor`, where a missing `approach` is reported).
  // `file_text` is the whole file, for the lines findings show.
  void read(const yaml::Node& root, int document, SourcePos start, std::string_view file_text,
            const yaml::Node* anchor = nullptr) {
    std::size_t before = out_.errors.size();
    std::optional<Profile> profile = read_profile(root, text_, file_, rules_, document, start, out_.errors);
    std::vector<Waiver> waivers;
    if (root.is_map()) {
      if (const yaml::Node* w = root.get("waivers")) waivers = read_waivers(*w);
      if (!root.get("approach") && profile) {
        std::string options;
        for (const auto& o : rules_.options) options += (options.empty() ? "" : ", ") + o.id;
        error(anchor ? anchor : &root, "a proposal needs 'approach:', the option the team intends to build",
              fmt::format("add 'approach: <option>' with one of: {}", options));
      }
    }
    if (out_.errors.size() != before || !profile) return;
    Proposal p;
    p.profile = std::move(*profile);
    p.waivers = std::move(waivers);
    if (!lines_) lines_ = std::make_shared<const LineTable>(std::string(file_text));
    p.lines = lines_;
    p.approach_line = lines_->line(p.profile.approach_pos.line);
    for (auto& w : p.waivers) w.source_line = lines_->line(w.pos.line);
    out_.proposals.push_back(std::move(p));
  }

 private:
  std::string_view text_;
  const std::string& file_;
  const RuleSet& rules_;
  ProposalLoad& out_;
  std::shared_ptr<const LineTable> lines_;  // of the whole file, made on the first proposal
  yaml::Reader reader_;

  void error(const yaml::Node* n, std::string msg, std::string hint = {}) { reader_.error(n, std::move(msg), std::move(hint)); }

  std::vector<Waiver> read_waivers(const yaml::Node& list) {
    std::vector<Waiver> out;
    if (list.is_null()) return out;
    if (!reader_.list(&list, "'waivers'",
                      "write one '- rule: ...' item per waiver, with 'reason:' (and optionally 'owner:' and 'expires:')"))
      return out;
    std::vector<std::string> rule_ids;
    for (const auto& r : rules_.rules) rule_ids.push_back(r.id);
    for (const auto& item : list.items) {
      if (yaml::too_many(out_.errors)) break;
      if (!reader_.map(item.get(), "a waiver", "write 'rule:' and 'reason:' (and optionally 'owner:' and 'expires:')"))
        continue;
      std::size_t before = out_.errors.size();
      Waiver w;
      const yaml::Node* rule = nullptr;
      for (const auto& [k, v] : item->entries) {
        const std::string& key = k->value;
        if (!reader_.known_key(*k, kWaiverKeys, {"a waiver", true, {}}) || is_extension_key(key)) continue;
        if (!reader_.text(v.get(), fmt::format("'{}'", key))) continue;
        if (key == "rule") {
          rule = v.get();
          w.rule = v->value;
          w.pos = v->pos;
          w.length = yaml::underline_length(v.get());
          if (std::find(rule_ids.begin(), rule_ids.end(), w.rule) == rule_ids.end()) {
            std::string hint = did_you_mean(w.rule, rule_ids);
            error(v.get(), fmt::format("the waiver names unknown rule '{}'", w.rule),
                  hint.empty() ? "run 'ragft rules show' for the rule ids" : hint);
          }
        } else if (key == "reason") {
          w.reason = v->value;
        } else if (key == "owner") {
          w.owner = v->value;
        } else if (key == "expires") {
          w.expires = parse_date(v->value);
          if (!w.expires)
            error(v.get(), fmt::format("'{}' is not a date", v->value), "write the date as YYYY-MM-DD, e.g. 2027-03-31");
        }
      }
      if (!rule) {
        error(item.get(), "a waiver needs 'rule:', the id of the rule it waives", "run 'ragft rules show' for the rule ids");
      } else if (std::all_of(w.reason.begin(), w.reason.end(), [](unsigned char c) { return std::isspace(c); })) {
        error(rule, fmt::format("the waiver of '{}' has no reason", w.rule),
              "add 'reason:' saying why the team accepts this finding");
      }
      if (out_.errors.size() != before) continue;
      auto dup = std::find_if(out.begin(), out.end(), [&](const Waiver& x) { return x.rule == w.rule; });
      if (dup != out.end()) {
        error(rule, fmt::format("a second waiver of '{}' (the first is at line {})", w.rule, dup->pos.line),
              "keep one waiver per rule");
        continue;
      }
      out.push_back(std::move(w));
    }
    return out;
  }
};

// One line of a text: [start, end) is its content, next is where the
// following line starts. Line ends as line_of(): \n, \r\n, lone \r.
struct Line {
  std::size_t start, end, next;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t i = text.find_first_of("\r\n", start);
    if (i == std::string_view::npos) {
      lines.push_back({start, text.size(), text.size()});
      break;
    }
    std::size_t next = i + 1;
    if (text[i] == '\r' && next < text.size() && text[next] == '\n') ++next;
    lines.push_back({start, i, next});
    start = next;
  }
  return lines;
}

// A fence line: exactly `fence`, with trailing blanks allowed.
bool is_fence(std::string_view line, std::string_view fence) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == fence;
}

// A front-matter key that is almost `ragft`: another case, one letter off, or
// two letters swapped. Such a key is a typo, never an ADR's own key.
bool near_ragft(const std::string& key) {
  static const std::string kKey = "ragft";
  std::string k = ascii_lower(key);
  if (k == kKey) return true;
  if (k.size() == kKey.size()) {
    std::vector<std::size_t> diff;
    for (std::size_t i = 0; i < k.size(); ++i)
      if (k[i] != kKey[i]) diff.push_back(i);
    if (diff.size() == 1) return true;
    if (diff.size() == 2 && diff[1] == diff[0] + 1 && k[diff[0]] == kKey[diff[1]] && k[diff[1]] == kKey[diff[0]])
      return true;
    return false;
  }
  // One letter more or less.
  const std::string& longer = k.size() > kKey.size() ? k : kKey;
  const std::string& shorter = k.size() > kKey.size() ? kKey : k;
  if (longer.size() != shorter.size() + 1) return false;
  for (std::size_t i = 0; i < longer.size(); ++i)
    if (longer.substr(0, i) + longer.substr(i + 1) == shorter) return true;
  return false;
}

}  // namespace

ProposalLoad load_proposal_yaml(std::string_view text, const std::string& file, const RuleSet& rules) {
  ProposalLoad out;
  yaml::Limits yl;
  yl.max_bytes = ProfileLimits{}.max_bytes;
  yaml::ParseResult parsed = yaml::parse_yaml(text, file, yl);
  ProposalReader reader(text, file, rules, out);
  read_documents(parsed, text, file, "proposal", kProposalHint, out.errors,
                 [&](const yaml::Document& doc, int index) { reader.read(*doc.root, index, doc.start, text); });
  return out;
}

namespace {

// The proposal in an ADR's front matter: the front matter as its own YAML
// text (positions as in the Markdown file), parsed, and its `ragft` key.
struct AdrProposal {
  std::string yaml_text;
  yaml::ParseResult parsed;
  const yaml::Node* key = nullptr;       // the `ragft` key
  const yaml::Node* proposal = nullptr;  // its value
};

// Finds the `ragft` proposal of a Markdown ADR; null when there is none, with
// the reason in `skipped` or the problem in `errors`.
std::unique_ptr<AdrProposal> find_adr_proposal(std::string_view text, const std::string& file,
                                               std::vector<Skip>& skipped, std::vector<Diagnostic>& errors) {
  std::vector<Line> lines = split_lines(text);
  std::size_t bom = 0;
  while (text.substr(bom, 3) == "\xEF\xBB\xBF") bom += 3;
  auto content = [&](const Line& l) { return text.substr(l.start, l.end - l.start); };
  if (lines.empty() || !is_fence(content(lines[0]).substr(std::min(bom, lines[0].end - lines[0].start)), "---")) {
    skipped.push_back({file, "no front matter: an ADR holds its proposal in front matter under 'ragft:'"});
    return nullptr;
  }
  std::size_t close = 0;
  for (std::size_t i = 1; i < lines.size() && close == 0; ++i)
    if (is_fence(content(lines[i]), "---") || is_fence(content(lines[i]), "...")) close = i;
  if (close == 0) {
    errors.push_back(make_diagnostic(file, text, SourcePos{1, 1}, "the front matter opened here is never closed",
                                     "end it with a line holding only '---'", 3));
    return nullptr;
  }
  // The front matter as its own YAML text, with the opening fence replaced by
  // an empty line: every position in it is then a position in the Markdown
  // file, and so is every line a diagnostic shows.
  auto adr = std::make_unique<AdrProposal>();
  // Built in a local first: GCC 12 at -O3 warns (-Wrestrict, a false
  // positive) on assigning a literal to the member and appending to it.
  std::string front(1, '\n');
  front.append(text.substr(lines[1].start, lines[close].start - lines[1].start));
  adr->yaml_text = std::move(front);
  const std::string& yaml_text = adr->yaml_text;
  yaml::Limits yl;
  yl.max_bytes = ProfileLimits{}.max_bytes;
  adr->parsed = yaml::parse_yaml(yaml_text, file, yl);
  if (!adr->parsed.ok()) {
    for (auto& e : adr->parsed.errors) errors.push_back(std::move(e));
    return nullptr;
  }
  if (adr->parsed.documents.empty() || adr->parsed.documents.front().root->is_null()) {
    skipped.push_back({file, "the front matter is empty"});
    return nullptr;
  }
  const yaml::Node& root = *adr->parsed.documents.front().root;
  if (!root.is_map()) {
    errors.push_back(make_diagnostic(file, yaml_text, root.pos,
                                     fmt::format("the front matter must be a map of keys, not {}", root.kind_name()),
                                     "put the proposal under 'ragft:' (see 'ragft init --proposal')"));
    return nullptr;
  }
  if (const yaml::Node* status = root.get("status"); status && status->is_scalar()) {
    std::string word = ascii_lower(status->value.substr(0, status->value.find_first_of(" \t:,.;([")));
    if (word == "rejected" || word == "superseded" || word == "deprecated") {
      skipped.push_back({file, fmt::format("status: {}", status->value)});
      return nullptr;
    }
  }
  for (const auto& [k, v] : root.entries)
    if (k->value == "ragft") {
      adr->key = k.get();
      adr->proposal = v.get();
    }
  if (!adr->proposal) {
    for (const auto& [k, v] : root.entries) {
      if (near_ragft(k->value)) {
        errors.push_back(make_diagnostic(file, yaml_text, k->pos, fmt::format("unknown key '{}'", k->value),
                                         "did you mean 'ragft'? the proposal lives under 'ragft:'",
                                         yaml::underline_length(k.get())));
        return nullptr;
      }
    }
    skipped.push_back({file, "the front matter has no 'ragft' key"});
    return nullptr;
  }
  return adr;
}

}  // namespace

ProposalLoad load_proposal_markdown(std::string_view text, const std::string& file, const RuleSet& rules) {
  ProposalLoad out;
  std::unique_ptr<AdrProposal> adr = find_adr_proposal(text, file, out.skipped, out.errors);
  if (!adr) return out;
  ProposalReader reader(adr->yaml_text, file, rules, out);
  reader.read(*adr->proposal, 0, adr->key->pos, text, adr->key);
  yaml::cap_diagnostics(out.errors, file);
  return out;
}

bool looks_like_adr(std::string_view text) {
  std::vector<Line> lines = split_lines(text);
  std::size_t bom = 0;
  while (text.substr(bom, 3) == "\xEF\xBB\xBF") bom += 3;
  auto content = [&](const Line& l) { return text.substr(l.start, l.end - l.start); };
  if (lines.empty() || !is_fence(content(lines[0]).substr(std::min(bom, lines[0].end - lines[0].start)), "---"))
    return false;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::string_view l = content(lines[i]);
    if (is_fence(l, "---") || is_fence(l, "...")) return false;
    std::string_view key = l.substr(0, l.find(':'));
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
    if (key.size() < l.size() && near_ragft(std::string(key))) return true;
  }
  return false;
}

bool reads_as_adr(std::string_view text, const std::string& file) {
  return is_markdown_file(file) || (file == "<stdin>" && looks_like_adr(text));
}

ProfileSource load_profile_source(std::string_view text, const std::string& file, const RuleSet& rules) {
  ProfileSource out;
  if (!reads_as_adr(text, file)) {
    out.load = load_profiles(text, file, rules);
    return out;
  }
  std::unique_ptr<AdrProposal> adr = find_adr_proposal(text, file, out.skipped, out.load.errors);
  if (!adr) return out;
  // Read as a profile: `approach` and `waivers` are allowed and not judged.
  if (auto p = read_profile(*adr->proposal, adr->yaml_text, file, rules, 0, adr->key->pos, out.load.errors))
    out.load.profiles.push_back(std::move(*p));
  yaml::cap_diagnostics(out.load.errors, file);
  return out;
}

ProposalLoad load_proposals(std::string_view text, const std::string& file, const RuleSet& rules) {
  return reads_as_adr(text, file) ? load_proposal_markdown(text, file, rules) : load_proposal_yaml(text, file, rules);
}

}  // namespace ragft
