// The guarded YAML reader: text checks (size, encoding, NUL bytes), a tree
// builder driven by yaml-cpp's event parser (duplicate keys, alias cycles and
// bombs, depth, tags, merge keys, the endless-document loop), the mapping of
// offsets inside scalar values back to the source (locate_in_scalar), and the
// size-capped file reader. yaml-cpp's YAML::Node API is never used here.
#include "ragft/yaml_doc.h"
#include "ragft/safe_text.h"
#include "yaml/yaml_fast.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <istream>
#include <optional>
#include <streambuf>
#include <unordered_map>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace ragft::yaml {

const Node* Node::get(std::string_view key) const {
  if (kind != Kind::map) return nullptr;
  for (const auto& [k, v] : entries) {
    // Most keys differ from `key` in length or first byte: no call to memcmp for them.
    if (k && k->kind == Kind::scalar && k->value.size() == key.size() &&
        (key.empty() || (k->value[0] == key[0] && k->value == key)))
      return v.get();
  }
  return nullptr;
}

std::string_view Node::kind_name() const {
  switch (kind) {
    case Kind::null: return "null";
    case Kind::scalar: return "a text";
    case Kind::sequence: return "a list";
    case Kind::map: return "a map";
  }
  return "null";
}

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Length of the UTF-8 byte-order marks at the start of text (yaml-cpp skips
// them, so positions are computed as if they were not there).
std::size_t bom_length(std::string_view text) {
  std::size_t n = 0;
  while (text.substr(n, 3) == kUtf8Bom) n += 3;
  return n;
}

bool is_line_break(char c) { return c == '\n' || c == '\r'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Byte offset -> 1-based line and column, with the same line ends as
// line_of() (\n, \r\n, lone \r). A leading BOM takes no column.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : size_(text.size()), bom_(bom_length(text)) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
        starts_.push_back(i + 1);
    }
  }

  SourcePos pos(std::size_t offset) const {
    offset = std::min(offset, size_);
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - starts_.begin());
    std::size_t start = *(it - 1);
    if (line == 1) start = std::min(bom_, offset);
    return {static_cast<int>(line), static_cast<int>(offset - start + 1)};
  }

 private:
  std::vector<std::size_t> starts_;
  std::size_t size_;
  std::size_t bom_;
};

// A read-only stream over a string_view, so the text is not copied.
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string_view s) {
    char* p = const_cast<char*>(s.data());
    setg(p, p, p + s.size());
  }
};

// Everything a diagnostic needs: the text, its name and its line index.
struct Source {
  std::string_view text;
  const std::string& file;
  LineIndex index;
  std::size_t base;  // bytes of BOM not seen by yaml-cpp

  Diagnostic diag(std::size_t offset, std::string message, std::string hint = {},
                  int length = 1) const {
    Diagnostic d = make_diagnostic(file, text, index.pos(offset), std::move(message),
                                   std::move(hint), length);
    return d;
  }
  Diagnostic whole(std::string message, std::string hint = {}) const {
    return make_diagnostic(file, text, {}, std::move(message), std::move(hint));
  }
  // Offset in text of a yaml-cpp mark (which counts from after the BOM).
  std::size_t offset(const YAML::Mark& m) const {
    if (m.pos < 0) return text.size();
    return std::min(base + static_cast<std::size_t>(m.pos), text.size());
  }
  char at(std::size_t offset) const { return offset < text.size() ? text[offset] : '\0'; }
};

// ---------------------------------------------------------------------------
// Text checks before parsing.

bool looks_like_utf16_or_32(std::string_view text) {
  auto starts = [&](std::string_view p) { return text.substr(0, p.size()) == p; };
  using namespace std::string_view_literals;
  if (starts("\xFE\xFF"sv) || starts("\xFF\xFE"sv) || starts("\x00\x00\xFE\xFF"sv)) return true;
  // No byte-order mark: ASCII text in UTF-16/32 has a NUL next to nearly
  // every character.
  std::string_view sample = text.substr(0, 256);
  if (sample.size() < 2 || (sample[0] != '\0' && sample[1] != '\0')) return false;
  auto nuls = std::count(sample.begin(), sample.end(), '\0');
  return static_cast<std::size_t>(nuls) * 4 >= sample.size();
}

std::optional<Diagnostic> check_text(const Source& src) {
  std::string_view text = src.text;
  if (looks_like_utf16_or_32(text)) return src.whole("text is UTF-16 (or UTF-32); save it as UTF-8");
  if (auto nul = text.find('\0'); nul != std::string_view::npos)
    return src.diag(nul, "text contains a NUL byte", "this looks like a binary file, not YAML text");
  for (std::size_t i = src.base; i < text.size();) {
    std::size_t n = decode_utf8(text, i).length;
    if (n == 0) {
      return src.diag(i,
                      fmt::format("text is not valid UTF-8 (byte 0x{:02X})",
                                  static_cast<unsigned char>(text[i])),
                      "save the file as UTF-8");
    }
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
      return src.diag(i, "lone carriage return (\\r) used as a line end",
                      "save the file with \\n or \\r\\n line endings");
    }
    i += n;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Tags and node properties.

constexpr std::string_view kYamlTagPrefix = "tag:yaml.org,2002:";

// How a tag is written in YAML: "!!str", "!foo", "!<tag:x>".
std::string tag_display(const std::string& tag) {
  if (tag.rfind(kYamlTagPrefix, 0) == 0) return "!!" + tag.substr(kYamlTagPrefix.size());
  if (!tag.empty() && tag[0] == '!') return tag;
  return "!<" + tag + ">";
}

// The standard tag name ("str", "map", ...) or "" for anything else.
std::string_view standard_tag(const std::string& tag) {
  static constexpr std::string_view names[] = {"str", "int", "float", "bool", "null", "map", "seq"};
  if (tag.rfind(kYamlTagPrefix, 0) != 0) return {};
  std::string_view name = std::string_view(tag).substr(kYamlTagPrefix.size());
  for (auto n : names)
    if (n == name) return n;
  return {};
}

// Characters yaml-cpp reads as part of a tag after '!'.
bool is_tag_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("-!#;/?:@&=+$,_.~*'()%").find(c) != std::string_view::npos;
}

bool ends_token(char c) {
  return c == '\0' || c == ' ' || c == '\t' || is_line_break(c) || c == ',' || c == '[' ||
         c == ']' || c == '{' || c == '}';
}

