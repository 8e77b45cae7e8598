// Differential tests for the fast path of the YAML reader (src/yaml/yaml_fast.cpp,
// src/yaml/yaml_fast.h): whenever parse_simple() accepts a text, its
// result must equal, node for node (kind, value, plain flag, position,
// offset, entry order) and document for document (start), what the full
// reader (parse_yaml_events(), yaml-cpp's events) gives, and the full reader
// must report no error. parse_yaml() (fast path, then the full reader) must
// give exactly what the full reader alone gives, errors included, under
// default and small limits. And the fast path must accept the common texts:
// a fast path that declines everything would pass the comparisons.
//
// Inputs: the examples, the hostile inputs, the fuzz corpora, the e2e
// fixtures, the built-in rules, a table of small texts at each edge of the
// subset, generated profiles and random mutations of them, and every file
// under $RAGFT_YAML_FAST_DIR when it is set (bench_gen's output, say).
// With RAGFT_YAML_FAST_STATS set, prints how many inputs of each set the
// fast path accepted.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "ragft/yaml_doc.h"
#include "yaml/yaml_fast.h"

using namespace std::string_literals;
using ragft::Diagnostic;
using ragft::SourcePos;
using ragft::yaml::Document;
using ragft::yaml::Kind;
using ragft::yaml::Limits;
using ragft::yaml::Node;
using ragft::yaml::ParseResult;

