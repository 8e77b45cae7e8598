// The benchmark's input: N valid, varied project profiles, the same bytes for
// the same N and seed on every machine (a splitmix64 generator, no
// implementation-defined distributions).
//
//   bench_gen N DIR [SEED]
//
// Writes DIR/NNN/p-NNNNNN.yaml, 1,000 files per sub-directory, each one
// profile answering a random subset of the default criteria in the spellings
// users write (40k, 4e4, 97%, 0.97, yes/true), with comments, quoted and
// folded texts and x- keys. Every file is valid against the built-in rules.
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <sys/stat.h>

namespace {

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
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  std::uint64_t state_;
};

const std::vector<std::string_view> kDomains = {
    "invoice", "claims", "ticket", "contract", "manifest", "support", "policy", "catalogue",
    "clinical", "legal", "HR", "sales", "billing", "compliance", "onboarding", "returns"};
const std::vector<std::string_view> kTasks = {
    "extraction", "triage", "assistant", "summaries", "routing", "Q&A", "drafting", "classification",
    "search", "replies", "tagging", "review"};
const std::vector<std::string_view> kProblems = {"knowledge", "behavior", "both"};
const std::vector<std::string_view> kBehaviors = {"format", "tone", "vocabulary", "refusal", "task"};
const std::vector<std::string_view> kChanges = {"realtime", "daily", "weekly", "monthly",
                                                "quarterly", "yearly", "static"};
const std::vector<std::string_view> kScopes = {"narrow", "broad"};
const std::vector<std::string_view> kPrivacy = {"none", "sensitive", "no_persistent_index", "on_premise"};

// A fraction in one of the spellings a profile may use.
std::string fraction(Random& r, int lo_percent, int hi_percent) {
  int tenths = lo_percent * 10 + static_cast<int>(r.below(static_cast<std::size_t>((hi_percent - lo_percent) * 10 + 1)));
  char buf[32];
  if (r.chance(50)) std::snprintf(buf, sizeof buf, "%d.%d%%", tenths / 10, tenths % 10);
  else std::snprintf(buf, sizeof buf, "%.3f", tenths / 1000.0);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 3, 3, ".0%") == 0) s.erase(s.size() - 3, 2);
  return s;
}

// A count in one of the spellings a profile may use: 40000, 40k, 4e4, 40_000.
std::string count(Random& r, std::uint64_t value) {
  char buf[32];
  switch (r.below(4)) {
    case 0:
      if (value >= 1000 && value % 1000 == 0) {
        std::snprintf(buf, sizeof buf, "%lluk", static_cast<unsigned long long>(value / 1000));
        return buf;
      }
      break;
    case 1:
      if (value >= 10 && value % 10 == 0) {
        int exp = 0;
        std::uint64_t m = value;
        while (m % 10 == 0) {
          m /= 10;
          ++exp;
        }
        std::snprintf(buf, sizeof buf, "%llue%d", static_cast<unsigned long long>(m), exp);
        return buf;
      }
      break;
    case 2:
      if (value >= 1000) {  // 4_000_000
        std::string digits = std::to_string(value), grouped;
        for (std::size_t i = 0; i < digits.size(); ++i) {
          if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '_';
          grouped += digits[i];
        }
        return grouped;
      }
      break;
    default: break;
  }
  std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(value));
  return buf;
}

std::uint64_t round_count(Random& r) {
  static const std::uint64_t magnitudes[] = {10, 100, 1000, 10000, 100000, 1000000};
  std::uint64_t m = magnitudes[r.below(6)];
  return m * (1 + r.below(9)) + (r.chance(20) ? r.below(m) : 0);
}

std::string profile(Random& r, std::size_t index) {
  std::string out;
  std::string name = std::string(r.pick(kDomains)) + " " + std::string(r.pick(kTasks));
  if (r.chance(30)) out += "# generated profile " + std::to_string(index) + "\n";
  out += r.chance(20) ? "project: \"" + name + " #" + std::to_string(index) + "\"\n"
                      : "project: " + name + " " + std::to_string(index) + "\n";
  if (r.chance(40)) {
    out += "description: >-\n  Work on " + std::string(r.pick(kTasks)) + " for the " + std::string(r.pick(kDomains)) +
           " team,\n  profiled for the portfolio review.\n";
  }
  out += "answers:\n";
  std::string_view problem = r.pick(kProblems);
  out += "  problem: " + std::string(problem) + "\n";
  if (problem != "knowledge" && r.chance(90)) out += "  behavior: " + std::string(r.pick(kBehaviors)) + "\n";
  if (r.chance(90)) out += "  knowledge_change: " + std::string(r.pick(kChanges)) + "\n";
  if (r.chance(80)) out += "  task_scope: " + std::string(r.pick(kScopes)) + "\n";
  if (r.chance(60)) out += "  prompt_quality: " + fraction(r, 50, 99) + "\n";
  if (r.chance(70)) out += "  quality_target: " + fraction(r, 80, 99) + "\n";
  if (r.chance(85)) out += "  labeled_examples: " + count(r, round_count(r)) + (r.chance(20) ? "   # after cleaning" : "") + "\n";
  if (r.chance(80)) out += std::string("  eval_set: ") + (r.chance(50) ? (r.chance(50) ? "yes" : "true") : (r.chance(50) ? "no" : "false")) + "\n";
  if (r.chance(90)) out += "  calls_per_day: " + count(r, round_count(r)) + "\n";
  if (r.chance(40)) out += "  latency_budget_ms: " + std::to_string(50 + 50 * r.below(60)) + "\n";
  if (r.chance(60)) out += "  privacy: " + std::string(r.pick(kPrivacy)) + "\n";
  if (r.chance(60)) out += std::string("  citations_required: ") + (r.chance(50) ? "yes" : "no") + "\n";
  if (r.chance(25)) out += "x-owner: team-" + std::to_string(r.below(40)) + "\n";
  return out;
}

bool make_dir(const std::string& path) { return ::mkdir(path.c_str(), 0755) == 0 || errno == EEXIST; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::fprintf(stderr, "usage: bench_gen N DIR [SEED]\n");
    return 2;
  }
  char* end = nullptr;
  unsigned long long n = std::strtoull(argv[1], &end, 10);
  if (!end || *end != '\0') {
    std::fprintf(stderr, "bench_gen: N must be a number, not '%s'\n", argv[1]);
    return 2;
  }
  std::string dir = argv[2];
  std::uint64_t seed = argc == 4 ? std::strtoull(argv[3], nullptr, 10) : 7;
  if (!make_dir(dir)) {
    std::fprintf(stderr, "bench_gen: cannot create '%s': %s\n", dir.c_str(), std::strerror(errno));
    return 2;
  }
  Random r(seed);
  char sub[32], file[64];
  for (unsigned long long i = 0; i < n; ++i) {
    std::snprintf(sub, sizeof sub, "/%03llu", i / 1000);
    if (i % 1000 == 0 && !make_dir(dir + sub)) {
      std::fprintf(stderr, "bench_gen: cannot create '%s%s': %s\n", dir.c_str(), sub, std::strerror(errno));
      return 2;
    }
    std::snprintf(file, sizeof file, "%s/p-%06llu.yaml", sub, i);
    std::string path = dir + file;
    std::string text = profile(r, static_cast<std::size_t>(i));
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0) {
      std::fprintf(stderr, "bench_gen: cannot write '%s': %s\n", path.c_str(), std::strerror(errno));
      return 2;
    }
  }
  return 0;
}
