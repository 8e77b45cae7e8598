// `ragft score` and `ragft explain`: read profiles, evaluate, print results.
//
// Scoring runs on all cores: worker threads (this one among them) each take
// the next chunk of input files, read, parse and evaluate them and render
// their results to text; the worker that finishes the chunk next in input
// order writes it and the ready chunks after it. At most `window` chunks are
// in flight (taken by a worker but not yet written), so memory stays flat
// however many profiles are read, and the bytes written are the same for any
// --jobs. The RuleSet and Engine are
// immutable after loading and shared read-only by the workers.
#include <sched.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "ragft/formats.h"
#include "ragft/safe_text.h"
#include "app.h"
#include "command.h"
#include "inputs.h"
#include "ragft/profile.h"
#include "ragft/proposal.h"
#include "ragft/yaml_doc.h"

namespace ragft::cli {

namespace {

constexpr unsigned kMaxJobs = 1024;

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Time spent per phase (for the hidden --timings flag), summed over threads.
struct Timings {
  double read = 0, parse = 0, evaluate = 0, format = 0;
  Timings& operator+=(const Timings& o) {
    read += o.read;
    parse += o.parse;
    evaluate += o.evaluate;
    format += o.format;
    return *this;
  }
};

// What one input file produced, rendered and ready to write.
struct FileOutcome {
  std::string errors;                   // formatted diagnostics, for stderr
  bool invalid = false;                 // the file had an error
  std::vector<std::string> bodies;      // one rendered result per valid profile
  std::vector<std::string> verdicts;    // each result's recommendation, for the tally
  // A file of more than kStreamEvery documents met by a worker that cannot
  // write it as it goes: its name only. The writer scores it when its turn
  // comes, kStreamEvery results at a time, so that workers never hold a
  // many-document file's results (6 files of 65,000 documents took 1.1 GB
  // with --jobs 4).
  std::string deferred;
};

// Turns one result into its text in the chosen format, without the
// separators, array brackets or table headers that depend on what was
// written before it (the Writer adds those). Const and shared by workers.
class Renderer {
 public:
  Renderer(const FormatWriter& format, const ResultOptions& options) : format_(format), options_(options) {}
  std::string render(const Result& r) const {
    std::string body;
    format_.result(body, r, options_);
    return body;
  }

 private:
  const FormatWriter& format_;
  const ResultOptions& options_;
};

// Reads, parses, evaluates and renders one file. Touches nothing shared but
// the const rules, engine and renderer, so workers run it concurrently.
// With `partial`, the outcome is handed over (and emptied) every
// kStreamEvery results, so that a file of many documents is written as it
// is evaluated instead of held whole (65,000 explained documents of one
// 1 MB file needed 3.2 GB).
constexpr std::size_t kStreamEvery = 64;
FileOutcome process_file(const std::string& file, const Context& ctx, const Engine& engine, const Renderer& renderer,
                         const EvalOptions& opts, Timings& t,
                         const std::function<void(const FileOutcome&)>& partial = {}) {
  FileOutcome out;
  Clock::time_point start = Clock::now();
  std::string text;
  Diagnostic io;
  bool readable = yaml::read_text_file(file, ProfileLimits{}.max_bytes, text, io);
  t.read += ms_since(start);
  if (!readable) {
    out.errors = format_diagnostic(io);
    out.invalid = true;
    return out;
  }
  start = Clock::now();
  ProfileSource source = load_profile_source(text, display_name(file), ctx.rules);
  ProfileLoad& load = source.load;
  t.parse += ms_since(start);
  if (!ctx.quiet)
    for (const auto& s : source.skipped) out.errors += fmt::format("ragft: note: skipped {}: {}\n", s.file, s.reason);
  if (!load.errors.empty()) {
    for (const auto& d : load.errors) out.errors += format_diagnostic(d);
    out.invalid = true;
  }
  if (!partial && load.profiles.size() > kStreamEvery) {
    FileOutcome later;
    later.deferred = file;
    return later;
  }
  out.bodies.reserve(load.profiles.size());
  out.verdicts.reserve(load.profiles.size());
  for (auto& p : load.profiles) {
    for (const auto& [id, v] : ctx.sets) p.answers[id] = Answer{v, {}};
    start = Clock::now();
    Result r = engine.evaluate(p, opts);
    Clock::time_point evaluated = Clock::now();
    t.evaluate += std::chrono::duration<double, std::milli>(evaluated - start).count();
    out.bodies.push_back(renderer.render(r));
    out.verdicts.push_back(std::move(r.decision.recommendation));
    t.format += ms_since(evaluated);
    if (partial && out.bodies.size() >= kStreamEvery) {
      partial(out);
      out.bodies.clear();
      out.verdicts.clear();
      out.errors.clear();
      out.invalid = false;  // counted once, with the first part
    }
  }
  return out;
}

// Writes file outcomes in input order, adding what depends on the results
// before (separators, brackets, table headers), and the closing summary.
class Writer {
 public:
  Writer(Context& ctx, const ResultOptions& options) : ctx_(ctx), options_(options) {}