// yaml-cpp marks a node with an anchor or tag at the first property. Returns
// the offset of the node's content after "&anchor !tag" (and any spaces,
// line breaks and comments), and where the tag was, if any.
struct Properties {
  std::size_t content;
  std::optional<std::size_t> tag;
};

Properties skip_properties(std::string_view text, std::size_t i) {
  Properties p{i, std::nullopt};
  while (i < text.size() && (text[i] == '&' || text[i] == '!')) {
    if (text[i] == '!') p.tag = i;
    if (text[i] == '!' && i + 1 < text.size() && text[i + 1] == '<') {
      std::size_t close = text.find('>', i);
      i = close == std::string_view::npos ? text.size() : close + 1;
    } else if (text[i] == '!') {
      ++i;
      while (i < text.size() && is_tag_char(text[i])) ++i;
    } else {
      ++i;
      while (i < text.size() && !ends_token(text[i])) ++i;
    }
    while (i < text.size()) {
      if (is_blank(text[i]) || is_line_break(text[i])) {
        ++i;
      } else if (text[i] == '#') {
        while (i < text.size() && !is_line_break(text[i])) ++i;
      } else {
        break;
      }
    }
    p.content = i;
  }
  p.content = std::min(p.content, text.size());
  return p;
}

// Whether the quoted scalar opening at text[start] has its closing quote.
bool has_closing_quote(std::string_view text, std::size_t start) {
  char quote = text[start];
  for (std::size_t i = start + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return true;
      }
    }
  }
  return false;
}

// The name after '*' at offset (for messages about aliases).
std::string alias_name_at(std::string_view text, std::size_t i) {
  if (i >= text.size() || text[i] != '*') return {};
  std::size_t end = i + 1;
  while (end < text.size() && !ends_token(text[end])) ++end;
  return std::string(text.substr(i + 1, end - i - 1));
}

// ---------------------------------------------------------------------------
// The tree builder.

// Thrown from the event handler to stop yaml-cpp at the first problem.
struct Stop {
  Diagnostic diag;
};

struct Frame {
  std::shared_ptr<Node> node;
  std::size_t count_at_start = 0;  // expanded node count when this node began
  YAML::anchor_t anchor = YAML::NullAnchor;
  bool flow = false;
  std::size_t offset = 0;        // of the content
  std::size_t event_offset = 0;  // of the node with its properties
  NodePtr key;  // map: the key waiting for its value
  std::unordered_map<std::string, int> key_lines;  // map: key -> line of its first use
};

struct Anchor {
  NodePtr node;
  std::size_t size = 0;    // expanded node count
  bool complete = false;   // false while the anchored node is being built
  std::string name;
};

// JSON writes a character beyond U+FFFF as a surrogate pair of \u escapes
// ("\ud83e\udd16", as Python's json.dump does); yaml-cpp reads each escape
// on its own and rejects a surrogate. Before parsing, each pair inside a
// double-quoted scalar is rewritten, in place and at the same length, to two
// private-use escapes (high D800..DBFF to F000..F3FF, low DC00..DFFF to
// F400..F7FF); join_surrogate_pairs() turns them back into the one character
// in the scalars read. Returns whether any pair was rewritten.
bool rewrite_surrogate_pairs(std::string_view body, std::string& out) {
  auto hex4 = [&](std::size_t i, unsigned& v) {
    if (i + 4 > body.size()) return false;
    v = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
      char c = body[k];
      unsigned d = c >= '0' && c <= '9' ? unsigned(c - '0') : c >= 'a' && c <= 'f' ? unsigned(c - 'a' + 10)
                 : c >= 'A' && c <= 'F' ? unsigned(c - 'A' + 10) : 16u;
      if (d == 16) return false;
      v = v * 16 + d;
    }
    return true;
  };
  bool any = false;
  char quote = 0;     // the quote of the scalar we are in, or 0
  char before = '\n';  // the last character outside a scalar that is not a space
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (quote == 0) {
      if (c == '#' && (i == 0 || body[i - 1] == ' ' || body[i - 1] == '\t' || body[i - 1] == '\n')) {
        while (i < body.size() && body[i] != '\n') ++i;
        before = '\n';
      } else if ((c == '"' || c == '\'') && std::string_view("\n:,[{-?").find(before) != std::string_view::npos) {
        quote = c;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        before = c;
      }
      continue;
    }
    if (quote == '\'') {
      if (c == '\'' && i + 1 < body.size() && body[i + 1] == '\'') ++i;
      else if (c == '\'') quote = 0, before = 'x';
      continue;
    }
    if (c == '"') {
      quote = 0;
      before = 'x';
      continue;
    }
    if (c != '\\') continue;
    unsigned hi = 0, lo = 0;
    if (i + 12 <= body.size() && body[i + 1] == 'u' && hex4(i + 2, hi) && hi >= 0xD800 && hi <= 0xDBFF &&
        body[i + 6] == '\\' && body[i + 7] == 'u' && hex4(i + 8, lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
      if (!any) out.assign(body);
      any = true;
      std::string a = fmt::format("{:04X}", hi - 0xD800 + 0xF000), b = fmt::format("{:04X}", lo - 0xDC00 + 0xF400);
      out.replace(i + 2, 4, a);
      out.replace(i + 8, 4, b);
      i += 11;
      continue;
    }
    ++i;  // the escaped character
  }
  return any;
}

// Undoes rewrite_surrogate_pairs() in a scalar's value: each U+F000..F3FF
// followed by U+F400..F7FF becomes the character of the surrogate pair.
std::string join_surrogate_pairs(const std::string& v) {
  auto cp_at = [&](std::size_t i) -> unsigned {
    if (i + 3 > v.size() || static_cast<unsigned char>(v[i]) != 0xEF) return 0;
    return 0xF000u | ((static_cast<unsigned char>(v[i + 1]) & 0x3Fu) << 6) | (static_cast<unsigned char>(v[i + 2]) & 0x3Fu);
  };
  std::string out;
  for (std::size_t i = 0; i < v.size();) {
    unsigned a = cp_at(i), b = a ? cp_at(i + 3) : 0;
    if (a >= 0xF000 && a <= 0xF3FF && b >= 0xF400 && b <= 0xF7FF) {
      unsigned cp = 0x10000 + ((a - 0xF000) << 10) + (b - 0xF400);
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
      i += 6;
    } else {
      out += v[i++];
    }
  }
  return out;
}

