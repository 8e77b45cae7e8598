// The benchmark's floor: what reading and parsing the same profile files with
// plain yaml-cpp costs on one thread, with no checking, evaluation or output.
// Any YAML-based scorer pays at least this; bench/run.sh compares ragft with it.
//
//   bench_parse_floor [--events] PATH...
//
// Files and directories (walked recursively, *.yaml/*.yml/*.json, sorted).
// By default each file goes through YAML::LoadAll, the plain node API; with
// --events through YAML::Parser with a handler that does nothing, the least
// yaml-cpp can do. (The benchmark's inputs are trusted generated files: ragft
// itself never uses YAML::LoadAll, see include/ragft/yaml_doc.h.)
// Prints "FILES files, DOCS documents, MS ms" on standard output.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

namespace {

namespace fs = std::filesystem;

class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override { ++documents; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  long documents = 0;
};

bool wanted(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

}  // namespace

int main(int argc, char** argv) {
  bool events = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--events") {
      events = true;
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(arg, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file() && wanted(it->path())) found.push_back(it->path().string());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: bench_parse_floor [--events] PATH...\n");
    return 2;
  }

  auto start = std::chrono::steady_clock::now();
  long documents = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "bench_parse_floor: cannot read '%s'\n", f.c_str());
      return 2;
    }
    std::stringstream text;
    text << in.rdbuf();
    try {
      if (events) {
        NullHandler handler;
        YAML::Parser parser(text);
        while (parser.HandleNextDocument(handler)) {
        }
        documents += handler.documents;
      } else {
        documents += static_cast<long>(YAML::LoadAll(text).size());
      }
    } catch (const YAML::Exception& e) {
      std::fprintf(stderr, "bench_parse_floor: %s: %s\n", f.c_str(), e.what());
      return 2;
    }
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu files, %ld documents, %.1f ms\n", files.size(), documents, ms);
  return 0;
}
