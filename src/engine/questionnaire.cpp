// The questionnaire walk of `ragft ask`: applicability, position, reply
// parsing, back/skip/help, the summary and its edits, and the rendering of
// questions and summaries as text. No I/O.
#include "ragft/questionnaire.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/lexical.h"
#include "ragft/safe_text.h"
#include "ragft/value_json.h"
#include "ragft/terminal_text.h"

namespace ragft {

namespace {

// A positive decimal of at most 6 digits, or nullopt.
std::optional<int> small_number(std::string_view s) {
  if (s.empty() || s.size() > 6) return std::nullopt;
  int n = 0;
  for (char ch : s) {
    if (!std::isdigit(static_cast<unsigned char>(ch))) return std::nullopt;
    n = n * 10 + (ch - '0');
  }
  return n;
}

bool is_skip_word(const std::string& l) { return l == "skip" || l == "-" || l == "not sure" || l == "notsure"; }
bool is_back_word(const std::string& l) { return l == "back" || l == "b"; }
bool is_help_word(const std::string& l) { return l == "?" || l == "help"; }

Reply invalid(std::string text, std::string hint = {}) {
  return Reply{Reply::Kind::invalid, std::move(text), std::move(hint)};
}

// `text` with each run of spaces made one, and none at either end: rule
// texts are wrapped as prose.
std::string single_spaced(std::string_view text) {
  std::string words;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    if (j > i) {
      if (!words.empty()) words += ' ';
      words += text.substr(i, j - i);
    }
    i = j + 1;
  }
  return words;
}

// The width the questionnaire wraps at: the style's, and at least 20.
std::size_t columns(const TextStyle& style) { return static_cast<std::size_t>(std::max(style.width, 20)); }

// Rule text (questions, hints, labels) wrapped as prose at the style's width:
// single-spaced, then append_wrapped().
std::string wrapped_prose(std::string_view text, std::string_view first, std::string_view rest,
                          const TextStyle& style) {
  return wrapped(single_spaced(text), first, rest, columns(style));
}

// One line of help text, indented by two, wrapped at the style's width
// without breaking a word. A line that does not fit continues under the
// text of its last column (after a run of two or more spaces: "none    no
// special ..."), else under its own indentation.
void append_help_line(std::string& out, std::string_view line, const TextStyle& style) {
  std::string first = "  " + std::string(line);
  const std::size_t w = columns(style);
  if (display_width(first) <= w) {
    out += first + "\n";
    return;
  }
  std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos) indent = 0;
  std::size_t column = indent;
  for (std::size_t k = line.find("  ", indent); k != std::string_view::npos; k = line.find("  ", k)) {
    std::size_t next = line.find_first_not_of(' ', k);
    if (next == std::string_view::npos) break;
    column = next;
    k = next;
  }
  if (column + 2 + 12 > w) column = indent;  // too far right to leave room for words
  std::string lead(2 + indent, ' ');
  std::string rest(2 + column, ' ');
  // The line's own spacing up to its last column is kept; the rest is words.
  lead += line.substr(indent, column - indent);
  append_wrapped(out, single_spaced(line.substr(column)), lead, rest, w);
}

std::string value_text(const Criterion& c, const expr::Value& v) {
  std::string s = format_answer(c, v);
  if (c.numeric() && !c.unit.empty()) s += " " + c.unit;
  return s;
}

std::string source_text(AnswerSource s, const std::string& from_file) {
  switch (s) {
    case AnswerSource::asked: return "";
    case AnswerSource::from_file: return from_file.empty() ? "from the profile" : "from " + from_file;
    case AnswerSource::set: return "--set";
    case AnswerSource::defaults: return "default";
  }
  return "";
}

}  // namespace

Questionnaire::Questionnaire(const RuleSet& rules, QuestionnaireOptions options) : rules_(rules), options_(options) {}

void Questionnaire::prefill(const std::string& id, const expr::Value& value, AnswerSource source) {
  if (!rules_.criterion(id)) return;
  entries_[id] = Entry{value, source};
  remembered_.erase(id);
}

