// Escaping for XML, CSV and Markdown tables.
#include "ragft/escape.h"

#include "ragft/safe_text.h"

namespace ragft {

namespace {

// XML 1.0 allows no control character but tab, line feed and carriage
// return, not even escaped: the others become '?'. In an attribute value
// (`attribute`), quotes are escaped and so are tab and line feed, which a
// parser would otherwise turn into spaces.
std::string xml_escaped(std::string_view raw, bool attribute) {
  std::string out;
  for (char c : valid_utf8(raw)) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
  }
  return out;
}

}  // namespace

std::string xml_escape(std::string_view raw) { return xml_escaped(raw, true); }

std::string xml_text_escape(std::string_view raw) { return xml_escaped(raw, false); }

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string markdown_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace ragft
