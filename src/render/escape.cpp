// Escaping for XML, CSV and Markdown tables.
#include "ragft/escape.h"

#include "ragft/safe_text.h"

namespace ragft {

std::string xml_escape(std::string_view raw) {
  std::string out;
  for (char c : valid_utf8(raw)) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        // XML 1.0 allows no other control characters, not even escaped.
        out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
  }
  return out;
}

std::string xml_text_escape(std::string_view raw) {
  std::string out;
  for (char c : valid_utf8(raw)) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      case '\n':
      case '\t': out += c; break;
      default: out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
  }
  return out;
}

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