  void write(const FileOutcome& o) {
    if (!o.errors.empty()) ctx_.err << o.errors;
    if (o.invalid) ++invalid_files_;
    for (std::size_t i = 0; i < o.bodies.size(); ++i) {
      ctx_.format->before_result(pending_, options_, count_);
      pending_ += o.bodies[i];
      if (pending_.size() >= kPendingBytes) emit();
      ++count_;
      ++tally_[o.verdicts[i]];
    }
  }

  // Hands what is pending to the output stream (which the caller flushes).
  void emit() {
    ctx_.out.write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
    pending_.clear();
  }

  // Files that failed before any was read (paths that match nothing).
  void add_invalid(int n) { invalid_files_ += n; }
  int invalid_files() const { return invalid_files_; }

  void finish() {
    ctx_.format->end_results(pending_, options_, ResultSummary{count_, invalid_files_, tally_});
    emit();
  }

  long count() const { return count_; }

 private:
  // Results are gathered and handed to the stream 64 KiB at a time (and at
  // every flush): a result each was one write system call each (10,000 for
  // 10,000 profiles), as most are larger than the stream's buffer.
  static constexpr std::size_t kPendingBytes = 64 * 1024;
  Context& ctx_;
  const ResultOptions& options_;
  std::string pending_;
  long count_ = 0;
  int invalid_files_ = 0;
  std::map<std::string, long> tally_;
};

// The chunks of files in flight: a ring of `window` slots indexed by chunk
// number, guarded by one mutex. There is no writer thread: the worker that
// finishes the chunk next in input order writes it, and every chunk ready
// after it, while the others go on working. A worker is woken only when the
// window is full, so threads do not trade places once per file.
class Pipeline {
 public:
  Pipeline(std::size_t chunks, std::size_t window) : chunks_(chunks), slots_(window) {}

  // The next chunk to process, or nullopt when there is none or the run was
  // aborted. Blocks while `window` chunks are already in flight.
  std::optional<std::size_t> take() {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return aborted_ || next_take_ >= chunks_ || next_take_ < next_write_ + slots_.size(); });
    if (aborted_ || next_take_ >= chunks_) return std::nullopt;
    return next_take_++;
  }

  // Hands chunk `index` over. When it is the next to write and no worker is
  // writing, the caller writes it and every chunk ready after it, in order,
  // with `write` (unlocked), and calls `flush` before it stops writing.
  template <typename W, typename F>
  void done(std::size_t index, std::vector<FileOutcome> chunk, W&& write, F&& flush) {
    std::unique_lock lock(mutex_);
    slots_[index % slots_.size()] = std::move(chunk);
    if (writing_ || index != next_write_) return;
    writing_ = true;
    auto ready = [&] { return !aborted_ && next_write_ < chunks_ && slots_[next_write_ % slots_.size()].has_value(); };
    do {
      while (ready()) {
        std::vector<FileOutcome> out = std::move(*slots_[next_write_ % slots_.size()]);
        slots_[next_write_ % slots_.size()].reset();
        ++next_write_;
        space_.notify_all();
        lock.unlock();
        for (const FileOutcome& o : out) write(o);
        lock.lock();
      }
      // Chunks handed over during the flush are written by this worker too:
      // the workers that handed them over saw it writing.
      lock.unlock();
      flush();
      lock.lock();
    } while (ready());
    writing_ = false;
  }

  void fail(std::exception_ptr e) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::move(e);
    aborted_ = true;
    space_.notify_all();
  }

  std::exception_ptr error() {
    std::lock_guard lock(mutex_);
    return error_;
  }

 private:
  std::size_t chunks_;
  std::vector<std::optional<std::vector<FileOutcome>>> slots_;
  std::size_t next_take_ = 0;   // the next chunk a worker takes
  std::size_t next_write_ = 0;  // the next chunk to write
  bool writing_ = false;        // a worker is writing
  bool aborted_ = false;
  std::exception_ptr error_;
  std::mutex mutex_;
  std::condition_variable space_;  // a slot was freed, or the run was aborted
};