void Questionnaire::prefill_profile(const Profile& profile) {
  base_.project = profile.project;
  base_.description = profile.description;
  base_.approach = profile.approach;
  from_file_ = profile.file;
  for (const auto& [id, a] : profile.answers) prefill(id, a.value, AnswerSource::from_file);
  // An optional question left blank in the file was answered "not sure"
  // (ask --save writes it so); a required one left blank is still asked.
  for (const auto& id : profile.blank)
    if (const Criterion* c = rules_.criterion(id); c && c->optional && !entries_.count(id))
      entries_[id] = Entry{std::nullopt, AnswerSource::from_file};
}

void Questionnaire::accept_defaults() {
  for (const auto& c : rules_.criteria) {
    if (entries_.count(c.id) || !askable(c)) continue;
    if (c.default_value) entries_[c.id] = Entry{*c.default_value, AnswerSource::defaults};
    else if (c.optional) entries_[c.id] = Entry{std::nullopt, AnswerSource::defaults};
  }
}

bool Questionnaire::askable(const Criterion& c) const {
  // A cost question without a default that must be answered is asked anyway:
  // otherwise the walk could never end.
  return c.group != "cost" || options_.detailed || (!c.default_value && !c.optional);
}

expr::Slots Questionnaire::slots() const {
  expr::Slots s;
  s.reserve(rules_.criteria.size());
  for (const Criterion& c : rules_.criteria) {
    if (auto it = entries_.find(c.id); it != entries_.end() && it->second.value) s.push_back(*it->second.value);
    else if (c.default_value) s.push_back(*c.default_value);
    else s.emplace_back();
  }
  return s;
}

bool Questionnaire::applies(const Criterion& c) const { return !c.ask_when || expr::holds(*c.ask_when, slots()); }

const Criterion* Questionnaire::next_unsettled() const {
  for (const auto& c : rules_.criteria)
    if (askable(c) && !entries_.count(c.id) && applies(c)) return &c;
  return nullptr;
}

const Criterion* Questionnaire::current() const {
  if (editing_) return rules_.criterion(*editing_);
  if (ended_ || confirmed_) return nullptr;
  return next_unsettled();
}

Stage Questionnaire::stage() const {
  if (current()) return Stage::question;
  return confirmed_ || ended_ ? Stage::done : Stage::summary;
}

Position Questionnaire::position() const {
  const Criterion* cur = current();
  Position p;
  for (const auto& c : rules_.criteria) {
    if (!askable(c)) continue;
    auto it = entries_.find(c.id);
    if (it != entries_.end() && it->second.source != AnswerSource::asked) continue;  // pre-filled: not asked
    bool counted = applies(c);
    if (!counted && c.ask_when) {
      // It may still apply when a question it depends on is answered.
      for (const auto& id : c.ask_when->identifiers()) {
        const Criterion* d = rules_.criterion(id);
        if (d && d != &c && !entries_.count(id) && askable(*d)) counted = true;
      }
    }
    if (!counted) continue;
    ++p.total;
    if (&c == cur) p.index = p.total;
  }
  if (editing_) p.index = 0;
  return p;
}

bool Questionnaire::can_go_back() const {
  if (editing_) return true;
  for (const auto& id : history_)
    if (entries_.count(id)) return true;
  return false;
}

Suggestion Questionnaire::suggestion() const {
  const Criterion* c = current();
  Suggestion s;
  if (!c) return s;
  if (editing_) {
    auto it = entries_.find(c->id);
    if (it != entries_.end()) {
      if (it->second.value) s.value = it->second.value;
      else s.skip = true;
      return s;
    }
  }
  if (auto it = remembered_.find(c->id); it != remembered_.end()) s.value = it->second;
  else if (c->default_value) s.value = c->default_value;
  else if (c->optional) s.skip = true;
  return s;
}

void Questionnaire::record(const Criterion& c, std::optional<expr::Value> value) {
  entries_[c.id] = Entry{std::move(value), AnswerSource::asked};
  remembered_.erase(c.id);
  if (editing_) editing_.reset();
  else history_.push_back(c.id);
}