// YAML allows at most 1024 characters in an implicit key; yaml-cpp then
// reports a stray ':' or reads a null key. The length in bytes of the key
// written at `off` (a quoted one with its quotes), to say so instead.
constexpr std::size_t kMaxKeyLength = 1024;
std::size_t key_length_at(std::string_view text, std::size_t off) {
  if (off >= text.size()) return 0;
  char q = text[off];
  std::size_t i = off + 1;
  if (q == '"' || q == '\'') {
    while (i < text.size() && text[i] != '\n') {
      if (q == '"' && text[i] == '\\') i += 2;
      else if (q == '\'' && text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'') i += 2;
      else if (text[i] == q) return i + 1 - off;
      else ++i;
    }
    return i - off;
  }
  while (i < text.size() && text[i] != '\n' && !(text[i] == ':' && (i + 1 == text.size() || text[i + 1] == ' ' ||
                                                                    text[i + 1] == '\n' || text[i + 1] == '\r')))
    ++i;
  return i - off;
}
Diagnostic long_key(const Source& src, std::size_t off, std::size_t length) {
  return src.diag(off, fmt::format("this key is {} bytes long; YAML allows at most {} in a key", length,
                                   kMaxKeyLength),
                  "use a shorter key");
}

class Builder final : public YAML::EventHandler {
 public:
  Builder(const Source& src, const Limits& limits) : src_(src), limits_(limits) {}
  // The text had surrogate pairs rewritten (rewrite_surrogate_pairs).
  bool join_pairs = false;

  std::vector<Document>& documents() { return docs_; }
  const std::vector<Frame>& frames() const { return frames_; }
  std::size_t last_offset() const { return last_offset_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    std::size_t off = src_.offset(mark);
    if (!doc_offsets_.empty()) {
      // yaml-cpp returns "another document" without consuming anything when
      // a document starts with a token no node can start with (',' at the
      // top level, a '?' after a block scalar, ...): its loop never ends.
      // It also starts a new document silently when text follows the root
      // node ("- a\nb: 1"). A real next document starts with '---' or
      // follows a '...' line.
      bool stuck = off <= doc_offsets_.back();
      if (stuck || (!starts_with_marker(off, "---") && !document_end_between(last_offset_, off))) {
        // Drop the documents yaml-cpp made of the unconsumed token itself.
        while (!docs_.empty() && (doc_offsets_.back() >= off ||
                                  (docs_.back().root->is_null() && docs_.back().root->offset >= off))) {
          doc_offsets_.pop_back();
          docs_.pop_back();
        }
        throw Stop{unexpected_text(off)};
      }
    }
    if (doc_offsets_.size() >= limits_.max_documents)
      throw Stop{src_.diag(off, fmt::format("text has more than {} documents", limits_.max_documents))};
    frames_.clear();
    anchors_.clear();
    root_.reset();
    count_ = 0;
    doc_offsets_.push_back(off);
    doc_start_ = src_.index.pos(off);
    seen(off);
  }

