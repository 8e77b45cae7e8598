// The registry of output formats: one line per format, each writer in a file
// of its own (format_X.cpp).
#include "ragft/formats.h"

namespace ragft {

// The formats, in the order --help lists them. A new format: its file, and
// one line here.
#define RAGFT_FORMATS(X) \
  X(text)                \
  X(json)                \
  X(jsonl)               \
  X(csv)                 \
  X(markdown)            \
  X(svg)                 \
  X(github)              \
  X(sarif)               \
  X(junit)

#define RAGFT_DECLARE_FORMAT(name) std::unique_ptr<FormatWriter> make_##name##_format();
RAGFT_FORMATS(RAGFT_DECLARE_FORMAT)
#undef RAGFT_DECLARE_FORMAT

namespace {

const FormatCommand kCommands[] = {
    {"ask", use_ask},     {"score", use_score}, {"explain", use_explain},
    {"cost", use_cost},   {"check", use_check}, {"rules show", use_rules_show},
};

std::vector<std::unique_ptr<FormatWriter>> make_formats() {
  std::vector<std::unique_ptr<FormatWriter>> all;
#define RAGFT_MAKE_FORMAT(name) all.push_back(make_##name##_format());
  RAGFT_FORMATS(RAGFT_MAKE_FORMAT)
#undef RAGFT_MAKE_FORMAT
  return all;
}

}  // namespace

std::span<const FormatCommand> format_commands() { return kCommands; }

unsigned format_use(std::string_view command) {
  for (const auto& c : kCommands)
    if (command == c.name) return c.use;
  return 0;
}

std::span<const std::unique_ptr<FormatWriter>> output_formats() {
  static const std::vector<std::unique_ptr<FormatWriter>> all = make_formats();
  return all;
}

const FormatWriter* find_format(std::string_view name) {
  for (const auto& f : output_formats())
    if (name == f->name() || (!f->alias().empty() && name == f->alias())) return f.get();
  return nullptr;
}

const FormatWriter* find_format(std::string_view name, unsigned use) {
  const FormatWriter* f = find_format(name);
  return f && f->serves(use) ? f : nullptr;
}

std::string format_names(unsigned use, bool notes) {
  std::string out;
  for (const auto& f : output_formats()) {
    if (!f->serves(use)) continue;
    if (!out.empty()) out += ", ";
    out += f->name();
    if (notes && !f->note().empty()) {
      out += " (";
      out += f->note();
      out += ')';
    }
  }
  return out;
}

}  // namespace ragft