Reply Questionnaire::go_back() {
  if (editing_) {
    std::string id = *editing_;
    editing_.reset();
    return Reply{Reply::Kind::back, fmt::format("kept the answer to '{}'", id), {}};
  }
  while (!history_.empty()) {
    std::string id = history_.back();
    history_.pop_back();
    auto it = entries_.find(id);
    const Criterion* c = rules_.criterion(id);
    if (it == entries_.end() || !c || !askable(*c) || !applies(*c)) continue;
    if (it->second.value) remembered_[id] = *it->second.value;
    entries_.erase(it);
    confirmed_ = false;
    return Reply{Reply::Kind::back, {}, {}};
  }
  return invalid("there is no earlier question to go back to", "answer this question, or press Ctrl-C to quit");
}

std::optional<expr::Value> Questionnaire::parse_choice(const Criterion& c, std::string_view text, Reply& err) const {
  const int n = static_cast<int>(c.choices.size());
  if (auto number = small_number(text)) {
    if (*number >= 1 && *number <= n) return expr::Value::of_text(c.choices[static_cast<std::size_t>(*number - 1)].id);
    err = invalid(fmt::format("{} is not one of the choices of '{}'", text, c.id),
                  fmt::format("type a number from 1 to {}, or one of: {}", n, c.allowed().substr(8)));
    return std::nullopt;
  }
  std::string l = ascii_lower(text);
  std::vector<std::string> matches;
  for (const auto& ch : c.choices) {
    if (ch.id == l) return expr::Value::of_text(ch.id);
    if (ch.id.compare(0, l.size(), l) == 0) matches.push_back(ch.id);
  }
  if (matches.size() == 1) return expr::Value::of_text(matches.front());
  if (matches.size() > 1) {
    std::string list;
    for (std::size_t i = 0; i < matches.size(); ++i)
      list += (i == 0 ? "" : i + 1 == matches.size() ? " or " : ", ") + matches[i];
    err = invalid(fmt::format("'{}' could be {}", text, list), "type more letters, or the number of the choice");
    return std::nullopt;
  }
  ParsedAnswer parsed = parse_answer(c, text);
  err = invalid(parsed.error, parsed.hint + fmt::format(", or a number from 1 to {}", n));
  return std::nullopt;
}

Reply Questionnaire::reply(std::string_view raw) {
  const Criterion* c = current();
  if (!c) return invalid("there is no open question");
  std::string_view text = trim(raw);
  std::string l = ascii_lower(text);
  if (is_help_word(l)) return Reply{Reply::Kind::help, criterion_help(*c), {}};
  if (is_back_word(l)) return go_back();
  if (text.empty()) {
    Suggestion s = suggestion();
    if (s.value) {
      std::string shown = format_answer(*c, *s.value);
      record(*c, s.value);
      return Reply{Reply::Kind::answered, fmt::format("{} = {}", c->id, shown), {}, true};
    }
    if (s.skip) {
      record(*c, std::nullopt);
      return Reply{Reply::Kind::skipped, fmt::format("{} left unanswered", c->id), {}};
    }
    return invalid(fmt::format("'{}' needs an answer", c->id),
                   fmt::format("expected {}; ? shows help", c->type == CriterionType::choice
                                                                ? "a number or a name from the list"
                                                                : c->allowed()));
  }
  if (is_skip_word(l)) {
    if (!c->optional) {
      std::string hint = c->default_value
                             ? fmt::format("press Enter to accept the default ({}), or ? for help",
                                           format_answer(*c, *c->default_value))
                             : "? shows help and what is allowed";
      return invalid(fmt::format("'{}' cannot be skipped: the rules need an answer", c->id), hint);
    }
    record(*c, std::nullopt);
    return Reply{Reply::Kind::skipped, fmt::format("{} left unanswered", c->id), {}};
  }
  std::optional<expr::Value> value;
  Reply err;
  if (c->type == CriterionType::choice) {
    value = parse_choice(*c, text, err);
  } else {
    std::string_view number = text;
    if (c->numeric() && !c->unit.empty() && l.size() > c->unit.size() &&
        l.compare(l.size() - c->unit.size(), c->unit.size(), ascii_lower(c->unit)) == 0)
      number = trim(text.substr(0, text.size() - c->unit.size()));  // "300 ms", "2000 examples"
    ParsedAnswer parsed = parse_answer(*c, number);
    if (parsed.value) value = parsed.value;
    else err = invalid(parsed.error, parsed.hint);
  }
  if (!value) return err;
  std::string shown = format_answer(*c, *value);
  record(*c, value);
  return Reply{Reply::Kind::answered, fmt::format("{} = {}", c->id, shown), {}, text != shown};
}