  void OnDocumentEnd() override {
    NodePtr root = root_;
    if (!root) {
      auto n = std::make_shared<Node>();
      n->pos = doc_start_;
      n->offset = doc_offsets_.back();
      root = n;
    }
    docs_.push_back(Document{root, doc_start_});
  }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    std::size_t off = src_.offset(mark);
    auto node = std::make_shared<Node>();
    node->kind = Kind::null;
    place(*node, off);
    add(node, off, 1, false);
    define(anchor, node, 1);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    std::size_t off = src_.offset(mark);
    auto node = std::make_shared<Node>();
    node->kind = Kind::scalar;
    node->value = join_pairs ? join_surrogate_pairs(value) : value;
    Properties props = skip_properties(src_.text, off);
    std::string_view std_tag = check_tag(tag, props, off, Kind::scalar);
    // An empty tagged value ("a: !!str") has no content to point at.
    std::size_t content = value.empty() ? off : props.content;
    place(*node, content);
    char first = src_.at(content);
    if ((first == '"' || first == '\'') && !has_closing_quote(src_.text, content)) {
      // yaml-cpp accepts a missing closing quote when a line break follows
      // it, and swallows the rest of the file into the string.
      throw Stop{src_.diag(content, "this quoted string is not closed",
                           fmt::format("add the closing {} where the string ends", first))};
    }
    node->plain = !(first == '"' || first == '\'' || first == '|' || first == '>') && tag != "!" &&
                  std_tag != "str";
    if (std_tag == "null") {
      node->kind = Kind::null;
      node->value.clear();
    }
    add(node, off, 1, false);
    define(anchor, node, 1);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    std::size_t off = src_.offset(mark);
    auto it = anchors_.find(anchor);
    std::string name = it != anchors_.end() && !it->second.name.empty()
                           ? it->second.name
                           : alias_name_at(src_.text, off);
    if (it == anchors_.end()) throw Stop{undefined_alias(off, name)};
    if (!it->second.complete) {
      throw Stop{src_.diag(off, fmt::format("alias '*{}' refers to itself (cycle)", name),
                           "an alias cannot be used inside the node its anchor is on",
                           static_cast<int>(name.size() + 1))};
    }
    add(it->second.node, off, it->second.size, true);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    start_collection(mark, tag, anchor, style, Kind::sequence);
  }
  void OnSequenceEnd() override { end_collection(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    start_collection(mark, tag, anchor, style, Kind::map);
  }
  void OnMapEnd() override { end_collection(); }

  void OnAnchor(const YAML::Mark& /*mark*/, const std::string& name) override {
    anchor_name_ = name;
  }

  Diagnostic undefined_alias(std::size_t off, const std::string& name) const {
    return src_.diag(off, fmt::format("alias '*{}' refers to an anchor that is not defined", name),
                     fmt::format("define the anchor with '&{}' before the alias; anchors do not "
                                 "carry over between documents",
                                 name),
                     static_cast<int>(name.size() + 1));
  }

  Diagnostic unexpected_text(std::size_t off) const {
    char c = src_.at(off);
    if (c == ',')
      return src_.diag(off, "unexpected ','",
                       "',' separates items only inside [...] or {...}; quote the value if the "
                       "comma is part of the text");
    if (c == ']' || c == '}')
      return src_.diag(off, fmt::format("unexpected '{}'", c),
                       fmt::format("there is no '{}' open here", c == ']' ? '[' : '{'));
    return src_.diag(off, "unexpected text after the end of the document",
                     "check the indentation of this line; a second document must start with '---'");
  }

 private:
  void seen(std::size_t off) { last_offset_ = std::max(last_offset_, off); }

  void place(Node& node, std::size_t off) const {
    node.offset = off;
    node.pos = src_.index.pos(off);
  }

  bool starts_with_marker(std::size_t off, std::string_view marker) const {
    if (src_.text.substr(off, 3) != marker) return false;
    char next = src_.at(off + 3);
    return next == '\0' || is_blank(next) || is_line_break(next);
  }

  // Whether a '...' line lies between the last node read and offset `to`.
  bool document_end_between(std::size_t from, std::size_t to) const {
    for (std::size_t i = from; i < to; ++i) {
      bool line_start = i == 0 || is_line_break(src_.text[i - 1]);
      if (line_start && starts_with_marker(i, "...")) return true;
    }
    return false;
  }

  // Returns the standard tag name ("" when none); rejects custom tags and
  // standard tags on the wrong kind of node.
  std::string_view check_tag(const std::string& tag, const Properties& props, std::size_t off,
                             Kind kind) const {
    if (tag.empty() || tag == "?" || tag == "!") return {};
    std::size_t at = props.tag.value_or(off);
    std::string_view name = standard_tag(tag);
    if (name.empty()) {
      std::string shown = tag_display(tag);
      throw Stop{src_.diag(at, fmt::format("custom tags ('{}') are not supported", shown),
                           "remove the tag; ragft reads plain YAML values only",
                           static_cast<int>(shown.size()))};
    }
    Kind wanted = name == "map" ? Kind::map : name == "seq" ? Kind::sequence : Kind::scalar;
    if (wanted != kind) {
      Node probe;
      probe.kind = kind;
      throw Stop{src_.diag(at, fmt::format("tag '!!{}' cannot be used on {}", name, probe.kind_name()),
                           {}, static_cast<int>(name.size() + 2))};
    }
    return name;
  }

  void start_collection(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                        YAML::EmitterStyle::value style, Kind kind) {
    std::size_t off = src_.offset(mark);
    Properties props = skip_properties(src_.text, off);
    check_tag(tag, props, off, kind);
    if (limits_.max_depth > 0 && frames_.size() >= static_cast<std::size_t>(limits_.max_depth)) {
      throw Stop{src_.diag(props.content, fmt::format("nesting deeper than {} levels", limits_.max_depth))};
    }
    auto node = std::make_shared<Node>();
    node->kind = kind;
    place(*node, props.content);
    std::size_t before = count_;
    add(node, off, 1, false, true);
    Frame f;
    f.node = node;
    f.count_at_start = before;
    f.anchor = anchor;
    f.flow = style == YAML::EmitterStyle::Flow;
    f.offset = props.content;
    f.event_offset = off;
    frames_.push_back(std::move(f));
    if (anchor != YAML::NullAnchor) {
      Anchor& a = anchors_[anchor];
      a = Anchor{node, 0, false, take_anchor_name()};
    }
  }

  void end_collection() {
    if (frames_.empty()) return;
    Frame f = std::move(frames_.back());
    frames_.pop_back();
    // A collection used as a map key is rejected once it is complete, so an
    // unclosed "[[[" gets yaml-cpp's message, not this one.
    if (!frames_.empty() && frames_.back().key == f.node) {
      throw Stop{src_.diag(f.event_offset, "complex (non-scalar) map keys are not supported",
                           "use a plain text as the key")};
    }
    if (f.anchor != YAML::NullAnchor) {
      Anchor& a = anchors_[f.anchor];
      a.size = count_ - f.count_at_start;
      a.complete = true;
    }
  }

  void define(YAML::anchor_t anchor, const NodePtr& node, std::size_t size) {
    if (anchor == YAML::NullAnchor) return;
    anchors_[anchor] = Anchor{node, size, true, take_anchor_name()};
  }

  std::string take_anchor_name() {
    std::string name = std::move(anchor_name_);
    anchor_name_.clear();
    return name;
  }

  // Counts `size` expanded nodes and attaches `node` (read at `off`) to the
  // collection being built, or makes it the document root. A collection is
  // attached when it starts (`opening`), still empty.
  void add(const NodePtr& node, std::size_t off, std::size_t size, bool alias, bool opening = false) {
    seen(off);
    count_ += size;
    if (count_ > limits_.max_nodes) {
      if (alias) {
        std::string name = alias_name_at(src_.text, off);
        throw Stop{src_.diag(off, fmt::format("alias expansion exceeds {} nodes", limits_.max_nodes),
                             "each alias counts as a full copy of the node it refers to",
                             static_cast<int>(name.size() + 1))};
      }
      throw Stop{src_.diag(off, fmt::format("document has more than {} nodes", limits_.max_nodes),
                           "split it into smaller files")};
    }
    if (frames_.empty()) {
      root_ = node;
      return;
    }
    Frame& f = frames_.back();
    if (f.node->kind == Kind::sequence) {
      f.node->items.push_back(node);
      return;
    }
    if (f.key) {
      f.node->entries.emplace_back(std::move(f.key), node);
      f.key.reset();
      return;
    }
    if (!opening) check_key(f, *node, off);
    f.key = node;
  }

  void check_key(Frame& f, const Node& key, std::size_t off) {
    if (key.kind == Kind::null) {
      if (std::size_t n = key_length_at(src_.text, off); n > kMaxKeyLength) throw Stop{long_key(src_, off, n)};
      throw Stop{src_.diag(off, "null map keys are not supported",
                           "write a key before ':', or quote it ('null') if it is meant as text")};
    }
    if (key.kind != Kind::scalar) {
      throw Stop{src_.diag(off, "complex (non-scalar) map keys are not supported",
                           "use a plain text as the key")};
    }
    int length = key.value.find_first_of("\r\n") == std::string::npos
                     ? static_cast<int>(std::min<std::size_t>(key.value.size(), 200)) + (key.plain ? 0 : 2)
                     : 1;
    if (key.plain && key.value == "<<") {
      throw Stop{src_.diag(off, "merge keys ('<<') are not supported",
                           "write the keys out in this map instead of merging them from an anchor", 2)};
    }
    int line = src_.index.pos(off).line;
    auto [it, inserted] = f.key_lines.emplace(key.value, line);
    if (!inserted) {
      throw Stop{src_.diag(off,
                           fmt::format("duplicate key '{}' (first defined at line {})", key.value,
                                       it->second),
                           "remove or rename one of the two entries", length)};
    }
  }

  const Source& src_;
  const Limits& limits_;
  std::vector<Document> docs_;
  std::vector<std::size_t> doc_offsets_;  // where each document in docs_ (and the current one) starts
  SourcePos doc_start_;
  std::vector<Frame> frames_;
  std::unordered_map<YAML::anchor_t, Anchor> anchors_;
  std::string anchor_name_;  // from OnAnchor, for the next anchored node
  NodePtr root_;
  std::size_t count_ = 0;        // expanded nodes in the current document
  std::size_t last_offset_ = 0;  // furthest event position seen
};