// Splits the files into chunks of at most `size` consecutive files, each
// chunk a range [first, last). Standard input gets a chunk of its own, so the
// files before it are written while ragft still waits for it.
std::vector<std::pair<std::size_t, std::size_t>> chunk_files(const std::vector<std::string>& files, std::size_t size) {
  std::vector<std::pair<std::size_t, std::size_t>> chunks;
  std::size_t first = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    bool alone = files[i] == "-";
    if (i > first && (alone || i - first == size)) {
      chunks.emplace_back(first, i);
      first = i;
    }
    if (alone) {
      chunks.emplace_back(i, i + 1);
      first = i + 1;
    }
  }
  if (first < files.size()) chunks.emplace_back(first, files.size());
  return chunks;
}

// The number of cores this process may run on.
unsigned available_cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return static_cast<unsigned>(n);
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

struct RunStats {
  Timings phases;
  double inputs_ms = 0, write_ms = 0;
  unsigned threads = 1;
  std::size_t files = 0;
};

int evaluate_paths(Context& ctx, const std::vector<std::string>& paths, bool explain, unsigned jobs,
                   RunStats& stats) {
  Clock::time_point start = Clock::now();
  InputFiles in = expand_inputs(paths, kInputExtensions);
  stats.inputs_ms = ms_since(start);
  stats.files = in.files.size();
  print_diagnostics(ctx.err, in.errors);
  if (in.files.empty() && in.errors.empty()) {
    ctx.err << fmt::format("ragft: error: no profiles found in the given paths (looked for {})\n  hint: profiles end "
                           "in .yaml, .yml or .json, ADRs in .md; run 'ragft init' for a template\n",
                           kInputPatterns);
    return invalid;
  }
  const Engine engine(ctx.rules);
  // Text over more than one file: one short block per result.
  const bool brief = !explain && !ctx.style.verbose && in.files.size() > 1;
  const ResultOptions options{ctx.rules, ctx.style, ctx.quiet, explain, brief};
  const Renderer renderer(*ctx.format, options);
  EvalOptions opts;
  opts.trace = explain;
  // "What would change the answer" is the costliest part of an evaluation;
  // the quiet, brief, csv and markdown outputs do not show it.
  opts.would_change = explain || ctx.format->shows_would_change(options);
  Writer writer(ctx, options);
  writer.add_invalid(static_cast<int>(in.errors.size()));
  // Output that fails (a full disk, a closed pipe) stops the run: nothing
  // scored after it would reach the user.
  auto write_now = [&](const FileOutcome& o) {
    Clock::time_point t = Clock::now();
    errno = 0;
    writer.write(o);
    if (!ctx.out) throw OutputFailed{errno};
    stats.write_ms += ms_since(t);
  };
  // One writer at a time (the pipeline sees to it), so a deferred file is
  // read again and written as it is evaluated by whichever thread writes.
  auto write = [&](const FileOutcome& o) {
    if (o.deferred.empty()) write_now(o);
    else write_now(process_file(o.deferred, ctx, engine, renderer, opts, stats.phases, write_now));
  };
  auto flush = [&] {
    Clock::time_point t = Clock::now();
    errno = 0;
    writer.emit();
    ctx.out.flush();
    if (!ctx.out) throw OutputFailed{errno};
    stats.write_ms += ms_since(t);
  };

  // Chunks of up to 32 files, about 16 per thread or more: few hand-overs,
  // and every thread busy until the end.
  const unsigned wanted = static_cast<unsigned>(std::min<std::size_t>(jobs, in.files.size()));
  const std::size_t chunk_size = std::clamp<std::size_t>(in.files.size() / (16 * std::max(1u, wanted)), 1, 32);
  const auto chunks = chunk_files(in.files, chunk_size);
  const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(wanted, chunks.size()));
  // One worker, and always for explain (whose results, with their traces,
  // are large): files in order, each written as its documents are evaluated.
  if (threads <= 1 || explain) {
    for (const auto& file : in.files) {
      write(process_file(file, ctx, engine, renderer, opts, stats.phases, write));
      flush();
    }
  } else {
    Pipeline pipeline(chunks.size(), 4 * static_cast<std::size_t>(threads));
    std::vector<Timings> per_thread(threads);
    auto work = [&](unsigned w) {
      try {
        while (auto c = pipeline.take()) {
          std::vector<FileOutcome> outcomes;
          outcomes.reserve(chunks[*c].second - chunks[*c].first);
          for (std::size_t i = chunks[*c].first; i < chunks[*c].second; ++i)
            outcomes.push_back(process_file(in.files[i], ctx, engine, renderer, opts, per_thread[w]));
          pipeline.done(*c, std::move(outcomes), write, flush);
        }
      } catch (...) {
        pipeline.fail(std::current_exception());
      }
    };
    // This thread is one of the workers.
    std::vector<std::thread> workers;
    workers.reserve(threads - 1);
    for (unsigned w = 1; w < threads; ++w) {
      try {
        workers.emplace_back(work, w);
      } catch (const std::system_error&) {
        break;  // the system allows no more threads: go on with those that started
      }
    }
    stats.threads = static_cast<unsigned>(workers.size()) + 1;
    work(0);
    for (auto& t : workers) t.join();
    for (const auto& t : per_thread) stats.phases += t;
    if (std::exception_ptr e = pipeline.error()) std::rethrow_exception(e);
  }
  writer.finish();
  flush();
  return writer.invalid_files() > 0 ? invalid : ok;
}

