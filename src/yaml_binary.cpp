// The binary form of parsed documents (include/ragft/yaml_binary.h):
//   "RGY1", u32 document count, then per document its start (u32 line,
//   u32 col) and its root node. A node: u8 kind, u8 plain, u32 line, u32 col,
//   u32 offset, u32 value length and the value's bytes, u32 child count and
//   the children (a map's entries as key, value, key, value...).
// Integers are little-endian whatever the host, so the form does not depend
// on the machine that built it.
#include "ragft/yaml_binary.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace ragft::yaml {

namespace {

constexpr std::string_view kMagic = "RGY1";
constexpr int kMaxDepth = 256;  // deeper than the reader itself allows

void put_u32(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void put_node(std::string& out, const Node& n) {
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
      put_node(out, *k);
      put_node(out, *v);
    }
  } else {
    put_u32(out, n.items.size());
    for (const auto& item : n.items) put_node(out, *item);
  }
}

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  std::optional<std::uint32_t> u32() {
    if (data_.size() - at_ < 4) return std::nullopt;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(data_[at_ + i])) << (8 * i);
    at_ += 4;
    return v;
  }

  bool magic() {
    if (data_.substr(0, kMagic.size()) != kMagic) return false;
    at_ = kMagic.size();
    return true;
  }

  NodePtr node(int depth) {
    if (depth > kMaxDepth || data_.size() - at_ < 2) return nullptr;
    auto n = std::make_shared<Node>();
    auto kind = static_cast<unsigned char>(data_[at_]);
    if (kind > static_cast<unsigned char>(Kind::map)) return nullptr;
    n->kind = static_cast<Kind>(kind);
    n->plain = data_[at_ + 1] != 0;
    at_ += 2;
    auto line = u32(), col = u32(), offset = u32(), length = u32();
    if (!length || *length > data_.size() - at_) return nullptr;
    n->pos = {static_cast<int>(*line), static_cast<int>(*col)};
    n->offset = *offset;
    n->value.assign(data_.substr(at_, *length));
    at_ += *length;
    auto count = u32();
    // Every child takes at least 18 bytes: a count beyond that is corrupt.
    if (!count || *count > (data_.size() - at_) / 18) return nullptr;
    if (n->kind == Kind::map) {
      n->entries.reserve(*count / 2);
      for (std::uint32_t i = 0; i < *count; ++i) {
        NodePtr k = node(depth + 1);
        NodePtr v = k ? node(depth + 1) : nullptr;
        if (!v) return nullptr;
        n->entries.emplace_back(std::move(k), std::move(v));
      }
    } else {
      n->items.reserve(*count);
      for (std::uint32_t i = 0; i < *count; ++i) {
        NodePtr item = node(depth + 1);
        if (!item) return nullptr;
        n->items.push_back(std::move(item));
      }
    }
    return n;
  }

  bool at_end() const { return at_ == data_.size(); }

 private:
  std::string_view data_;
  std::size_t at_ = 0;
};

}  // namespace

std::string to_binary(const std::vector<Document>& documents) {
  std::string out(kMagic);
  put_u32(out, documents.size());
  for (const Document& d : documents) {
    put_u32(out, static_cast<std::uint64_t>(d.start.line));
    put_u32(out, static_cast<std::uint64_t>(d.start.col));
    put_node(out, *d.root);
  }
  return out;
}

bool from_binary(std::string_view data, std::vector<Document>& out) {
  Reader r(data);
  if (!r.magic()) return false;
  auto count = r.u32();
  if (!count) return false;
  std::vector<Document> docs;
  for (std::uint32_t i = 0; i < *count; ++i) {
    auto line = r.u32(), col = r.u32();
    if (!col) return false;
    Document d;
    d.start = {static_cast<int>(*line), static_cast<int>(*col)};
    d.root = r.node(0);
    if (!d.root) return false;
    docs.push_back(std::move(d));
  }
  if (!r.at_end()) return false;
  out = std::move(docs);
  return true;
}

}  // namespace ragft::yaml
