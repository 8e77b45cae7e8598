// The fast path of the guarded YAML reader: a hand-written reader for the
// strict subset of YAML described in src/yaml/yaml_fast.h. It builds
// the same tree as the full reader (src/yaml/yaml_doc.cpp, yaml-cpp's events)
// would, and declines everything else. The positions follow yaml-cpp's
// marks as the full reader turns them into nodes:
//   - a map is at its first key, a scalar at its first character (the quote,
//     or the '|' / '>' of a block scalar);
//   - an empty value is a null at the next token: the next key, the next
//     '---', or the end of the text (comments and blank lines skipped);
//   - a document starts at its '---', or at its first key without one; an
//     empty document (a '---' and nothing else) has a null root at the next
//     token; a text without any token has no document at all.
#include "yaml/yaml_fast.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <utility>

namespace ragft::yaml::detail {
namespace {

// Beyond these the fast path declines, whatever the limits say: yaml-cpp has
// its own nesting guard, forgets a simple key longer than 1024 bytes, and the
// duplicate-key check here is quadratic.
constexpr int kMaxDepth = 100;
constexpr std::size_t kMaxKeyBytes = 512;
constexpr std::size_t kMaxEntries = 1000;

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Characters of a plain key after its first.
bool is_key_char(char c) {
  return is_alnum(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ' ';
}

// Characters that cannot start a plain scalar (yaml-cpp's plain scalar
// terminators), besides the quotes and block indicators handled apart.
bool is_bad_plain_start(char c) {
  switch (c) {
    case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*':
    case '!': case '%': case '@': case '`':
      return true;
    default:
      return false;
  }
}

bool is_null_word(std::string_view v) {
  return v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// One line with content (not blank, not a comment).
struct Line {
  std::size_t start = 0;    // its first byte
  std::size_t content = 0;  // its first byte that is not a space
  std::size_t end = 0;      // its '\n', or the end of the text
  int number = 0;           // 1-based
  int indent() const { return static_cast<int>(content - start); }
};

using MutNodePtr = std::shared_ptr<Node>;

class Reader {
 public:
  Reader(std::string_view text, const Limits& limits)
      : s_(text.data()), n_(text.size()), limits_(limits) {}

  bool read(std::vector<Document>& docs) {
    if (!prescan()) return false;
    peek();
    while (have_) {
      if (docs.size() >= limits_.max_documents) return false;
      nodes_ = 0;
      Document doc;
      if (is_doc_start(line_)) {
        doc.start = SourcePos{line_.number, 1};
        // Only spaces and a comment may follow the '---'.
        std::size_t j = line_.start + 3;
        while (j < line_.end && s_[j] == ' ') ++j;
        if (j < line_.end && s_[j] != '#') return false;
        consume();
        peek();
        if (!have_ || is_doc_start(line_)) {
          doc.root = have_ ? new_node(Kind::null, line_.start, line_) : eof_null();
          if (!doc.root) return false;
          docs.push_back(std::move(doc));
          continue;
        }
      } else {
        // Only the first document can start without a '---': the loop
        // comes back only at a '---'.
        doc.start = pos(line_.content, line_);
      }
      doc.root = map(1);
      if (!doc.root) return false;
      // The root map ends at a '---' or at the end of the text.
      if (have_ && !is_doc_start(line_)) return false;
      docs.push_back(std::move(doc));
    }
    return true;
  }

 private:
  // Every byte printable ASCII (0x20 to 0x7E) or '\n'; eight at a time.
  bool prescan() const {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t high = 0x8080808080808080ull;
    std::size_t i = 0;
    for (; i + 8 <= n_; i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s_ + i, 8);
      if (w & high) return false;                     // >= 0x80
      if (((w + ones) & high) != 0) return false;     // 0x7F
      std::uint64_t y = w ^ (ones * '\n');            // '\n' -> 0, other controls stay below 0x20
      std::uint64_t below_space = ~((y | high) - ones * 0x20) & high;
      std::uint64_t zero = ~((y | high) - ones) & high;
      if (below_space & ~zero) return false;
    }
    for (; i < n_; ++i) {
      auto c = static_cast<unsigned char>(s_[i]);
      if ((c < 0x20 || c >= 0x7F) && c != '\n') return false;
    }
    return n_ < (std::size_t{1} << 30);  // positions are ints
  }

  // The next line with content, from next_: fills line_ and have_.
  void peek() {
    while (next_ < n_) {
      std::size_t start = next_;
      const void* nl = std::memchr(s_ + start, '\n', n_ - start);
      std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - s_) : n_;
      std::size_t c = start;
      while (c < end && s_[c] == ' ') ++c;
      if (c == end || s_[c] == '#') {
        next_ = end + 1;
        ++next_number_;
        continue;
      }
      line_ = Line{start, c, end, next_number_};
      have_ = true;
      return;
    }
    have_ = false;
  }

  void consume() {
    next_ = line_.end + 1;
    next_number_ = line_.number + 1;
  }

  bool is_doc_start(const Line& l) const {
    return l.content == l.start && l.end - l.start >= 3 && s_[l.start] == '-' && s_[l.start + 1] == '-' &&
           s_[l.start + 2] == '-' && (l.start + 3 == l.end || s_[l.start + 3] == ' ');
  }

  static SourcePos pos(std::size_t offset, const Line& l) {
    return SourcePos{l.number, static_cast<int>(offset - l.start + 1)};
  }

  MutNodePtr new_node(Kind kind, std::size_t offset, SourcePos p) {
    if (++nodes_ > limits_.max_nodes) return nullptr;
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->pos = p;
    node->offset = offset;
    return node;
  }
  MutNodePtr new_node(Kind kind, std::size_t offset, const Line& l) { return new_node(kind, offset, pos(offset, l)); }
  // A null at the end of the text, once peek() has found no more line.
  MutNodePtr eof_null() {
    SourcePos p{next_number_, 1};
    if (next_ > n_) {  // the last line has no '\n'
      std::size_t start = n_;
      while (start > 0 && s_[start - 1] != '\n') --start;
      p = SourcePos{next_number_ - 1, static_cast<int>(n_ - start + 1)};
    }
    return new_node(Kind::null, n_, p);
  }

  // The block map whose first key is on line_.
  MutNodePtr map(int depth) {
    if (depth > kMaxDepth || (limits_.max_depth > 0 && depth > limits_.max_depth)) return nullptr;
    const int indent = line_.indent();
    MutNodePtr node = new_node(Kind::map, line_.content, line_);
    if (!node) return nullptr;
    while (true) {
      std::size_t after = 0;
      MutNodePtr key = this->key(after);
      if (!key) return nullptr;
      if (node->entries.size() >= kMaxEntries) return nullptr;
      for (const auto& entry : node->entries)
        if (entry.first->value == key->value) return nullptr;  // the full reader reports it

      std::size_t v = after;
      while (v < line_.end && s_[v] == ' ') ++v;
      MutNodePtr value;
      if (v == line_.end || s_[v] == '#') {
        consume();
        peek();
        if (have_ && !is_doc_start(line_) && line_.indent() > indent) {
          value = map(depth + 1);
        } else {
          value = have_ ? new_node(Kind::null, line_.content, line_) : eof_null();
        }
      } else {
        value = scalar(v, indent);
      }
      if (!value) return nullptr;
      if (node->entries.empty()) node->entries.reserve(8);
      node->entries.emplace_back(std::move(key), std::move(value));

      if (!have_ || is_doc_start(line_)) return node;
      if (line_.indent() > indent) return nullptr;  // a continuation line, or bad indentation
      if (line_.indent() < indent) return node;
    }
  }

  // The key at the start of line_; `after` is set just past its ':'.
  MutNodePtr key(std::size_t& after) {
    const std::size_t k = line_.content;
    const std::size_t e = line_.end;
    const char c = s_[k];
    std::size_t colon = 0;
    std::size_t vbegin = k;
    std::size_t vend = k;
    bool plain = true;
    if (c == '"' || c == '\'') {
      std::size_t q = k + 1;
      while (q < e && s_[q] != c) {
        if (s_[q] == '\\') return nullptr;
        ++q;
      }
      if (q + 1 >= e || s_[q + 1] != ':') return nullptr;  // also rejects '' inside '...'
      colon = q + 1;
      vbegin = k + 1;
      vend = q;
      plain = false;
    } else {
      if (!is_alnum(c) && c != '_') return nullptr;
      std::size_t q = k + 1;
      while (q < e && s_[q] != ':') {
        if (!is_key_char(s_[q])) return nullptr;
        ++q;
      }
      if (q >= e) return nullptr;
      colon = q;
      vend = q;
      while (s_[vend - 1] == ' ') --vend;
      if (is_null_word(std::string_view(s_ + k, vend - k))) return nullptr;
    }
    if (colon + 1 < e && s_[colon + 1] != ' ') return nullptr;
    if (colon - k > kMaxKeyBytes) return nullptr;
    after = colon + 1;
    MutNodePtr node = new_node(Kind::scalar, k, line_);
    if (!node) return nullptr;
    node->value.assign(s_ + vbegin, vend - vbegin);
    node->plain = plain;
    return node;
  }

  // The value starting at s_[v] on line_ (of a key in a map at `indent`);
  // reads up to the next line with content.
  MutNodePtr scalar(std::size_t v, int indent) {
    const std::size_t e = line_.end;
    const char c = s_[v];
    if (c == '|' || c == '>') return block_scalar(v, indent);
    MutNodePtr node;
    if (c == '"' || c == '\'') {
      std::size_t q = v + 1;
      while (q < e && s_[q] != c) {
        if (s_[q] == '\\') return nullptr;
        ++q;
      }
      if (q >= e) return nullptr;
      std::size_t j = q + 1;
      // After the closing quote: spaces, and a comment after a space.
      if (j < e && s_[j] != ' ') return nullptr;  // also rejects '' inside '...'
      while (j < e && s_[j] == ' ') ++j;
      if (j < e && s_[j] != '#') return nullptr;
      node = new_node(Kind::scalar, v, line_);
      if (!node) return nullptr;
      node->value.assign(s_ + v + 1, q - v - 1);
      node->plain = false;
    } else {
      if (is_bad_plain_start(c)) return nullptr;
      if ((c == '-' || c == '?' || c == ':') && (v + 1 == e || s_[v + 1] == ' ')) return nullptr;
      std::size_t last = v;
      for (std::size_t j = v; j < e; ++j) {
        char ch = s_[j];
        if (ch == ' ') {
          if (j + 1 < e && s_[j + 1] == '#') break;
        } else {
          if (ch == ':' && (j + 1 == e || s_[j + 1] == ' ')) return nullptr;
          last = j + 1;
        }
      }
      std::string_view text(s_ + v, last - v);
      if (is_null_word(text)) {
        node = new_node(Kind::null, v, line_);
      } else {
        node = new_node(Kind::scalar, v, line_);
        if (node) node->value.assign(text.data(), text.size());
      }
      if (!node) return nullptr;
    }
    consume();
    peek();
    return node;
  }

  // A block scalar: '|' or '>' at s_[v], maybe '-', then its lines.
  MutNodePtr block_scalar(std::size_t v, int indent) {
    const bool folded = s_[v] == '>';
    const std::size_t e = line_.end;
    std::size_t j = v + 1;
    bool strip = false;
    if (j < e && s_[j] == '-') {
      strip = true;
      ++j;
    }
    if (j < e && s_[j] != ' ') return nullptr;  // '+', an indentation digit, ...
    while (j < e && s_[j] == ' ') ++j;
    if (j < e && s_[j] != '#') return nullptr;
    if (e >= n_) return nullptr;  // no line below

    MutNodePtr node = new_node(Kind::scalar, v, line_);
    if (!node) return nullptr;
    node->plain = false;
    std::string& value = node->value;
    int content_indent = -1;
    bool last_break = false;  // whether the last content line ends with '\n'
    std::size_t ls = e + 1;
    int number = line_.number + 1;
    while (ls < n_) {
      const void* nl = std::memchr(s_ + ls, '\n', n_ - ls);
      std::size_t le = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - s_) : n_;
      std::size_t c = ls;
      while (c < le && s_[c] == ' ') ++c;
      int spaces = static_cast<int>(c - ls);
      if (c == le) {
        // Empty lines only at the end, before a less indented line.
        if (spaces > 0 || content_indent < 0) return nullptr;
        std::size_t q = le + 1;
        while (q < n_ && s_[q] == '\n') ++q;
        if (q < n_) {
          std::size_t r = q;
          while (r < n_ && s_[r] == ' ') ++r;
          if (r == n_ || s_[r] == '\n') return nullptr;
          if (static_cast<int>(r - q) >= content_indent) return nullptr;
        }
        break;
      }
      if (content_indent < 0) {
        if (spaces <= indent) return nullptr;  // an empty block scalar
        content_indent = spaces;
      } else if (spaces < content_indent) {
        break;
      }
      if (folded && spaces > content_indent) return nullptr;
      if (s_[le - 1] == ' ') return nullptr;
      if (number > line_.number + 1) value += folded ? ' ' : '\n';  // not the first line
      std::size_t from = ls + static_cast<std::size_t>(content_indent);
      value.append(s_ + from, le - from);
      last_break = le < n_;
      ls = le + 1;
      ++number;
    }
    if (content_indent < 0) return nullptr;
    if (!strip && last_break) value += '\n';
    next_ = ls;
    next_number_ = number;
    peek();
    return node;
  }

  const char* s_;
  std::size_t n_;
  const Limits& limits_;
  std::size_t next_ = 0;  // start of the next line not read yet
  int next_number_ = 1;
  Line line_;             // the current line with content, when have_
  bool have_ = false;
  std::size_t nodes_ = 0;  // in the current document
};

}  // namespace

bool parse_simple(std::string_view text, const Limits& limits, ParseResult& out) {
  if (text.size() > limits.max_bytes) return false;
  std::vector<Document> docs;
  Reader reader(text, limits);
  if (!reader.read(docs)) return false;
  out.documents = std::move(docs);
  out.errors.clear();
  return true;
}

}  // namespace ragft::yaml::detail
