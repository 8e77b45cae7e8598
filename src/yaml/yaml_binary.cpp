// The binary form of parsed documents (src/yaml/yaml_binary.h):
//   "RGY2", u32 document count, then per document its start (u32 line,
//   u32 col) and its root node, then u32 the number of nodes in all. A node:
//   u8 kind, u8 plain, u32 line, u32 col, u32 offset, u32 value length and
//   the value's bytes, u32 child count and the children (a map's entries as
//   key, value, key, value...).
// Integers are little-endian whatever the host, so the form does not depend
// on the machine that built it.
#include "yaml/yaml_binary.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>

namespace ragft::yaml {

namespace {

constexpr std::string_view kMagic = "RGY2";
constexpr std::size_t kMinNode = 22;      // bytes: kind, plain, line, col, offset, length, child count
constexpr std::size_t kMinDocument = 30;  // bytes: start and a node
constexpr int kMaxDepth = 256;  // deeper than the reader itself allows

void put_u32(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

std::uint32_t get_u32(const char* p) {
  std::uint32_t v;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&v, p, 4);
  } else {
    v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  }
  return v;
}

void put_node(std::string& out, const Node& n, std::uint64_t& nodes) {
  ++nodes;
  out.push_back(static_cast<char>(n.kind));
  out.push_back(n.plain ? 1 : 0);
  put_u32(out, static_cast<std::uint64_t>(n.pos.line));
  put_u32(out, static_cast<std::uint64_t>(n.pos.col));
  put_u32(out, n.offset);
  put_u32(out, n.value.size());
  out += n.value;
  if (n.kind == Kind::map) {
    put_u32(out, n.entries.size());
    for (const auto& [k, v] : n.entries) {
      put_node(out, *k, nodes);
      put_node(out, *v, nodes);
    }
  } else {
    put_u32(out, n.items.size());
    for (const auto& item : n.items) put_node(out, *item, nodes);
  }
}

// Reads the form in one pass into one block of nodes (the arena), sized by
// the node count at the end of the data and owned by the roots of the
// returned documents together; the pointers from a node to its children own
// nothing (an empty owner: copying them touches no count). One allocation
// for all nodes instead of one per node, and no reference count to release
// per node when the tree is freed.
class Reader {
 public:
  Reader(std::string_view data, Node* arena, std::size_t arena_size)
      : data_(data), arena_(arena), arena_size_(arena_size) {}

  std::optional<std::uint32_t> u32() {
    if (data_.size() - at_ < 4) return std::nullopt;
    std::uint32_t v = get_u32(data_.data() + at_);
    at_ += 4;
    return v;
  }

  bool magic() {
    if (data_.substr(0, kMagic.size()) != kMagic) return false;
    at_ = kMagic.size();
    return true;
  }

  // Reads the node at the current position into the next free node of the
  // arena, and its children after it; null when the data is damaged.
  const Node* node(int depth) {
    if (depth > kMaxDepth || next_ >= arena_size_ || data_.size() - at_ < 2) return nullptr;
    auto kind = static_cast<unsigned char>(data_[at_]);
    if (kind > static_cast<unsigned char>(Kind::map)) return nullptr;
    Node& n = arena_[next_++];
    n.kind = static_cast<Kind>(kind);
    n.plain = data_[at_ + 1] != 0;
    at_ += 2;
    auto line = u32(), col = u32(), offset = u32(), length = u32();
    if (!length || *length > data_.size() - at_) return nullptr;  // also when an earlier one is missing
    n.pos = {static_cast<int>(*line), static_cast<int>(*col)};
    n.offset = *offset;
    n.value.assign(data_.data() + at_, *length);
    at_ += *length;
    auto count = u32();
    // Every child takes at least kMinNode bytes: a count beyond that is corrupt.
    if (!count || *count > (data_.size() - at_) / kMinNode) return nullptr;
    if (n.kind == Kind::map) {
      n.entries.reserve(*count);
      for (std::uint32_t i = 0; i < *count; ++i) {
        const Node* k = node(depth + 1);
        const Node* v = k ? node(depth + 1) : nullptr;
        if (!v) return nullptr;
        n.entries.emplace_back(NodePtr(NodePtr(), k), NodePtr(NodePtr(), v));
      }
    } else {
      n.items.reserve(*count);
      for (std::uint32_t i = 0; i < *count; ++i) {
        const Node* item = node(depth + 1);
        if (!item) return nullptr;
        n.items.emplace_back(NodePtr(), item);
      }
    }
    return &n;
  }

  // True when the data and the arena are both used up exactly.
  bool at_end() const { return at_ == data_.size() && next_ == arena_size_; }

 private:
  std::string_view data_;
  std::size_t at_ = 0;
  Node* arena_;
  std::size_t arena_size_;
  std::size_t next_ = 0;
};

}  // namespace

std::string to_binary(const std::vector<Document>& documents) {
  std::string out(kMagic);
  put_u32(out, documents.size());
  std::uint64_t nodes = 0;
  for (const Document& d : documents) {
    put_u32(out, static_cast<std::uint64_t>(d.start.line));
    put_u32(out, static_cast<std::uint64_t>(d.start.col));
    put_node(out, *d.root, nodes);
  }
  put_u32(out, nodes);
  return out;
}

bool from_binary(std::string_view data, std::vector<Document>& out) {
  if (data.size() < kMagic.size() + 8) return false;
  // The node count comes last; the documents are what comes before it.
  std::string_view body = data.substr(0, data.size() - 4);
  std::uint32_t nodes = get_u32(data.data() + body.size());
  if (nodes > body.size() / kMinNode) return false;
  if (body.substr(0, kMagic.size()) != kMagic) return false;
  auto arena = std::make_shared<Node[]>(nodes);
  Reader r(body, arena.get(), nodes);
  r.magic();
  auto count = r.u32();
  if (!count || *count > body.size() / kMinDocument) return false;
  std::vector<Document> docs;
  docs.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    auto line = r.u32(), col = r.u32();
    if (!col) return false;
    const Node* root = r.node(0);
    if (!root) return false;
    docs.push_back(Document{NodePtr(arena, root), {static_cast<int>(*line), static_cast<int>(*col)}});
  }
  if (!r.at_end()) return false;
  out = std::move(docs);
  return true;
}

}  // namespace ragft::yaml
