// The benchmark's stopwatch: runs a command as a user's shell would and
// reports what that run cost, without a timing program of its own in between
// (/usr/bin/time adds a fork and an exec to every run it measures).
//
//   bench_exec [-n RUNS] [-e STDERR] [-q] COMMAND [ARGS...]
//
// Runs COMMAND RUNS times (default 1), one after the other, each started with
// posix_spawnp and waited for with wait4, standard output to /dev/null,
// standard input from /dev/null. For each run prints one line on standard
// output: "WALL_MS PEAK_KB STATUS": the wall time from just before the spawn
// to the end of wait4 (CLOCK_MONOTONIC, in milliseconds, 3 decimals), the
// child's peak resident memory (ru_maxrss from wait4) and its exit code
// (128 + N when killed by signal N). With -q one line only: the median wall
// time and peak memory over the runs, and the highest exit code.
//
// The command's standard error goes to the file STDERR (-e), truncated before
// each run: after the last run it holds the last run's; "%d" in STDERR is
// replaced by the run's index (0, 1, ...), to keep every run's. Without -e it
// goes to /dev/null.
//
// The tool is small and linked like ragft, so that the memory of the process
// before it executes the command (which ru_maxrss includes) stays below the
// command's own.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Run {
  double wall_ms = 0;
  long peak_kb = 0;
  int status = 0;
};

int usage() {
  std::fputs("usage: bench_exec [-n RUNS] [-e STDERR] [-q] COMMAND [ARGS...]\n", stderr);
  return 2;
}

std::string err_path(const std::string& pattern, int run) {
  std::string out = pattern;
  std::size_t at = out.find("%d");
  if (at != std::string::npos) out.replace(at, 2, std::to_string(run));
  return out;
}

double now_ms() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// One run; false (with a message) when the command cannot be started.
bool run_once(char** argv, const std::string& err_file, Run& out) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.empty() ? "/dev/null" : err_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  double start = now_ms();
  int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    std::fprintf(stderr, "bench_exec: cannot run '%s': %s\n", argv[0], std::strerror(rc));
    return false;
  }
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      std::fprintf(stderr, "bench_exec: wait4: %s\n", std::strerror(errno));
      return false;
    }
  }
  out.wall_ms = now_ms() - start;
  out.peak_kb = usage.ru_maxrss;
  out.status = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
  return true;
}

template <class T>
T median(std::vector<T> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 1;
  bool quiet = false;
  std::string err_pattern;
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a == "-q") {
      quiet = true;
    } else if ((a == "-n" || a == "-e") && i + 1 < argc) {
      std::string v = argv[++i];
      if (a == "-e") {
        err_pattern = v;
        continue;
      }
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (*end != '\0' || n < 1 || n > 100000) return usage();
      runs = static_cast<int>(n);
    } else {
      return usage();
    }
  }
  if (i >= argc) return usage();
  std::vector<Run> all;
  for (int r = 0; r < runs; ++r) {
    Run run;
    if (!run_once(argv + i, err_pattern.empty() ? std::string() : err_path(err_pattern, r), run)) return 2;
    all.push_back(run);
    if (!quiet) std::printf("%.3f %ld %d\n", run.wall_ms, run.peak_kb, run.status);
  }
  if (quiet) {
    std::vector<double> walls;
    std::vector<long> peaks;
    int status = 0;
    for (const auto& r : all) {
      walls.push_back(r.wall_ms);
      peaks.push_back(r.peak_kb);
      status = std::max(status, r.status);
    }
    std::printf("%.3f %ld %d\n", median(walls), median(peaks), status);
  }
  return 0;
}