std::vector<SummaryLine> Questionnaire::summary() const {
  std::vector<SummaryLine> out;
  for (const auto& c : rules_.criteria) {
    if (!applies(c)) continue;
    auto it = entries_.find(c.id);
    bool answered = it != entries_.end() && it->second.value;
    if (!askable(c) && !answered) continue;
    SummaryLine line;
    line.number = static_cast<int>(out.size()) + 1;
    line.criterion = &c;
    if (it != entries_.end()) {
      line.value = it->second.value;
      line.skipped = !it->second.value;
      line.source = it->second.source;
    }
    out.push_back(line);
  }
  return out;
}

std::vector<std::pair<const Criterion*, expr::Value>> Questionnaire::left_out() const {
  std::vector<std::pair<const Criterion*, expr::Value>> out;
  for (const auto& c : rules_.criteria) {
    auto it = entries_.find(c.id);
    if (it != entries_.end() && it->second.value && !applies(c)) out.emplace_back(&c, *it->second.value);
  }
  return out;
}

Reply Questionnaire::choose(std::string_view raw) {
  if (stage() != Stage::summary) return invalid("the summary is not open");
  std::string_view text = trim(raw);
  std::string l = ascii_lower(text);
  if (text.empty() || l == "done" || l == "ok") {
    confirmed_ = true;
    return Reply{Reply::Kind::done, {}, {}};
  }
  auto lines = summary();
  const int n = static_cast<int>(lines.size());
  std::string what = fmt::format("type a number from 1 to {} to change that answer, or press Enter for the verdict", n);
  if (is_help_word(l))
    return Reply{Reply::Kind::help,
                 fmt::format("Type the number of an answer (1 to {}) or its name to change it.\n"
                             "'back' reopens the last question you answered.\n"
                             "Press Enter to see the verdict.",
                             n),
                 {}};
  if (is_back_word(l)) return go_back();
  const Criterion* target = nullptr;
  if (auto number = small_number(text)) {
    if (*number < 1 || *number > n) return invalid(fmt::format("there is no answer number {}", text), what);
    target = lines[static_cast<std::size_t>(*number - 1)].criterion;
  } else {
    for (const auto& line : lines)
      if (line.criterion->id == l) target = line.criterion;
    if (!target) {
      std::vector<std::string> ids;
      for (const auto& line : lines) ids.push_back(line.criterion->id);
      std::string close = did_you_mean(l, ids);
      return invalid(fmt::format("'{}' is not an answer number", text), close.empty() ? what : close + " or " + what);
    }
  }
  editing_ = target->id;
  return Reply{Reply::Kind::edit, target->id, {}};
}

void Questionnaire::end_of_input() {
  editing_.reset();
  // Enter on every question left: the suggestion, the default, or a skip.
  // Recording an answer can make another question apply, hence the loop.
  std::set<std::string> unanswerable;
  for (;;) {
    const Criterion* next = nullptr;
    for (const auto& c : rules_.criteria)
      if (askable(c) && !entries_.count(c.id) && !unanswerable.count(c.id) && applies(c)) {
        next = &c;
        break;
      }
    if (!next) break;
    if (auto it = remembered_.find(next->id); it != remembered_.end())
      entries_[next->id] = Entry{it->second, AnswerSource::asked};
    else if (next->default_value)
      entries_[next->id] = Entry{*next->default_value, AnswerSource::defaults};
    else if (next->optional)
      entries_[next->id] = Entry{std::nullopt, AnswerSource::defaults};
    else
      unanswerable.insert(next->id);
  }
  ended_ = true;
}

std::vector<const Criterion*> Questionnaire::missing() const {
  std::vector<const Criterion*> out;
  for (const auto& c : rules_.criteria)
    if (!c.optional && !c.default_value && !entries_.count(c.id) && applies(c)) out.push_back(&c);
  return out;
}

Profile Questionnaire::profile() const {
  Profile p = base_;
  p.answers.clear();
  for (const auto& c : rules_.criteria) {
    auto it = entries_.find(c.id);
    if (it != entries_.end() && it->second.value && applies(c)) p.answers[c.id] = Answer{*it->second.value, {}};
  }
  return p;
}

