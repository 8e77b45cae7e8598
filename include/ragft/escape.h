// Escaping for the formats that need it, one routine each: XML 1.0 (SARIF's
// neighbours JUnit and SVG), CSV fields and Markdown table cells.
#pragma once
#include <string>
#include <string_view>

namespace ragft {

// XML attribute values: & < > " ' escaped, newline, carriage return and tab
// as character references, invalid UTF-8 replaced (U+FFFD) and every other
// control character, which XML 1.0 does not allow even escaped, shown as '?'.
std::string xml_escape(std::string_view s);
// XML element text: & < > escaped, newline and tab kept, carriage return as
// a reference, other control characters as '?'.
std::string xml_text_escape(std::string_view s);

// A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a
// comma, a quote or a line break; else as it is.
std::string csv_field(std::string_view s);

// A Markdown table cell: '|' escaped, line breaks made spaces.
std::string markdown_cell(std::string_view s);

}  // namespace ragft