namespace {

namespace fs = std::filesystem;

std::string show(const SourcePos& p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

// The text with its control and non-ASCII bytes escaped, for messages.
std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (u < 0x20 || u >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

// The first difference between two trees, or "" when they are equal.
std::string node_diff(const Node& a, const Node& b, const std::string& path) {
  auto at = [&](const std::string& what) { return path + ": " + what; };
  if (a.kind != b.kind) return at("kind " + std::string(a.kind_name()) + " vs " + std::string(b.kind_name()));
  if (a.value != b.value) return at("value '" + escaped(a.value) + "' vs '" + escaped(b.value) + "'");
  if (a.plain != b.plain) return at("plain " + std::to_string(a.plain) + " vs " + std::to_string(b.plain));
  if (!(a.pos == b.pos)) return at("pos " + show(a.pos) + " vs " + show(b.pos));
  if (a.offset != b.offset) return at("offset " + std::to_string(a.offset) + " vs " + std::to_string(b.offset));
  if (a.items.size() != b.items.size())
    return at("items " + std::to_string(a.items.size()) + " vs " + std::to_string(b.items.size()));
  if (a.entries.size() != b.entries.size())
    return at("entries " + std::to_string(a.entries.size()) + " vs " + std::to_string(b.entries.size()));
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (!a.items[i] || !b.items[i]) return at("null item pointer");
    std::string d = node_diff(*a.items[i], *b.items[i], path + "[" + std::to_string(i) + "]");
    if (!d.empty()) return d;
  }
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const auto& [ak, av] = a.entries[i];
    const auto& [bk, bv] = b.entries[i];
    if (!ak || !av || !bk || !bv) return at("null entry pointer");
    std::string d = node_diff(*ak, *bk, path + ".key" + std::to_string(i));
    if (d.empty()) d = node_diff(*av, *bv, path + "." + ak->value);
    if (!d.empty()) return d;
  }
  return {};
}

std::string diag_diff(const Diagnostic& a, const Diagnostic& b, const std::string& path) {
  auto at = [&](const std::string& what) { return path + ": " + what; };
  if (a.severity != b.severity) return at("severity");
  if (a.file != b.file) return at("file '" + a.file + "' vs '" + b.file + "'");
  if (!(a.pos == b.pos)) return at("pos " + show(a.pos) + " vs " + show(b.pos));
  if (a.length != b.length) return at("length");
  if (a.message != b.message) return at("message '" + a.message + "' vs '" + b.message + "'");
  if (a.source_line != b.source_line) return at("source line");
  if (a.hint != b.hint) return at("hint '" + a.hint + "' vs '" + b.hint + "'");
  return {};
}

// The first difference between two results, or "" when they are equal.
std::string result_diff(const ParseResult& a, const ParseResult& b) {
  if (a.documents.size() != b.documents.size())
    return "documents " + std::to_string(a.documents.size()) + " vs " + std::to_string(b.documents.size());
  for (std::size_t i = 0; i < a.documents.size(); ++i) {
    const Document& da = a.documents[i];
    const Document& db = b.documents[i];
    std::string path = "doc" + std::to_string(i);
    if (!(da.start == db.start)) return path + ": start " + show(da.start) + " vs " + show(db.start);
    if (!da.root || !db.root) return path + ": null root pointer";
    std::string d = node_diff(*da.root, *db.root, path);
    if (!d.empty()) return d;
  }
  if (a.errors.size() != b.errors.size())
    return "errors " + std::to_string(a.errors.size()) + " vs " + std::to_string(b.errors.size());
  for (std::size_t i = 0; i < a.errors.size(); ++i) {
    std::string d = diag_diff(a.errors[i], b.errors[i], "error" + std::to_string(i));
    if (!d.empty()) return d;
  }
  return {};
}

std::string limits_text(const Limits& l) {
  return "max_bytes=" + std::to_string(l.max_bytes) + " max_depth=" + std::to_string(l.max_depth) +
         " max_nodes=" + std::to_string(l.max_nodes) + " max_documents=" + std::to_string(l.max_documents);
}

// Checks one text under one set of limits; returns whether the fast path
// accepted it. Only failures make assertions, so a large corpus stays cheap.
bool differential(std::string_view text, const Limits& limits, const std::string& name) {
  ParseResult fast;
  fast.errors.push_back(Diagnostic{});  // must be cleared when accepted, kept when declined
  bool accepted = ragft::yaml::detail::parse_simple(text, limits, fast);
  ParseResult slow = ragft::yaml::detail::parse_yaml_events(text, "t.yaml", limits);
  ParseResult both = ragft::yaml::parse_yaml(text, "t.yaml", limits);
  std::string problem;
  if (accepted) {
    if (!slow.errors.empty()) {
      problem = "fast path accepted a text the full reader rejects: " + slow.errors.front().message;
    } else {
      problem = result_diff(fast, slow);
      if (problem.empty() && !fast.errors.empty()) problem = "accepted with errors";
    }
  } else if (!fast.documents.empty() || fast.errors.size() != 1) {
    problem = "declined but changed its output";
  }
  if (problem.empty()) {
    problem = result_diff(both, slow);
    if (!problem.empty()) problem = "parse_yaml differs from the full reader: " + problem;
  }
  if (!problem.empty()) {
    INFO(name);
    INFO("text: " << escaped(text));
    INFO(limits_text(limits));
    INFO("fast path " << (accepted ? "accepted" : "declined"));
    FAIL_CHECK(problem);
  }
  return accepted;
}

// Small limits around the size of the text, so the fast path's limit checks
// are compared with the full reader's at their edges.
std::vector<Limits> limit_variants(std::string_view text) {
  std::vector<Limits> out;
  out.emplace_back();
  Limits l;
  if (!text.empty()) {
    l.max_bytes = text.size() - 1;
    out.push_back(l);
  }
  l = Limits{};
  l.max_bytes = text.size();
  out.push_back(l);
  for (int depth : {0, 1, 2, 3}) {
    l = Limits{};
    l.max_depth = depth;
    out.push_back(l);
  }
  for (std::size_t nodes : {0, 1, 2, 3, 4, 5, 7, 9, 12, 20, 40}) {
    l = Limits{};
    l.max_nodes = nodes;
    out.push_back(l);
  }
  for (std::size_t docs : {0, 1, 2, 3}) {
    l = Limits{};
    l.max_documents = docs;
    out.push_back(l);
  }
  return out;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Regular files under dir (recursively when asked), sorted; only those
// ending in `ext` when it is not empty.
std::vector<fs::path> files_under(const fs::path& dir, bool recursive, const std::string& ext = {}) {
  std::vector<fs::path> out;
  auto take = [&](const fs::directory_entry& e) {
    if (!e.is_regular_file()) return;
    if (!ext.empty() && e.path().extension() != ext) return;
    out.push_back(e.path());
  };
  if (recursive) {
    for (const auto& e : fs::recursive_directory_iterator(dir)) take(e);
  } else {
    for (const auto& e : fs::directory_iterator(dir)) take(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Tally {
  std::size_t accepted = 0;
  std::size_t declined = 0;
};

void report(const std::string& set, const Tally& t) {
  if (std::getenv("RAGFT_YAML_FAST_STATS") == nullptr) return;
  std::printf("yaml fast path: %-28s %5zu accepted, %5zu declined\n", set.c_str(), t.accepted, t.declined);
}

// Runs every file of a corpus through the differential check.
Tally run_files(const std::vector<fs::path>& files, bool limit_sweep) {
  Tally t;
  for (const auto& f : files) {
    std::string text = read_file(f);
    bool accepted = differential(text, Limits{}, f.string());
    (accepted ? t.accepted : t.declined)++;
    if (limit_sweep) {
      for (const Limits& l : limit_variants(text)) differential(text, l, f.string());
    }
  }
  return t;
}

const fs::path kSource = RAGFT_SOURCE_DIR;

// ---------------------------------------------------------------------------
// Generated profiles: valid texts of the subset, in the spellings users write.

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
  template <typename T, std::size_t N>
  const T& pick(const T (&v)[N]) { return v[below(N)]; }

 private:
  std::uint64_t state_;
};

const char* const kKeys[] = {"problem", "behavior", "knowledge_change", "task_scope", "prompt_quality",
                             "quality_target", "labeled_examples", "eval_set", "calls_per_day",
                             "latency_budget_ms", "privacy", "citations_required", "x-owner", "a b",
                             "k.v", "path/to", "_x", "9lives", "a-b-c"};
const char* const kValues[] = {"knowledge", "behavior", "both", "yearly", "0.922", "97%", "5_000", "40k",
                               "4e4", "yes", "no", "true", "false", "-1", "-0.5", "+3", "~x", "a#b",
                               "http://x.y/z", "x:y", "a, b", "x]", "x}", "(a)", "it's", "say \"hi\"",
                               "?q", ":x", "-x", "a - b", "a ? b", "1.", ".5", "---", "...", "<<",
                               "=", "$v", "^", "a  b", "null", "~", "NULL", "Null", "nULL"};
const char* const kQuoted[] = {"\"a b\"", "\"x #1\"", "''", "\"\"", "'x'", "'a: b'", "\"a: b\"",
                               "\"it's\"", "'say \"hi\"'", "\"[x]\"", "'{a}'", "\"~\"", "'null'"};
const char* const kComments[] = {"", "", "", "  # note", " # c", "   #", " #x: y"};

std::string gen_value(Random& r) {
  if (r.chance(15)) return r.pick(kQuoted);
  return r.pick(kValues);
}

std::string gen_block(Random& r, int indent) {
  std::string out = r.pick({"|", "|-", ">", ">-"});
  if (r.chance(20)) out += "  # folded";
  out += "\n";
  std::string pad(static_cast<std::size_t>(indent + 1 + static_cast<int>(r.below(3))), ' ');
  std::size_t lines = 1 + r.below(3);
  bool literal = out[0] == '|';
  for (std::size_t i = 0; i < lines; ++i) {
    out += pad;
    if (literal && i > 0 && r.chance(20)) out += "  ";
    out += r.pick({"Work on x for the y team,", "profiled # not a comment", "a: b", "- item", "'q'", "z"});
    out += "\n";
  }
  if (r.chance(20)) out += "\n";
  return out;
}

void gen_map(Random& r, std::string& out, int indent, int depth) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  std::vector<std::string> used;
  std::size_t entries = 1 + r.below(6);
  for (std::size_t i = 0; i < entries; ++i) {
    std::string key = r.pick(kKeys);
    if (std::find(used.begin(), used.end(), key) != used.end()) continue;
    used.push_back(key);
    if (r.chance(10)) out += pad + "# a comment\n";
    if (r.chance(8)) out += "\n";
    out += pad;
    out += r.chance(8) ? "\"" + key + "\"" : key;
    out += ":";
    int kind = static_cast<int>(r.below(100));
    if (depth < 3 && kind < 15) {
      out += std::string(r.pick(kComments)) + "\n";
      gen_map(r, out, indent + 1 + static_cast<int>(r.below(3)), depth + 1);
    } else if (kind < 22) {
      out += std::string(r.pick(kComments)) + "\n";  // null
    } else if (kind < 30) {
      out += " " + gen_block(r, indent);
    } else {
      out += std::string(1 + r.below(2), ' ') + gen_value(r);
      out += r.chance(10) ? "   " : "";
      out += r.pick(kComments);
      out += "\n";
    }
  }
}

std::string gen_profile(Random& r) {
  std::string out;
  if (r.chance(30)) out += "# generated profile\n";
  std::size_t docs = r.chance(85) ? 1 : 2 + r.below(2);
  for (std::size_t d = 0; d < docs; ++d) {
    if (d > 0 || r.chance(10)) out += r.chance(80) ? "---\n" : "--- # next\n";
    if (r.chance(5)) continue;  // an empty document
    int indent = r.chance(10) ? 2 : 0;
    gen_map(r, out, indent, 1);
  }
  if (!out.empty() && r.chance(10)) out.pop_back();  // no final newline
  if (r.chance(10)) out += "\n# end\n";
  return out;
}

// A small random change, mostly to a character that matters to YAML.
std::string mutate(Random& r, std::string text) {
  static const char kChars[] = {':', ' ', '#', '\n', '-', '"', '\'', '|', '>', '\t', '[', '{', '&', '*',
                                '!', '~', '?', ',', '%', '@', '\\', '\r', '.', 'x', '0', '\x80'};
  std::size_t edits = 1 + r.below(3);
  for (std::size_t i = 0; i < edits; ++i) {
    std::size_t at = text.empty() ? 0 : r.below(text.size() + 1);
    char c = kChars[r.below(sizeof kChars)];
    switch (r.below(3)) {
      case 0: text.insert(at, 1, c); break;
      case 1:
        if (at < text.size()) text[at] = c;
        break;
      default:
        if (at < text.size()) text.erase(at, 1 + r.below(3));
        break;
    }
  }
  return text;
}

// ---------------------------------------------------------------------------
// Small texts at each edge of the subset.

enum class Expect { accept, decline, either };

struct Case {
  const char* name;
  std::string text;
  Expect expect;
};

// `depth` maps, each the only value of the one before.
std::string nested(int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) out += std::string(static_cast<std::size_t>(i), ' ') + "k" + std::to_string(i) + ":\n";
  return out;
}

// One map of `count` entries.
std::string entries(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += "key" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  return out;
}

const std::vector<Case>& cases() {
  const Expect A = Expect::accept;
  const Expect D = Expect::decline;
  static const std::vector<Case> all = {
      {"sample profile",
       "# generated profile 909\nproject: claims tagging 909\nanswers:\n  problem: knowledge\n"
       "  knowledge_change: yearly\n  quality_target: 0.922\n  labeled_examples: 5_000\n  eval_set: true\n"
       "  calls_per_day: 30000\n  privacy: sensitive\n  citations_required: yes\n",
       A},
      {"one entry", "a: 1\n", A},
      {"no final newline", "a: 1", A},
      {"tilde", "a: ~\n", A},
      {"null spellings", "a: null\nb: Null\nc: NULL\nd: nULL\ne: nulls\n", A},
      {"empty value then key", "a:\nb: 1\n", A},
      {"empty value at the end", "a: 1\nb:\n", A},
      {"empty value at the end, no newline", "a: 1\nb:", A},
      {"empty value, trailing spaces", "a: 1\nb:\n   ", A},
      {"empty value, comment after", "a:   # c\n\n", A},
      {"empty value, comment lines before key", "a:\n# c\n  # d\nb: 1\n", A},
      {"empty value, blank lines at the end", "a:\n  b:\n\n\n", A},
      {"empty nested value closed by less indented key", "a:\n  b:\nc: 1\n", A},
      {"nested map", "a:\n  b: 1\n  c: 2\nd: 3\n", A},
      {"nested map after comment", "a: # c\n  b: 1\n", A},
      {"deeper nesting", "a:\n  b:\n    c:\n      d: x\n  e: y\nf: z\n", A},
      {"uneven nesting", "a:\n   b:\n    c: 1\n   d: 2\n", A},
      {"less indented line closes two maps", "a:\n  b:\n    c: 1\nd: 2\n", A},
      {"line between two indents", "a:\n  b: 1\n c: 2\n", D},
      {"root indented", "  a: 1\n  b: 2\n", A},
      {"root indented, then less", "  a: 1\nb: 2\n", D},
      {"leading blank lines", "\n\n  a: 1\n  b: 2\n", A},
      {"key with spaces", "my key: v\n", A},
      {"key with trailing spaces", "a  : v\n", A},
      {"key with dot, slash, dash", "a.b/c-d: v\n", A},
      {"numeric key", "1: a\n2: b\n", A},
      {"key null", "null: 1\n", D},
      {"key tilde", "~: 1\n", D},
      {"key merge", "<<: 1\n", D},
      {"key with hash", "a#b: 1\n", D},
      {"key with comment", "a #b: 1\n", D},
      {"double-quoted key", "\"a b\": 1\n", A},
      {"single-quoted key", "'a': 1\n", A},
      {"empty quoted key", "\"\": 1\n", A},
      {"quoted key with escape", "\"a\\tb\": 1\n", D},
      {"quoted key without space after colon", "\"a\":1\n", D},
      {"quoted and plain duplicate", "a: 1\n\"a\": 2\n", D},
      {"duplicate keys", "a: 1\nb: 2\na: 3\n", D},
      {"duplicate nested keys", "a:\n  x: 1\n  x: 2\n", D},
      {"same key in two maps", "a:\n  x: 1\nb:\n  x: 2\n", A},
      {"value with hash", "a: b#c\n", A},
      {"value with comment", "a: b #c\n", A},
      {"value with comment, spaces", "a: b   # c d: e\n", A},
      {"value with trailing spaces", "a: b   \n", A},
      {"value with inner spaces", "a: b  c\n", A},
      {"double-quoted value", "a: \"a b\"\n", A},
      {"double-quoted value with hash", "a: \"x #1\"  # c\n", A},
      {"single-quoted value", "a: 'x'\n", A},
      {"empty single-quoted", "a: ''\n", A},
      {"empty double-quoted", "a: \"\"\n", A},
      {"quoted tilde", "a: \"~\"\nb: 'null'\n", A},
      {"quoted value with escape", "a: \"x\\ny\"\n", D},
      {"single-quoted value with quote", "a: 'it''s'\n", D},
      {"quoted value, text after", "a: \"x\" y\n", D},
      {"quoted value, comment without space", "a: \"x\"#c\n", D},
      {"unclosed quote", "a: \"x\nb: 1\n", D},
      {"multi-line quoted", "a: \"x\n  y\"\n", D},
      {"negative number", "a: -1\n", A},
      {"dash x", "a: -x\n", A},
      {"list item as value", "a: - x\n", D},
      {"colon x", "a: :x\n", A},
      {"question x", "a: ?x\n", A},
      {"nested colon", "a: b: c\n", D},
      {"colon at end", "a: b:\n", D},
      {"no space after colon", "a:b\n", D},
      {"no space after colon, then key", "a:b: c\n", D},
      {"url value", "a: http://x.y/z?q=1\n", A},
      {"yes", "a: yes\n", A},
      {"fraction", "a: 0.5\n", A},
      {"underscores", "a: 5_000\n", A},
      {"suffix k", "a: 40k\n", A},
      {"percent", "a: 97%\n", A},
      {"percent first", "a: %x\n", D},
      {"flow characters inside", "a: x, y]\nb: a{b}\n", A},
      {"document markers", "a: 1\n---\nb: 2\n", A},
      {"leading marker", "---\na: 1\n", A},
      {"marker with comment", "--- # c\na: 1\n", A},
      {"marker with spaces", "---   \na: 1\n", A},
      {"marker with value", "--- a\n", D},
      {"marker with map", "--- a: 1\n", D},
      {"marker alone", "---\n", A},
      {"two markers", "---\n---\n", A},
      {"trailing marker", "a: 1\n---\n", A},
      {"trailing marker with comment", "a: 1\n--- # end\n# more\n", A},
      {"empty value before marker", "a:\n---\nb:\n", A},
      {"nested empty value before marker", "a:\n  b:\n--- \n  c: 1\n", A},
      {"document end", "a: 1\n...\n", D},
      {"document end, next", "a: 1\n...\nb: 2\n", D},
      {"text after root", "a: 1\nb\n", D},
      {"continuation line", "a: x\n  y\n", D},
      {"continuation after blank", "a: x\n\n  y\n", D},
      {"comment then continuation", "a: x\n  # c\n  y\n", D},
      {"indented comment after value", "a: x\n  # c\nb: 1\n", A},
      {"scalar on next line", "a:\n  x\n", D},
      {"tab in value", "a: b\tc\n", D},
      {"tab indentation", "a:\n\tb: 1\n", D},
      {"crlf", "a: 1\r\nb: 2\r\n", D},
      {"lone cr", "a: 1\rb: 2\n", D},
      {"bom", "\xEF\xBB\xBF" "a: 1\n", D},
      {"non-ascii", "a: caf\xC3\xA9\n", D},
      {"nul", "a: 1\n\0"s, D},
      {"del", "a: \x7F\n", D},
      {"complex key", "? a\n: 1\n", D},
      {"anchor and alias", "a: &x 1\nb: *x\n", D},
      {"tag", "a: !x 1\n", D},
      {"standard tag", "a: !!str 1\n", D},
      {"directive", "%YAML 1.2\n---\na: 1\n", D},
      {"flow sequence", "a: [a, b]\n", D},
      {"flow map", "a: {a: 1}\n", D},
      {"root flow map", "{a: 1}\n", D},
      {"block sequence", "a:\n  - x\n  - y\n", D},
      {"block sequence at key indent", "a:\n- x\n", D},
      {"root sequence", "- a\n- b\n", D},
      {"root scalar", "hello\n", D},
      {"literal", "a: |\n  x\n  y\nb: 1\n", A},
      {"literal strip", "a: |-\n  x\n  y\n", A},
      {"folded", "a: >\n  x\n  y\n", A},
      {"folded strip", "a: >-\n  Work on x\n  more.\n\nb: 1\n", A},
      {"folded, no final newline", "a: >\n  x\n  y", A},
      {"literal, no final newline", "a: |\n  x\n  y", A},
      {"literal more indented", "a: |-\n  a\n   b\nc: 1", A},
      {"folded more indented", "a: >\n  a\n    b\n", D},
      {"block with comment", "a: >- # c\n  x\n", A},
      {"block keep", "a: |+\n  x\n\n", D},
      {"block indentation indicator", "a: |2\n   x\n", D},
      {"block trailing space", "a: >\n  a \n  b\n", D},
      {"block blank line inside", "a: |\n  x\n\n  y\n", D},
      {"block trailing blank lines", "a: |\n  x\n\n\nb: 1\n", A},
      {"block trailing blank lines at end", "a: >\n  x\n\n", A},
      {"block empty", "a: |\nb: 1\n", D},
      {"block at end of text", "a: |", D},
      {"block hash line", "a: |\n  x\n  # not a comment\n", A},
      {"block less indented comment", "a: |\n    x\n  # c\nb: 1\n", A},
      {"block then deeper line", "a:\n  b: |\n      x\n    c: 1\n", D},
      {"block in nested map", "a:\n  b: >-\n    x\n    y\n  c: 1\n", A},
      {"block whitespace line", "a: |\n  x\n \nb: 1\n", D},
      {"block at root", "--- |\n  x\n", D},
      {"empty", "", A},
      {"blank lines only", "\n\n", A},
      {"spaces only", "   \n  ", A},
      {"comment only", "# c\n", A},
      {"comments only, no newline", "# c\n  # d", A},
      {"long key", std::string(600, 'k') + ": 1\n", D},
      {"long value", "a: " + std::string(5000, 'v') + "\n", A},
      {"only a key", "a:", A},
      {"only a key, spaces", "a:  ", A},
      {"del later in the text", "abcdefgh: x\x7F" "yyyyyyyyyy\n", D},
      {"control character later in the text", "abcdefgh: x\x01" "yyyyyyyyyy\n", D},
      {"block at end of text after newline", "a: |\n", D},
      {"block, blank line then spaces", "a: |\n  x\n\n \nb: 1\n", D},
      {"block, blank line then spaces at end", "a: |\n  x\n\n  ", D},
      {"block, blank line then less indented comment", "a:\n  b: |\n      x\n\n    # c\nd: 1\n", A},
      {"nesting 40 deep", nested(40), A},
      {"nesting 120 deep", nested(120), D},
      {"map of 900 entries", entries(900), A},
      {"map of 1001 entries", entries(1001), D},
  };
  return all;
}

}  // namespace

TEST_CASE("yaml fast path: edge cases match the full reader", "[yaml][fast]") {
  Tally t;
  for (const Case& c : cases()) {
    bool accepted = differential(c.text, Limits{}, c.name);
    (accepted ? t.accepted : t.declined)++;
    if (c.expect != Expect::either) {
      INFO(c.name << ": " << escaped(c.text));
      CHECK(accepted == (c.expect == Expect::accept));
    }
    for (const Limits& l : limit_variants(c.text)) differential(c.text, l, c.name);
  }
  report("edge cases", t);
  CHECK(cases().size() >= 60);
}

TEST_CASE("yaml fast path: a tab in indentation is declined and said to be a tab", "[yaml][fast]") {
  // The fast path declines every tab; the full reader then names it, whatever
  // yaml-cpp makes of the line, so both paths agree that it is an error.
  for (const char* text : {"a:\n\tb: 1\n", "answers:\n  problem: x\n\tcalls: 3\n", "a:\n \tb: 1\n", "a:\n\t- b\n"}) {
    INFO(escaped(text));
    ParseResult fast;
    CHECK_FALSE(ragft::yaml::detail::parse_simple(text, Limits{}, fast));
    ParseResult full = ragft::yaml::parse_yaml(text, "t.yaml");
    REQUIRE(full.errors.size() == 1);
    CHECK(full.errors[0].message == "tab character in indentation");
    CHECK(full.errors[0].hint == "indent with spaces; YAML does not allow tabs there");
  }
  // A tab that separates a value from its key is not indentation.
  CHECK(ragft::yaml::parse_yaml("a:\tb\n", "t.yaml").errors.empty());
}

TEST_CASE("yaml fast path: the examples are read by the fast path", "[yaml][fast]") {
  auto files = files_under(kSource / "examples", true, ".yaml");
  REQUIRE(files.size() >= 20);
  Tally t = run_files(files, true);
  report("examples", t);
  CHECK(t.declined == 0);  // every example profile is in the subset
}

TEST_CASE("yaml fast path: corpora match the full reader", "[yaml][fast]") {
  struct Corpus {
    const char* name;
    fs::path dir;
    bool recursive;
    std::string ext;
    std::size_t min_accepted;
  };
  const Corpus corpora[] = {
      {"tests/hostile/inputs", kSource / "tests/hostile/inputs", false, "", 3},
      {"tests/fuzz/corpus", kSource / "tests/fuzz/corpus", true, "", 10},
      {"tests/e2e/fixtures", kSource / "tests/e2e/fixtures", true, "", 10},
      {"rules", kSource / "rules", false, ".yaml", 0},
  };
  for (const Corpus& c : corpora) {
    auto files = files_under(c.dir, c.recursive, c.ext);
    REQUIRE(!files.empty());
    Tally t = run_files(files, false);
    report(c.name, t);
    INFO(c.name);
    CHECK(t.accepted >= c.min_accepted);
  }
}

TEST_CASE("yaml fast path: generated profiles are read by the fast path", "[yaml][fast]") {
  Random r(2024);
  Tally t;
  for (int i = 0; i < 400; ++i) {
    std::string text = gen_profile(r);
    bool accepted = differential(text, Limits{}, "generated profile " + std::to_string(i));
    (accepted ? t.accepted : t.declined)++;
    if (!accepted) {
      INFO("generated profile " << i << ": " << escaped(text));
      FAIL_CHECK("the fast path declined a generated profile");
    }
    if (i % 8 == 0) {
      for (const Limits& l : limit_variants(text)) differential(text, l, "generated profile " + std::to_string(i));
    }
  }
  report("generated profiles", t);
}

TEST_CASE("yaml fast path: mutated profiles match the full reader", "[yaml][fast]") {
  Random r(77);
  Tally t;
  for (int i = 0; i < 1500; ++i) {
    std::string text = mutate(r, gen_profile(r));
    bool accepted = differential(text, Limits{}, "mutated profile " + std::to_string(i));
    (accepted ? t.accepted : t.declined)++;
  }
  report("mutated profiles", t);
  CHECK(t.accepted > 100);
  CHECK(t.declined > 100);
}

TEST_CASE("yaml fast path: files under $RAGFT_YAML_FAST_DIR match the full reader", "[yaml][fast]") {
  const char* dir = std::getenv("RAGFT_YAML_FAST_DIR");
  if (dir == nullptr || *dir == '\0') return;
  auto files = files_under(dir, true);
  Tally t = run_files(files, false);
  report(dir, t);
}
