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

}  // namespace

std::span<const FormatCommand> format_commands() { return kCommands; }

unsigned format_use(std::string_view command) {
  for (const auto& c : kCommands)
    if (command == c.name) return c.use;
  return 0;
}

const FormatRegistry& output_formats() {
  static const FormatRegistry registry = [] {
    FormatRegistry r;
#define RAGFT_ADD_FORMAT(name) r.add(make_##name##_format());
    RAGFT_FORMATS(RAGFT_ADD_FORMAT)
#undef RAGFT_ADD_FORMAT
    return r;
  }();
  return registry;
}

const FormatWriter* FormatRegistry::find(std::string_view name, unsigned use) const {
  for (const auto& f : formats_)
    if ((name == f->name() || (!f->alias().empty() && name == f->alias())) && f->serves(use)) return f.get();
  return nullptr;
}

std::string FormatRegistry::names(unsigned use, bool notes) const {
  std::string out;
  for (const auto& f : formats_) {
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