// yaml-cpp's messages, made readable.
Diagnostic translate(const YAML::Exception& e, const Source& src, const Builder& builder) {
  std::size_t off = src.offset(e.mark);
  const std::string& msg = e.msg;
  auto open_collection = [&](bool map) -> const Frame* {
    const auto& frames = builder.frames();
    for (auto it = frames.rbegin(); it != frames.rend(); ++it)
      if (it->flow && (it->node->kind == Kind::map) == map) return &*it;
    return nullptr;
  };
  auto opened_at = [&](const Frame* f, char c) -> std::string {
    if (!f) return {};
    SourcePos p = src.index.pos(f->offset);
    return fmt::format("the '{}' at line {}, column {} is not closed", c, p.line, p.col);
  };

  // A tab among the spaces that indent the line in error, outside [...] and
  // {...} (where tabs may separate): yaml-cpp often reports what it makes of
  // the line ("unexpected ':'") rather than the tab itself.
  if (!open_collection(false) && !open_collection(true)) {
    std::size_t start = off == 0 ? std::string_view::npos : src.text.rfind('\n', off - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::size_t first = src.text.find_first_not_of(" \t", start);
    std::size_t tab = src.text.find('\t', start);
    if (tab != std::string_view::npos && first != std::string_view::npos && tab < first && src.at(first) != '\n' &&
        src.at(first) != '\r' && src.at(first) != '#')
      return src.diag(tab, "tab character in indentation", "indent with spaces; YAML does not allow tabs there");
  }

  if (msg.rfind(YAML::ErrorMsg::INVALID_UNICODE, 0) == 0) {
    // yaml-cpp gives the code point in decimal; a surrogate that is not half
    // of a \uD8xx\uDCxx pair (those are read) is the usual cause.
    unsigned long cp = std::strtoul(msg.c_str() + std::strlen(YAML::ErrorMsg::INVALID_UNICODE), nullptr, 10);
    if (cp >= 0xD800 && cp <= 0xDFFF)
      return src.diag(off, fmt::format("'\\u{:04x}' is half of a surrogate pair, without the other half", cp),
                      "a character beyond U+FFFF is written as a pair, high then low, such as \\ud83e\\udd16");
    return src.diag(off, fmt::format("invalid unicode escape: U+{:X} is not a character", cp));
  }
  if (msg == YAML::ErrorMsg::END_OF_SEQ_FLOW)
    return src.diag(off, "expected ',' or ']' in a [...] list", opened_at(open_collection(false), '['));
  if (msg == YAML::ErrorMsg::END_OF_MAP_FLOW)
    return src.diag(off, "expected ',' or '}' in a {...} map", opened_at(open_collection(true), '{'));
  if (msg == YAML::ErrorMsg::END_OF_MAP)
    return src.diag(off, "expected 'key: value' here",
                    "check the indentation: the keys of one map must start in the same column");
  if (msg == YAML::ErrorMsg::END_OF_SEQ)
    return src.diag(off, "expected a '- ' list item here",
                    "check the indentation: the items of one list must start in the same column");
  if (msg == YAML::ErrorMsg::MAP_VALUE) {
    // The key before the ':' on its line, past indentation and "- ".
    std::size_t start = src.text.rfind('\n', off == 0 ? 0 : off - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    while (start < off && (src.text[start] == ' ' || src.text[start] == '-' || src.text[start] == '\t')) ++start;
    if (off > start && off - start > kMaxKeyLength) return long_key(src, start, off - start);
  }
  if (msg == YAML::ErrorMsg::MAP_VALUE)
    return src.diag(off, "unexpected ':' here",
                    "quote the value if it contains ': ', or start a nested map on a new, more "
                    "indented line");
  if (msg == YAML::ErrorMsg::BLOCK_ENTRY)
    return src.diag(off, "unexpected '- ' list item here",
                    "check the indentation (with spaces, not tabs)");
  if (msg == YAML::ErrorMsg::MAP_KEY)
    return src.diag(off, "unexpected '?' here", "quote the value if '?' is part of the text");
  if (msg == YAML::ErrorMsg::FLOW_END) {
    char c = src.at(off);
    return src.diag(off, c == ']' || c == '}' ? fmt::format("unexpected '{}'", c) : "unexpected ']' or '}'",
                    c == ']' ? "there is no '[' open here" : c == '}' ? "there is no '{' open here" : "");
  }
  if (msg == YAML::ErrorMsg::EOF_IN_SCALAR)
    return src.diag(off, "the text ends inside a quoted string", "close the string with its quote");
  if (msg == YAML::ErrorMsg::TAB_IN_INDENTATION)
    return src.diag(off, "tab character in indentation", "indent with spaces; YAML does not allow tabs there");
  if (msg == YAML::ErrorMsg::UNKNOWN_TOKEN) {
    char c = src.at(off);
    return src.diag(off,
                    c > ' ' && c < 0x7f ? fmt::format("unexpected '{}'", c) : std::string("unexpected character"),
                    "quote the value if this character is part of the text");
  }
  if (msg == YAML::ErrorMsg::ALIAS_NOT_FOUND)
    return src.diag(off, "'*' must be followed by an alias name", "quote the value if '*' is part of the text");
  if (msg == YAML::ErrorMsg::ANCHOR_NOT_FOUND)
    return src.diag(off, "'&' must be followed by an anchor name", "quote the value if '&' is part of the text");
  if (msg == YAML::ErrorMsg::CHAR_IN_SCALAR)
    return src.diag(off, "illegal character in a plain value", "quote the value");
  if (msg == YAML::ErrorMsg::DOC_IN_SCALAR)
    return src.diag(off, "'---' or '...' at the start of a line inside a string",
                    "indent the continuation lines of the string");
  if (msg.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0) {
    std::string esc = msg.substr(std::strlen(YAML::ErrorMsg::INVALID_ESCAPE));
    std::size_t backslash = off;
    for (std::size_t k = 1; k <= 3 && k <= off; ++k)
      if (src.at(off - k) == '\\') {
        backslash = off - k;
        break;
      }
    return src.diag(backslash, fmt::format("unknown escape '\\{}' in a double-quoted string", esc),
                    "write '\\\\' for a backslash, or use single quotes, where backslashes have no "
                    "special meaning",
                    2);
  }
  if (msg.rfind(YAML::ErrorMsg::UNKNOWN_ANCHOR, 0) == 0)
    return builder.undefined_alias(off, alias_name_at(src.text, off));

  std::string text = msg;
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  if (text.empty()) text = "invalid YAML";
  return src.diag(off, text);
}

// ---------------------------------------------------------------------------
// locate_in_scalar helpers.

// One byte of a scalar's value and the source offset it came from.
struct Cell {
  char ch;
  std::size_t src;
  bool raw;  // written as itself (not produced by an escape)
};
using CellLine = std::vector<Cell>;

void append_utf8(CellLine& line, unsigned long cp, std::size_t src) {
  char buf[4];
  std::size_t n = 0;
  if (cp < 0x80) {
    buf[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    buf[n++] = static_cast<char>(0xF0 | ((cp >> 18) & 0x07));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  for (std::size_t k = 0; k < n; ++k) line.push_back({buf[k], src, false});
}

// Offset just past the line break at text[i] (\n, \r\n or \r).
std::size_t skip_break(std::string_view text, std::size_t i) {
  if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') return i + 2;
  return i + 1;
}

void trim_trailing_raw_blanks(CellLine& line) {
  while (!line.empty() && line.back().raw && is_blank(line.back().ch)) line.pop_back();
}

// The value lines of a quoted scalar starting at text[start] (the quote).
std::vector<CellLine> quoted_lines(std::string_view text, std::size_t start) {
  char quote = text[start];
  std::vector<CellLine> lines(1);
  std::size_t i = start + 1;
  while (i < text.size()) {
    char c = text[i];
    if (c == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        lines.back().push_back({'\'', i, false});
        i += 2;
        continue;
      }
      break;
    }
    if (is_line_break(c)) {
      trim_trailing_raw_blanks(lines.back());
      lines.emplace_back();
      i = skip_break(text, i);
      while (i < text.size() && is_blank(text[i])) ++i;
      continue;
    }
    if (quote == '"' && c == '\\' && i + 1 < text.size()) {
      char e = text[i + 1];
      if (is_line_break(e)) {  // escaped line break: the lines join without a space
        lines.emplace_back();
        i = skip_break(text, i + 1);
        while (i < text.size() && is_blank(text[i])) ++i;
        continue;
      }
      std::size_t hex = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (hex > 0) {
        unsigned long cp = 0;
        std::string_view digits = text.substr(i + 2, hex);
        for (char d : digits) {
          cp = cp * 16 + static_cast<unsigned long>(d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
        }
        append_utf8(lines.back(), cp, i);
        i += 2 + hex;
        continue;
      }
      switch (e) {
        case '0': lines.back().push_back({'\0', i, false}); break;
        case 'a': lines.back().push_back({'\a', i, false}); break;
        case 'b': lines.back().push_back({'\b', i, false}); break;
        case 't': case '\t': lines.back().push_back({'\t', i, false}); break;
        case 'n': lines.back().push_back({'\n', i, false}); break;
        case 'v': lines.back().push_back({'\v', i, false}); break;
        case 'f': lines.back().push_back({'\f', i, false}); break;
        case 'r': lines.back().push_back({'\r', i, false}); break;
        case 'e': lines.back().push_back({'\x1b', i, false}); break;
        case 'N': append_utf8(lines.back(), 0x85, i); break;
        case '_': append_utf8(lines.back(), 0xA0, i); break;
        case 'L': append_utf8(lines.back(), 0x2028, i); break;
        case 'P': append_utf8(lines.back(), 0x2029, i); break;
        default: lines.back().push_back({e, i, false}); break;  // \" \\ \/ and '\ '
      }
      i += 2;
      continue;
    }
    lines.back().push_back({c, i, true});
    ++i;
  }
  return lines;
}

// The value lines of a block scalar whose indicator ('|' or '>') is at
// text[start]: the content lines below it, without their indentation.
std::vector<CellLine> block_lines(std::string_view text, std::size_t start, const std::string& value) {
  std::vector<CellLine> lines;
  std::size_t i = text.find_first_of("\r\n", start);
  if (i == std::string_view::npos) return lines;
  i = skip_break(text, i);
  // Indentation: the first non-blank content line's, less the spaces its
  // value line keeps (more-indented first lines with an indicator digit).
  std::size_t indent = 0;
  for (std::size_t j = i; j < text.size();) {
    std::size_t lead = 0;
    while (j + lead < text.size() && text[j + lead] == ' ') ++lead;
    std::size_t end = text.find_first_of("\r\n", j);
    if (end == std::string_view::npos) end = text.size();
    if (j + lead < end) {
      std::size_t first = value.find_first_not_of('\n');
      std::size_t vlead = 0;
      while (first != std::string::npos && first + vlead < value.size() && value[first + vlead] == ' ') ++vlead;
      indent = lead > vlead ? lead - vlead : lead;
      break;
    }
    if (end == text.size()) break;
    j = skip_break(text, end);
  }
  if (indent == 0) return lines;
  while (i < text.size()) {
    std::size_t end = text.find_first_of("\r\n", i);
    if (end == std::string_view::npos) end = text.size();
    std::size_t lead = 0;
    while (i + lead < end && text[i + lead] == ' ') ++lead;
    if (lead < indent && i + lead < end) break;  // a less indented line ends the scalar
    CellLine line;
    for (std::size_t k = i + std::min(lead, indent); k < end; ++k) line.push_back({text[k], k, true});
    lines.push_back(std::move(line));
    if (end == text.size()) break;
    i = skip_break(text, end);
  }
  return lines;
}

// The value lines of a plain scalar starting at text[start]; continuation
// lines lose their leading blanks. At most max_lines lines.
std::vector<CellLine> plain_lines(std::string_view text, std::size_t start, std::size_t max_lines) {
  std::vector<CellLine> lines;
  std::size_t i = start;
  while (i < text.size() && lines.size() < max_lines) {
    if (!lines.empty())
      while (i < text.size() && is_blank(text[i])) ++i;
    std::size_t end = text.find_first_of("\r\n", i);
    if (end == std::string_view::npos) end = text.size();
    CellLine line;
    for (std::size_t k = i; k < end; ++k) line.push_back({text[k], k, true});
    trim_trailing_raw_blanks(line);
    lines.push_back(std::move(line));
    if (end == text.size()) break;
    i = skip_break(text, end);
  }
  return lines;
}

// Walks the value and the source lines together. Line breaks in the source
// appear in the value as ' ', '\n' or nothing (folding), so between lines
// the walk skips those. Returns the source offset of value byte `target`, or
// nothing when the two lose step.
std::optional<std::size_t> walk(const std::vector<CellLine>& lines, const std::string& value,
                                std::size_t target, std::size_t start) {
  std::size_t v = 0;
  std::size_t after = start;  // source offset just past the last matched byte
  bool first = true;
  for (const CellLine& line : lines) {
    if (v >= value.size()) break;
    if (!first && !line.empty()) {
      while (v < value.size() && value[v] != line.front().ch && (value[v] == ' ' || value[v] == '\n')) {
        if (v == target) return after;
        ++v;
      }
      if (v < value.size() && value[v] != line.front().ch) return std::nullopt;
    }
    first = false;
    for (const Cell& cell : line) {
      if (v >= value.size() || value[v] != cell.ch) break;
      if (v == target) return cell.src;
      after = cell.src + 1;
      ++v;
    }
  }
  if (v >= value.size() && target >= value.size()) return after;
  return std::nullopt;
}

// Best effort: find the word around the target in the source.
std::size_t search_nearby(std::string_view text, std::size_t start, const std::string& value,
                          std::size_t target) {
  target = std::min(target, value.size());
  std::size_t line_start = value.find_last_of(" \n", target == 0 ? 0 : target - 1);
  line_start = line_start == std::string::npos || target == 0 ? 0 : line_start + 1;
  std::size_t line_end = value.find_first_of(" \n", target);
  if (line_end == std::string::npos) line_end = value.size();
  constexpr std::size_t kNeedle = 16;
  std::string_view ahead = std::string_view(value).substr(target, std::min(kNeedle, line_end - target));
  if (!ahead.empty()) {
    std::size_t found = text.find(ahead, start);
    if (found != std::string_view::npos) return found;
  } else {
    std::size_t from = target - std::min(kNeedle, target - line_start);
    std::string_view behind = std::string_view(value).substr(from, target - from);
    std::size_t found = behind.empty() ? std::string_view::npos : text.find(behind, start);
    if (found != std::string_view::npos) return found + behind.size();
  }
  std::size_t eol = text.find_first_of("\r\n", start);
  if (eol == std::string_view::npos) eol = text.size();
  return std::min(start + target, eol);
}

}  // namespace

// ---------------------------------------------------------------------------

ParseResult parse_yaml(std::string_view text, const std::string& file, const Limits& limits) {
  // The fast path (src/yaml/yaml_fast.cpp) reads the simple texts, profiles
  // mostly, and declines everything else, with no error of its own.
  ParseResult result;
  if (detail::parse_simple(text, limits, result)) return result;
  return detail::parse_yaml_events(text, file, limits);
}

ParseResult detail::parse_yaml_events(std::string_view text, const std::string& file, const Limits& limits) {
  ParseResult result;
  if (text.size() > limits.max_bytes) {
    result.errors.push_back(make_diagnostic(file, {}, {}, fmt::format("file is larger than {} bytes", limits.max_bytes)));
    return result;
  }
  try {
    Source src{text, file, LineIndex(text), bom_length(text)};
    if (auto problem = check_text(src)) {
      result.errors.push_back(std::move(*problem));
      return result;
    }
    std::string_view body = text.substr(src.base);
    std::string rewritten;
    bool pairs = rewrite_surrogate_pairs(body, rewritten);
    if (pairs) body = rewritten;
    ViewBuf buf(body);
    std::istream in(&buf);
    Builder builder(src, limits);
    builder.join_pairs = pairs;
    try {
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(builder)) {
      }
    } catch (const Stop& stop) {
      result.errors.push_back(stop.diag);
    } catch (const YAML::DeepRecursion& e) {
      int depth = limits.max_depth > 0 ? std::min(limits.max_depth, e.depth() - 1) : e.depth() - 1;
      // yaml-cpp's mark is where its scanner got to, often the end of the
      // text; the last node read is nearer the problem.
      result.errors.push_back(src.diag(builder.last_offset(), fmt::format("nesting deeper than {} levels", depth)));
    } catch (const YAML::Exception& e) {
      result.errors.push_back(translate(e, src, builder));
    }
    result.documents = std::move(builder.documents());
  } catch (const std::exception& e) {
    result.errors.push_back(make_diagnostic(file, {}, {}, fmt::format("cannot read YAML: {}", e.what())));
  }
  return result;
}

int underline_length(const Node* n) {
  if (!n || !n->is_scalar() || !n->plain || n->value.find('\n') != std::string::npos) return 1;
  return std::max<int>(1, static_cast<int>(n->value.size()));
}

Diagnostic diagnostic_at(const std::string& file, std::string_view text, const Node* n, std::string message,
                         std::string hint) {
  return make_diagnostic(file, text, n ? n->pos : SourcePos{}, std::move(message), std::move(hint), underline_length(n));
}

SourcePos locate_in_scalar(std::string_view text, const Node& scalar, std::size_t value_offset) {
  std::size_t start = std::min(scalar.offset, text.size());
  const std::string& value = scalar.value;
  std::size_t target = std::min(value_offset, value.size());
  std::size_t off = start;
  if (start < text.size()) {
    char c = text[start];
    std::vector<CellLine> lines;
    if (c == '"' || c == '\'') {
      lines = quoted_lines(text, start);
    } else if (c == '|' || c == '>') {
      lines = block_lines(text, start, value);
    } else {
      // Each source line break became a ' ' or a '\n' (a blank line and the
      // break before it make one '\n').
      std::size_t spaces = static_cast<std::size_t>(std::count(value.begin(), value.end(), ' '));
      std::size_t breaks = static_cast<std::size_t>(std::count(value.begin(), value.end(), '\n'));
      lines = plain_lines(text, start, 1 + spaces + 2 * breaks);
    }
    std::optional<std::size_t> found = walk(lines, value, target, start);
    off = found ? *found : search_nearby(text, start, value, target);
  }
  off = std::min(off, text.size());

  // Count lines from the scalar's own position when it is known.
  if (scalar.pos.known() && scalar.offset <= off && scalar.offset <= text.size()) {
    int line = scalar.pos.line;
    std::size_t line_start = std::string_view::npos;
    for (std::size_t i = scalar.offset; i < off; ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        ++line;
        line_start = i + 1;
      }
    }
    if (line_start == std::string_view::npos)
      return {line, scalar.pos.col + static_cast<int>(off - scalar.offset)};
    return {line, static_cast<int>(off - line_start + 1)};
  }
  return LineIndex(text).pos(off);
}

bool read_text_file(const std::string& path, std::size_t max_bytes, std::string& out, Diagnostic& err) {
  out.clear();
  err = Diagnostic{};
  bool is_stdin = path == "-";
  err.file = is_stdin ? "<stdin>" : path;
  auto fail = [&](std::string_view what, std::string_view detail = {}) {
    std::string name = is_stdin ? std::string("standard input") : fmt::format("'{}'", path);
    if (what == "read") err.message = fmt::format("cannot read {}: {}", name, detail);
    else if (what == "dir") err.message = fmt::format("{} is a directory", name);
    else err.message = fmt::format("file is larger than {} bytes", max_bytes);
    out.clear();
    return false;
  };

  // Opened without blocking, so that a FIFO with no writer cannot hang the
  // open; only regular files are read (and "-", standard input, whatever it is).
  int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    int e = errno;
    if (e == EACCES) err.hint = "make it readable by the user ragft runs as, or leave it out";
    return fail("read", std::strerror(e));
  }
  struct FdCloser {
    int fd;
    bool owned;
    ~FdCloser() {
      if (owned) ::close(fd);
    }
  } closer{fd, !is_stdin};

  // A regular file is read in one call into a buffer one byte larger than
  // it (the next read says it ended); anything else in 64 KiB chunks.
  // Reading stops one byte past the limit, so an endless input costs no more.
  std::size_t chunk = 64 * 1024;
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) return fail("dir");
    if (!is_stdin && !S_ISREG(st.st_mode)) {
      std::string_view kind = S_ISFIFO(st.st_mode)  ? "a FIFO (named pipe)"
                              : S_ISCHR(st.st_mode) ? "a character device"
                              : S_ISBLK(st.st_mode) ? "a block device"
                              : S_ISSOCK(st.st_mode) ? "a socket"
                                                     : "not a regular file";
      fail("read", fmt::format("it is {}, not a regular file", kind));
      err.hint = "only regular files are read; give - to read standard input";
      return false;
    }
    if (!is_stdin) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (S_ISREG(st.st_mode)) {
      if (static_cast<std::size_t>(st.st_size) > max_bytes) return fail("size");
      chunk = static_cast<std::size_t>(st.st_size) + 1;
    }
  }
  while (true) {
    std::size_t want = std::min(chunk, max_bytes + 1 - out.size());
    std::size_t have = out.size();
    out.resize(have + want);
    ssize_t n = ::read(fd, out.data() + have, want);
    out.resize(have + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EISDIR) return fail("dir");
      return fail("read", std::strerror(errno));
    }
    if (n == 0) break;
    if (out.size() > max_bytes) return fail("size");
    // A full read means more may follow (a pipe, or a file that grew): go on
    // in 64 KiB chunks; after a short one, the next read most likely says
    // the input ended, so a small buffer will do.
    chunk = static_cast<std::size_t>(n) == want ? 64 * 1024 : 4096;
  }
  SourcePos bad;
  std::string bad_line;
  if (std::string why = decode_unicode_bom(out, &bad, &bad_line); !why.empty()) {
    err.message = fmt::format("cannot read {}: it is {}", is_stdin ? std::string("standard input") : "'" + path + "'",
                              why);
    err.pos = bad;
    err.source_line = bad_line;
    err.hint = "save the file as UTF-8 (UTF-16 and UTF-32 are read only when they are valid)";
    out.clear();
    return false;
  }
  if (out.size() > max_bytes) return fail("size");
  return true;
}