std::vector<std::string> Questionnaire::skipped() const {
  std::vector<std::string> out;
  for (const auto& c : rules_.criteria) {
    auto it = entries_.find(c.id);
    if (it != entries_.end() && !it->second.value && applies(c)) out.push_back(c.id);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Rendering.

std::string criterion_help(const Criterion& c) {
  std::string out;
  std::string_view help = c.help;
  while (!help.empty() && (help.back() == '\n' || help.back() == ' ')) help.remove_suffix(1);
  if (!help.empty()) out += std::string(help) + "\n";
  else if (!c.hint.empty()) out += c.hint + "\n";
  if (!out.empty()) out += "\n";
  out += "Allowed: " + c.allowed() + (c.unit.empty() ? "" : " (" + c.unit + ")");
  if (c.type == CriterionType::choice) out += fmt::format(", or a number from 1 to {}", c.choices.size());
  out += "\n";
  if (c.default_value) out += "Default: " + format_answer(c, *c.default_value) + "\n";
  if (c.optional) out += "Optional: type 'skip' (or press Enter when there is no default) if you are not sure.\n";
  if (c.ask_when) out += "Asked only when: " + c.ask_when->text() + "\n";
  return out;
}

std::string render_question(const Questionnaire& q, const TextStyle& style) {
  const Criterion* c = q.current();
  if (!c) return {};
  Paint p{style.color};
  Position pos = q.position();
  std::string head = pos.index > 0 ? fmt::format("Question {} of {}: ", pos.index, pos.total)
                                   : fmt::format("Change '{}': ", c->id);
  std::string out = p.bold(wrapped_prose(head + c->question, "", "  ", style));
  if (!c->hint.empty()) out += p.dim(wrapped_prose(c->hint, "  ", "  ", style));
  if (c->type == CriterionType::choice) {
    std::size_t id_width = 0;
    for (const auto& ch : c->choices) id_width = std::max(id_width, ch.id.size());
    int digits = c->choices.size() >= 10 ? 2 : 1;
    for (std::size_t i = 0; i < c->choices.size(); ++i) {
      const Choice& ch = c->choices[i];
      std::string lead = fmt::format("    {:>{}}  {:<{}}  ", i + 1, digits, ch.id, id_width);
      out += wrapped_prose(ch.label.empty() ? ch.id : ch.label, lead, std::string(display_width(lead), ' '), style);
    }
  }
  std::vector<std::string> parts;
  switch (c->type) {
    case CriterionType::choice: parts.push_back("type a number or a name"); break;
    case CriterionType::yesno: parts.push_back("y or n"); break;
    default: parts.push_back(c->allowed() + (c->unit.empty() ? "" : " (" + c->unit + ")")); break;
  }
  Suggestion s = q.suggestion();
  if (s.value) parts.push_back("Enter: " + format_answer(*c, *s.value));
  else if (s.skip) parts.push_back("Enter: not sure (skip)");
  if (c->optional && !s.skip) parts.push_back("skip: not sure");
  parts.push_back("?: help");
  if (q.editing()) parts.push_back("b: keep the answer");
  else if (q.can_go_back()) parts.push_back("b: back");
  std::string footer;
  for (const auto& part : parts) footer += (footer.empty() ? "" : " · ") + part;
  out += p.dim(wrapped_prose(footer, "  ", "    ", style));
  return out;
}

std::string render_reply(const Reply& r, const TextStyle& style) {
  Paint p{style.color};
  switch (r.kind) {
    case Reply::Kind::invalid: {
      std::string out = wrapped_prose("error: " + r.text, "  ", "    ", style);
      if (style.color) out.replace(2, 6, p.red("error:"));
      if (!r.hint.empty()) out += wrapped_prose("hint: " + r.hint, "  ", "    ", style);
      return out;
    }
    case Reply::Kind::help: {
      std::string out;
      std::size_t i = 0;
      while (i < r.text.size()) {
        std::size_t j = r.text.find('\n', i);
        if (j == std::string::npos) j = r.text.size();
        std::string_view line = std::string_view(r.text).substr(i, j - i);
        if (line.empty()) out += "\n";
        else append_help_line(out, line, style);
        i = j + 1;
      }
      return out;
    }
    case Reply::Kind::answered: return r.echo ? p.dim("  " + r.text) + "\n" : std::string();
    case Reply::Kind::back:
      return r.text.empty() ? std::string() : "  " + r.text + "\n";
    default: return {};
  }
}

std::string render_summary(const Questionnaire& q, const TextStyle& style) {
  Paint p{style.color};
  auto lines = q.summary();
  std::string out = p.bold("Your answers") + "\n";
  std::size_t id_width = 0;
  for (const auto& l : lines) id_width = std::max(id_width, l.criterion->id.size());
  int digits = lines.size() >= 10 ? 2 : 1;
  for (const auto& l : lines) {
    std::string value = l.value ? value_text(*l.criterion, *l.value) : l.skipped ? "not sure" : "not answered";
    std::string src = source_text(l.source, q.from_file());
    if (!src.empty()) value += "  " + p.dim("(" + src + ")");
    std::string lead = fmt::format("  {:>{}}  {:<{}}  ", l.number, digits, l.criterion->id, id_width);
    append_wrapped(out, value, lead, std::string(display_width(lead), ' '), columns(style));
  }
  auto left = q.left_out();
  if (!left.empty()) {
    std::string list;
    for (const auto& [c, v] : left) list += (list.empty() ? "" : ", ") + c->id + " = " + format_answer(*c, v);
    out += wrapped_prose("Left out, because the question does not apply: " + list, "  ", "    ", style);
  }
  out += wrapped_prose(fmt::format("Type a number from 1 to {} to change an answer, or press Enter for the verdict.",
                                   lines.size()),
                       "", "  ", style);
  return out;
}

nlohmann::ordered_json questions_json(const RuleSet& rules) {
  using J = nlohmann::ordered_json;
  J j;
  j["schema"] = "ragft/questions/v1";
  j["rules"] = {{"name", rules.name}, {"version", rules.version}, {"layers", rules.layers}};
  J qs = J::array();
  auto bound = [](const std::optional<double>& b) { return b ? J(*b) : J(nullptr); };
  for (const auto& c : rules.criteria) {
    J choices = J::array();
    for (const auto& ch : c.choices) choices.push_back({{"id", ch.id}, {"label", ch.label}});
    qs.push_back({{"id", c.id},
                  {"type", std::string(criterion_type_name(c.type))},
                  {"group", c.group},
                  {"question", c.question},
                  {"hint", c.hint},
                  {"help", c.help},
                  {"choices", choices},
                  {"default", c.default_value ? value_json(*c.default_value) : J(nullptr)},
                  {"optional", c.optional},
                  {"unit", c.unit},
                  {"min", bound(c.min)},
                  {"max", bound(c.max)},
                  {"above", bound(c.above)},
                  {"ask_when", c.ask_when ? J(c.ask_when->text()) : J(nullptr)},
                  {"allowed", c.allowed()}});
  }
  j["questions"] = qs;
  return j;
}

std::string questions_text(const RuleSet& rules, const TextStyle& style) {
  Paint p{style.color};
  std::string layers;
  for (const auto& l : rules.layers) layers += (layers.empty() ? "" : " + ") + l;
  std::string out = fmt::format("Questions of {}{} (layers: {})\n", rules.name.empty() ? "unnamed rules" : rules.name,
                                rules.version.empty() ? "" : ", version " + rules.version, layers);
  int n = 0;
  for (const auto& c : rules.criteria) {
    ++n;
    out += '\n';
    out += p.bold(fmt::format("{:>3}. {}", n, c.id));
    out += fmt::format("  ({}{}{})\n", criterion_type_name(c.type), c.optional ? ", optional" : "",
                       c.group == "cost" ? ", cost: asked with --detailed" : "");
    out += wrapped_prose(c.question, "     ", "     ", style);
    out += p.dim(
        wrapped_prose("allowed: " + c.allowed() + (c.unit.empty() ? "" : " (" + c.unit + ")"), "     ", "       ", style));
    if (c.default_value)
      out += p.dim(wrapped_prose("default: " + format_answer(c, *c.default_value), "     ", "       ", style));
    if (c.ask_when) out += p.dim(wrapped_prose("asked only when: " + c.ask_when->text(), "     ", "       ", style));
  }
  return out;
}

}  // namespace ragft