class EvaluateCommand : public Command {
 public:
  explicit EvaluateCommand(bool explain) : explain_(explain) {}
  void setup(CLI::App& sub) override {
    if (explain_) {
      sub.add_option("profile", paths_, "a profile file, or - for standard input")->required()->type_name("PROFILE");
      add_output_options(sub, output_);
      sub.footer(R"(
Examples:
  ragft explain project.yaml                      every rule and condition, and what would change the answer
  ragft explain project.yaml --set labeled_examples=5000
                                                  the same, as if you had 5,000 examples
  ragft explain project.yaml --format json -o trace.json
                                                  the trace as JSON, written to trace.json)");
      return;
    }
    sub.add_option("paths", paths_, "profile files, directories, globs, or - for standard input")
        ->required()
        ->type_name("PATH");
    jobs_ = available_cores();
    sub.add_option("-j,--jobs", jobs_, "files scored in parallel (default: the number of cores)")
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
              unsigned n = 0;
              auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
              if (ec != std::errc() || end != value.data() + value.size() || n < 1 || n > kMaxJobs)
                return fmt::format("expected a whole number from 1 to {}, not '{}'", kMaxJobs, value);
              return {};
            },
            "", "jobs"))
        ->type_name("N");
    sub.add_flag("-v,--verbose", verbose_,
                 "text: every reason with its source, every trap, exclusion and what-if (and the full text per "
                 "profile when scoring several files)");
    // Phase times on standard error, for bench/run.sh; not part of the contract.
    sub.add_flag("--timings", timings_, "print the time spent in each phase to standard error")->group("");
    add_output_options(sub, output_);
    sub.footer(R"(
Examples:
  ragft score examples/                           every profile in a directory, and a tally
  ragft score project.yaml --format json          the result as JSON
  ragft score 'profiles/*.yaml' --format csv -o results.csv
                                                  a table of every verdict, written to results.csv
  ragft score project.yaml --set labeled_examples=5000
                                                  what if we had 5,000 examples?
  ragft score - < project.yaml                    a profile from standard input)");
  }
  const OutputFile* output() const override { return &output_; }
  int run(Session& session) override {
    Clock::time_point start = Clock::now();
    auto ctx = session.context();
    double rules_ms = ms_since(start);
    if (!ctx) return invalid;
    ctx->style.verbose = verbose_;
    RunStats stats;
    int code = evaluate_paths(*ctx, paths_, explain_, explain_ ? 1 : jobs_, stats);
    if (timings_) {
      const Timings& p = stats.phases;
      ctx->err << fmt::format(
          "timings: rules {:.3f} ms, inputs {:.3f} ms, read {:.3f} ms, parse {:.3f} ms, evaluate {:.3f} ms, "
          "format {:.3f} ms, write {:.3f} ms, total {:.3f} ms ({} files, {} threads; read, parse, evaluate and "
          "format are summed over threads)\n",
          rules_ms, stats.inputs_ms, p.read, p.parse, p.evaluate, p.format, stats.write_ms, ms_since(start),
          stats.files, stats.threads);
    }
    return code;
  }

 private:
  bool explain_;
  std::vector<std::string> paths_;
  unsigned jobs_ = 1;
  bool timings_ = false;
  OutputFile output_;
  bool verbose_ = false;
};

}  // namespace

std::unique_ptr<Command> make_score_command() { return std::make_unique<EvaluateCommand>(false); }
std::unique_ptr<Command> make_explain_command() { return std::make_unique<EvaluateCommand>(true); }

}  // namespace ragft::cli