std::string decode_unicode_bom(std::string& text, SourcePos* pos, std::string* line_text) {
  auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i])); };
  auto starts = [&](std::string_view mark) { return std::string_view(text).substr(0, mark.size()) == mark; };
  int unit = 0;
  bool big = false;
  const char* name = "";
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv)) unit = 4, big = false, name = "UTF-32 (little-endian)";
  else if (starts("\0\0\xFE\xFF"sv)) unit = 4, big = true, name = "UTF-32 (big-endian)";
  else if (starts("\xFF\xFE"sv)) unit = 2, big = false, name = "UTF-16 (little-endian)";
  else if (starts("\xFE\xFF"sv)) unit = 2, big = true, name = "UTF-16 (big-endian)";
  else return {};
  std::string out;
  out.reserve(text.size());
  int lines = 1;
  std::size_t line_start = 0;  // where the current line starts in `out`
  auto bad = [&](std::string_view what, std::size_t at) {
    if (pos) *pos = SourcePos{lines, static_cast<int>(out.size() - line_start) + 1};
    if (line_text) *line_text = out.substr(line_start);
    return fmt::format("{} text with {} at byte {}", name, what, at);
  };
  auto read_unit = [&](std::size_t i) -> std::uint32_t {
    std::uint32_t v = 0;
    for (int k = 0; k < unit; ++k) {
      std::uint32_t b = byte(i + static_cast<std::size_t>(big ? k : unit - 1 - k));
      v = (v << 8) | b;
    }
    return v;
  };
  std::size_t i = static_cast<std::size_t>(unit);
  while (i < text.size()) {
    if (i + static_cast<std::size_t>(unit) > text.size()) return bad("a truncated character", i);
    std::uint32_t cp = read_unit(i);
    std::size_t at = i;
    i += static_cast<std::size_t>(unit);
    if (unit == 2 && cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 2 > text.size()) return bad("a lone surrogate", at);
      std::uint32_t low = read_unit(i);
      if (low < 0xDC00 || low > 0xDFFF) return bad("a lone surrogate", at);
      i += 2;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      return bad("a lone surrogate", at);
    } else if (cp > 0x10FFFF) {
      return bad("a value that is no character", at);
    }
    if (cp == 0) return bad("a NUL character", at);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      if (cp == '\n') {
        ++lines;
        line_start = out.size();
      }
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  text = std::move(out);
  return {};
}

}  // namespace ragft::yaml
