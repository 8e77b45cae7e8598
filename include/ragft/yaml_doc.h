// A guarded YAML reader. yaml-cpp 0.7.0 accepts duplicate keys silently, lets
// aliases form cycles or expand exponentially, and YAML::LoadAll can loop
// forever on some inputs. Every YAML text that enters ragft goes through
// parse_yaml(), which drives yaml-cpp's event parser itself and builds an
// immutable tree with 1-based positions on every node, or a Diagnostic.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ragft/diagnostic.h"

namespace ragft::yaml {

enum class Kind { null, scalar, sequence, map };

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Node {
  Kind kind = Kind::null;
  std::string value;   // scalar text (after YAML unescaping/folding); "" for others
  bool plain = true;   // false for quoted and block scalars ("97%" vs 97%)
  SourcePos pos;       // 1-based position of the node's first character
  std::size_t offset = 0;  // byte offset of that character in the text
  std::vector<NodePtr> items;                          // sequence items
  std::vector<std::pair<NodePtr, NodePtr>> entries;    // map entries, source order, keys unique

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::map; }
  bool is_seq() const { return kind == Kind::sequence; }
  bool is_null() const { return kind == Kind::null; }
  // The value of scalar key `key` in a map, or nullptr.
  const Node* get(std::string_view key) const;
  // A name for messages: "a map", "a list", "a text", "null".
  std::string_view kind_name() const;
};

struct Limits {
  std::size_t max_bytes = 1 << 20;       // size of the text
  int max_depth = 64;                    // nesting of maps and sequences
  std::size_t max_nodes = 200000;        // nodes in one document, aliases counted as expanded
  std::size_t max_documents = 100000;    // documents in one text
};

struct Document {
  NodePtr root;        // never null; an empty document has a Kind::null root
  SourcePos start;     // where the document starts
};

struct ParseResult {
  std::vector<Document> documents;  // every document read before any error
  std::vector<Diagnostic> errors;   // empty on success; parsing stops at the first
  bool ok() const { return errors.empty(); }
};

// Parses every document of `text`. Never throws, never loops, bounded memory.
// `file` is only used to fill Diagnostic::file. Errors (exact messages are
// part of the contract, see tests/yaml_doc_test.cpp):
//   syntax errors from yaml-cpp, with its message and position
//   duplicate key 'x' (first defined at line N)
//   alias '*a' refers to an anchor that is not defined / refers to itself (cycle)
//   alias expansion exceeds N nodes (limit)
//   nesting deeper than N levels
//   file is larger than N bytes
//   merge keys ('<<') are not supported, custom tags ('!foo') are not supported
//   text is not valid UTF-8 / contains a NUL byte / is UTF-16 or UTF-32
//   complex (non-scalar) map keys are not supported
ParseResult parse_yaml(std::string_view text, const std::string& file, const Limits& limits = {});

// How many bytes a caret under `node` should underline: the whole value of a
// one-line plain scalar, else 1 (also for no node).
int underline_length(const Node* node);
// A diagnostic at `node` (the whole file when null) of `text`, underlining it.
Diagnostic diagnostic_at(const std::string& file, std::string_view text, const Node* node, std::string message,
                         std::string hint = {});

// Maps a byte offset inside a scalar's value to its position in the source
// text, so an error inside a string (an expression) points at the exact
// character. Exact for plain and quoted single-line scalars and for block
// scalars (| and >); best effort for multi-line flow scalars.
SourcePos locate_in_scalar(std::string_view text, const Node& scalar, std::size_t value_offset);

// Reads a whole file (or standard input for "-") with a size cap. Returns
// false and fills err on failure ("cannot read 'x': No such file or directory",
// "'x' is a directory", "file is larger than N bytes"). Text that starts with
// a UTF-16 or UTF-32 byte-order mark is converted to UTF-8 (see
// decode_unicode_bom), or refused when it is not valid in its encoding.
bool read_text_file(const std::string& path, std::size_t max_bytes, std::string& out, Diagnostic& err);

// When `text` starts with a UTF-32 (FF FE 00 00, 00 00 FE FF) or UTF-16
// (FF FE, FE FF) byte-order mark, converts it to UTF-8 without the mark, in
// place. Returns "" when it did (or there was nothing to do), else why the
// text is not valid in its encoding ("UTF-16 (little-endian) text with a lone
// surrogate at byte 12"), leaving `text` unchanged; `pos` then gets where the
// problem is (line, and column in the UTF-8 text of that line) and
// `line_text` that line's text up to it.
std::string decode_unicode_bom(std::string& text, SourcePos* pos = nullptr, std::string* line_text = nullptr);

}  // namespace ragft::yaml
