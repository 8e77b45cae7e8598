// Spooling a check run's records to a temporary file: each record is a
// CBOR document (nlohmann::json) behind its length.
#include "ragft/check_spool.h"

#include <cstdint>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "ragft/check.h"

namespace ragft {

namespace {

using json = nlohmann::json;

json pos_json(SourcePos p) { return {p.line, p.col}; }
SourcePos pos_of(const json& j) { return {j.at(0).get<int>(), j.at(1).get<int>()}; }

json to_record(const Diagnostic& d) {
  return {{"s", static_cast<int>(d.severity)}, {"f", d.file},    {"p", pos_json(d.pos)}, {"l", d.length},
          {"m", d.message},                   {"t", d.source_line}, {"h", d.hint}};
}

void from_record(const json& j, Diagnostic& d) {
  d.severity = static_cast<Severity>(j.at("s").get<int>());
  d.file = j.at("f").get<std::string>();
  d.pos = pos_of(j.at("p"));
  d.length = j.at("l").get<int>();
  d.message = j.at("m").get<std::string>();
  d.source_line = j.at("t").get<std::string>();
  d.hint = j.at("h").get<std::string>();
}

json to_record(const ProposalCheck& p) {
  const Decision& d = p.result.decision;
  json waivers = json::array();
  for (const auto& w : p.waivers)
    waivers.push_back({{"r", w.rule},
                       {"why", w.reason},
                       {"o", w.owner},
                       {"e", w.expires ? json(w.expires->str()) : json(nullptr)},
                       {"p", pos_json(w.pos)},
                       {"l", w.length},
                       {"t", w.source_line}});
  json findings = json::array();
  for (const auto& f : p.findings)
    findings.push_back({{"k", static_cast<int>(f.kind)},
                        {"r", f.rule},
                        {"src", f.source},
                        {"s", static_cast<int>(f.severity)},
                        {"m", f.message},
                        {"p", pos_json(f.pos)},
                        {"l", f.length},
                        {"t", f.source_line},
                        {"w", f.waiver},
                        {"x", f.fails}});
  return {{"f", p.file},
          {"d", p.document},
          {"pr", p.project},
          {"a", p.approach},
          {"ap", pos_json(p.approach_pos)},
          {"rec", d.recommendation},
          {"c", d.confidence},
          {"by", d.decided_by},
          {"sc", d.scores},
          {"v", static_cast<int>(p.verdict)},
          {"b", p.behind},
          {"w", waivers},
          {"fi", findings},
          {"mi", p.missing},
          {"ok", p.passed}};
}

void from_record(const json& j, ProposalCheck& p) {
  p.file = j.at("f").get<std::string>();
  p.document = j.at("d").get<int>();
  p.project = j.at("pr").get<std::string>();
  p.approach = j.at("a").get<std::string>();
  p.approach_pos = pos_of(j.at("ap"));
  Decision& d = p.result.decision;
  d.recommendation = j.at("rec").get<std::string>();
  d.confidence = j.at("c").get<std::string>();
  d.decided_by = j.at("by").get<std::string>();
  d.scores = j.at("sc").get<std::vector<int>>();
  p.verdict = static_cast<Verdict>(j.at("v").get<int>());
  p.behind = j.at("b").get<int>();
  for (const auto& wj : j.at("w")) {
    Waiver w;
    w.rule = wj.at("r").get<std::string>();
    w.reason = wj.at("why").get<std::string>();
    w.owner = wj.at("o").get<std::string>();
    if (!wj.at("e").is_null()) w.expires = parse_date(wj.at("e").get<std::string>());
    w.pos = pos_of(wj.at("p"));
    w.length = wj.at("l").get<int>();
    w.source_line = wj.at("t").get<std::string>();
    p.waivers.push_back(std::move(w));
  }
  for (const auto& fj : j.at("fi")) {
    Finding f;
    f.kind = static_cast<FindingKind>(fj.at("k").get<int>());
    f.rule = fj.at("r").get<std::string>();
    f.source = fj.at("src").get<std::string>();
    f.severity = static_cast<Severity>(fj.at("s").get<int>());
    f.message = fj.at("m").get<std::string>();
    f.pos = pos_of(fj.at("p"));
    f.length = fj.at("l").get<int>();
    f.source_line = fj.at("t").get<std::string>();
    f.waiver = fj.at("w").get<int>();
    f.fails = fj.at("x").get<bool>();
    p.findings.push_back(std::move(f));
  }
  p.missing = j.at("mi").get<std::vector<std::string>>();
  p.passed = j.at("ok").get<bool>();
}

[[noreturn]] void spool_failed(const char* what) {
  throw std::runtime_error(std::string("cannot keep the results in a temporary file: ") + what);
}

}  // namespace

template <class T>
Spool<T>::Spool(std::size_t in_memory) : in_memory_(in_memory) {}

template <class T>
Spool<T>::~Spool() {
  if (file_) std::fclose(file_);
}

template <class T>
Spool<T>::Spool(Spool&& o) noexcept
    : memory_(std::move(o.memory_)), in_memory_(o.in_memory_), count_(o.count_), file_(o.file_), no_file_(o.no_file_) {
  o.file_ = nullptr;
  o.count_ = 0;
}

template <class T>
Spool<T>& Spool<T>::operator=(Spool&& o) noexcept {
  if (this != &o) {
    if (file_) std::fclose(file_);
    memory_ = std::move(o.memory_);
    in_memory_ = o.in_memory_;
    count_ = o.count_;
    file_ = o.file_;
    no_file_ = o.no_file_;
    o.file_ = nullptr;
    o.count_ = 0;
  }
  return *this;
}

template <class T>
void Spool<T>::push_back(const T& record) {
  ++count_;
  if (!file_ && (memory_.size() < in_memory_ || no_file_)) {
    memory_.push_back(record);
    return;
  }
  if (!file_) {
    file_ = std::tmpfile();
    if (!file_) {
      // No writable temporary directory: memory it is, as before spooling.
      no_file_ = true;
      memory_.push_back(record);
      return;
    }
  }
  std::vector<std::uint8_t> bytes = json::to_cbor(to_record(record));
  std::uint64_t n = bytes.size();
  if (std::fwrite(&n, sizeof n, 1, file_) != 1 || std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
    spool_failed("the disk is full, or $TMPDIR is not writable");
}

template <class T>
void Spool<T>::for_each(const std::function<void(const T&)>& f) const {
  for (const auto& r : memory_) f(r);
  if (!file_) return;
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) spool_failed("it cannot be read back");
  std::vector<std::uint8_t> bytes;
  std::size_t read = memory_.size();
  while (read < count_) {
    std::uint64_t n = 0;
    if (std::fread(&n, sizeof n, 1, file_) != 1) spool_failed("it was cut short");
    bytes.resize(n);
    if (std::fread(bytes.data(), 1, n, file_) != n) spool_failed("it was cut short");
    T record;
    from_record(json::from_cbor(bytes), record);
    f(record);
    ++read;
  }
  std::fseek(file_, 0, SEEK_END);
}

template class Spool<ProposalCheck>;
template class Spool<Diagnostic>;

}  // namespace ragft
