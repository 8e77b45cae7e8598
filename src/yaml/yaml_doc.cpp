// The guarded YAML reader: a tree builder driven by yaml-cpp's event parser
// (duplicate keys, alias cycles and bombs, depth, tags, merge keys, the
// endless-document loop) and the translation of yaml-cpp's errors. The text
// checks before parsing are in yaml_text.cpp, locate_in_scalar() in
// yaml_locate.cpp, the file reader in yaml_file.cpp. yaml-cpp's YAML::Node
// API is never used here.
#include "ragft/yaml_doc.h"
#include "ragft/safe_text.h"
#include "yaml/yaml_fast.h"
#include "yaml/yaml_text.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <istream>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace ragft::yaml {

namespace {

using namespace detail;

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
//
// Only double-quoted scalars process escapes, so the scan skips what may
// look like one elsewhere: comments, single-quoted scalars, plain scalars
// (a quote or a ", " inside one is text), and the lines of a block scalar
// (| or >) or of a plain scalar's continuation: the lines below it indented
// more than its entry (the key's column, or the "- " item's).
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
  auto line_end = [&](std::size_t i) {
    while (i < body.size() && body[i] != '\n') ++i;
    return i;
  };
  auto space = [&](std::size_t i) { return i >= body.size() || body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n'; };
  // The indentation below which the scalar starting at `at`, on the line
  // starting at `line`, ends: its entry's column (the key's, or the last
  // "- " / "? " indicator's when the scalar is the item itself). A
  // document's root (after "---", or alone at column 0) goes on at column 0
  // when plain, at column 1 when a block scalar (yaml-cpp reads both so).
  auto entry_indent = [&](std::size_t line, std::size_t at, bool block) -> int {
    const int root = block ? 0 : -1;
    if (body.substr(line, 3) == "---") return root;
    std::size_t k = line;
    while (k < at && body[k] == ' ') ++k;
    std::size_t indicator = std::string_view::npos;
    while (k < at && (body[k] == '-' || body[k] == '?') && space(k + 1)) {
      indicator = k;
      ++k;
      while (k < at && body[k] == ' ') ++k;
    }
    if (k == at && indicator == std::string_view::npos && k == line) return root;
    return static_cast<int>((k == at && indicator != std::string_view::npos ? indicator : k) - line);
  };
  // A block scalar's header at i: | or >, a chomping and an indentation
  // indicator, then nothing but spaces and a comment.
  auto block_header = [&](std::size_t i) {
    std::size_t k = i + 1;
    for (int n = 0; n < 2 && k < body.size() && (body[k] == '+' || body[k] == '-' || (body[k] >= '1' && body[k] <= '9')); ++n) ++k;
    while (k < body.size() && (body[k] == ' ' || body[k] == '\t')) ++k;
    return k >= body.size() || body[k] == '\n' || body[k] == '\r' || (body[k] == '#' && k > i + 1 && space(k - 1));
  };
  // Whether the plain scalar at i is a key: ": " or a final ':' follows on its line.
  auto plain_key = [&](std::size_t i) {
    for (std::size_t k = i; k < body.size() && body[k] != '\n'; ++k) {
      if (body[k] == '#' && space(k - 1)) return false;
      if (body[k] == ':' && space(k + 1)) return true;
    }
    return false;
  };
  // "---" or "..." at the start of the line at i: a document starts or ends.
  auto marker = [&](std::size_t i) {
    std::string_view m = body.substr(i, 3);
    return (m == "---" || m == "...") && space(i + 3);
  };
  bool any = false;
  char quote = 0;      // the quote of the scalar we are in, or 0
  char before = '\n';  // the last character outside a scalar that is not a space
  int flow = 0;        // [ and { open outside scalars
  int within = -2;     // a block or plain scalar goes on in the lines indented more than this; -2: none
  std::size_t line = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (quote == 0 && (i == 0 || body[i - 1] == '\n')) {
      line = i;
      if (within > -2) {
        std::size_t k = i;
        while (k < body.size() && body[k] == ' ') ++k;
        bool blank = k >= body.size() || body[k] == '\n' || body[k] == '\r';
        if (!marker(i) && (blank || static_cast<int>(k - i) > within)) {
          i = line_end(i);  // a line of the scalar (the loop steps past its '\n')
          continue;
        }
        within = -2;
      }
    }
    if (quote == 0) {
      if (i == line && marker(i)) {
        i += 2;  // a node may follow on the marker's line
        before = '\n';
        flow = 0;
        continue;
      }
      const bool node_start = std::string_view("\n:,[{-?").find(before) != std::string_view::npos;
      if (c == '#' && (i == 0 || body[i - 1] == ' ' || body[i - 1] == '\t' || body[i - 1] == '\n')) {
        i = line_end(i) - 1;  // the '\n' comes next
      } else if ((c == '"' || c == '\'') && node_start) {
        quote = c;
      } else if ((c == '|' || c == '>') && flow == 0 && before != ',' && node_start && block_header(i)) {
        within = entry_indent(line, i, true);
        i = line_end(i) - 1;
      } else if (flow == 0 && node_start && before != ',' && !space(i) &&
                 std::string_view("\"'|>[]{}#&*!%@`,").find(c) == std::string_view::npos &&
                 !((c == '-' || c == '?' || c == ':') && space(i + 1)) && !plain_key(i)) {
        // A plain value: the rest of its line is text, and so are the lines
        // that continue it.
        within = entry_indent(line, i, false);
        i = line_end(i) - 1;
      } else if (c == '[' || c == '{') {
        if (node_start) ++flow;
        before = c;
      } else if ((c == ']' || c == '}') && flow > 0) {
        --flow;
        before = c;
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

}  // namespace ragft::yaml
