// Writing an output file: atomically for a regular file (temporary file,
// fsync, rename; never a silent overwrite), straight through for a
// character device or a FIFO, never over anything else.
#include "ragft/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace ragft {

namespace {

WriteResult failure(const std::string& path, int err) {
  return {WriteStatus::failed, fmt::format("cannot write '{}': {}", path, std::strerror(err))};
}

bool write_all(int fd, std::string_view content, int& err) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// The temporary file being written, removed by the signal handler when
// SIGINT, SIGTERM or SIGHUP arrives before it is renamed into place.
char g_temporary[4096];
volatile sig_atomic_t g_have_temporary = 0;

extern "C" void remove_temporary_and_die(int sig) {
  if (g_have_temporary) ::unlink(g_temporary);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// Installs the handler for the life of one write; restores what was there.
class TemporaryGuard {
 public:
  explicit TemporaryGuard(const std::string& path) {
    std::size_t n = std::min(path.size(), sizeof g_temporary - 1);
    std::memcpy(g_temporary, path.data(), n);
    g_temporary[n] = '\0';
    g_have_temporary = 1;
    struct sigaction sa {};
    sa.sa_handler = remove_temporary_and_die;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &sa, &old_[i]);
  }
  ~TemporaryGuard() {
    for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &old_[i], nullptr);
    g_have_temporary = 0;
  }
  TemporaryGuard(const TemporaryGuard&) = delete;
  TemporaryGuard& operator=(const TemporaryGuard&) = delete;

 private:
  static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction old_[3];
};

// "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1": the descriptor they name,
// written to as it is (a terminal, a pipe, or a file the shell redirected
// to, which must not be truncated or replaced); -1 for any other path.
int named_descriptor(const std::string& path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.rfind(prefix, 0) != 0 || path.size() == prefix.size() || path.size() > prefix.size() + 4) continue;
    int fd = 0;
    for (std::size_t i = prefix.size(); i < path.size(); ++i) {
      if (path[i] < '0' || path[i] > '9') return -1;
      fd = fd * 10 + (path[i] - '0');
    }
    return ::fcntl(fd, F_GETFD) == -1 ? -1 : fd;
  }
  return -1;
}

// A character device or a FIFO: written through, never replaced. A FIFO
// that no process reads is an error, not a hang.
WriteResult write_through(const std::string& path, std::string_view content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENXIO) return {WriteStatus::failed, fmt::format("cannot write '{}': no process reads this FIFO", path)};
    return failure(path, errno);
  }
  // What was opened is what was checked: a regular file swapped in since
  // is left as it is (opened without O_TRUNC, nothing written).
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
    ::close(fd);
    return {WriteStatus::failed, fmt::format("'{}' changed while ragft was writing it; it is not replaced", path)};
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  int err = 0;
  bool ok = write_all(fd, content, err);
  if (::close(fd) != 0 && ok) {
    ok = false;
    err = errno;
  }
  return ok ? WriteResult{WriteStatus::written, {}} : failure(path, err);
}

void (*g_before_rename)(const std::string& path) = nullptr;

WriteResult is_link(const std::string& path) {
  return {WriteStatus::failed,
          fmt::format("'{}' is a symbolic link; ragft does not replace links (give the file it leads to)", path)};
}

WriteResult not_regular(const std::string& path) {
  return {WriteStatus::failed,
          fmt::format("'{}' is not a regular file (a block device or a socket); it is not replaced", path)};
}

// Exchange is not supported here (NFS, some FUSE file systems): the caller
// falls back to a plain rename.
bool unsupported(int err) { return err == EINVAL || err == ENOSYS || err == EOPNOTSUPP; }

// Moves the written temporary file `tmp` to `path` when nothing is there,
// atomically: whatever appeared at `path` meanwhile is never replaced.
// 0, or the errno (EEXIST when something is there).
int move_into_place(const std::string& tmp, const std::string& path) {
  if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (!unsupported(errno)) return errno;
  // link() fails if the target exists, too.
  if (::link(tmp.c_str(), path.c_str()) != 0) return errno;
  ::unlink(tmp.c_str());
  return 0;
}

// Replaces the regular file at `path` by `tmp`. The two are exchanged in one
// step, and what came out of `path` is looked at: a regular file is removed,
// anything else (a link or a device swapped in since `path` was checked) is
// put back at once and the write refused, so that --force never replaces
// anything but a regular file.
WriteResult replace_regular_file(const std::string& tmp, const std::string& path) {
  if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) != 0) {
    int err = errno;
    if (err == ENOENT) {  // removed meanwhile: nothing to replace
      if (int e = move_into_place(tmp, path); e != 0) {
        ::unlink(tmp.c_str());
        return e == EEXIST ? WriteResult{WriteStatus::failed, fmt::format("'{}' changed while ragft was writing it; "
                                                                          "it is not replaced",
                                                                          path)}
                           : failure(path, e);
      }
      return {WriteStatus::written, {}};
    }
    if (!unsupported(err)) {
      ::unlink(tmp.c_str());
      return failure(path, err);
    }
    // No exchange on this file system: check again right before renaming.
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
      ::unlink(tmp.c_str());
      return S_ISLNK(st.st_mode) ? is_link(path) : not_regular(path);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
      err = errno;
      ::unlink(tmp.c_str());
      return failure(path, err);
    }
    return {WriteStatus::written, {}};
  }
  struct stat old {};
  if (::lstat(tmp.c_str(), &old) == 0 && !S_ISREG(old.st_mode)) {
    ::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE);
    ::unlink(tmp.c_str());
    return S_ISLNK(old.st_mode) ? is_link(path) : not_regular(path);
  }
  ::unlink(tmp.c_str());
  return {WriteStatus::written, {}};
}

}  // namespace

void set_before_rename_hook_for_tests(void (*hook)(const std::string& path)) { g_before_rename = hook; }

WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite) {
  if (int fd = named_descriptor(path); fd >= 0) {
    int err = 0;
    return write_all(fd, content, err) ? WriteResult{WriteStatus::written, {}} : failure(path, err);
  }
  struct stat link_st {}, st {};
  bool exists = ::lstat(path.c_str(), &link_st) == 0;
  bool target = exists && ::stat(path.c_str(), &st) == 0;
  if (target && S_ISDIR(st.st_mode)) return {WriteStatus::failed, fmt::format("'{}' is a directory", path)};
  if (target && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) return write_through(path, content);
  if (exists && S_ISLNK(link_st.st_mode)) return is_link(path);
  if (exists && !S_ISREG(link_st.st_mode)) return not_regular(path);
  if (exists && !overwrite) return {WriteStatus::exists, fmt::format("'{}' already exists", path)};

  // A short temporary name, so that an output name up to the file-name limit
  // still works.
  namespace fs = std::filesystem;
  fs::path target_path(path);
  fs::path dir = target_path.has_parent_path() ? target_path.parent_path() : fs::path(".");
  std::string tmpl = (dir / ".ragft-XXXXXX").string();
  sigset_t block, previous;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  // The handler must know the name before a signal can find the file.
  ::sigprocmask(SIG_BLOCK, &block, &previous);
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    int err = errno;
    ::sigprocmask(SIG_SETMASK, &previous, nullptr);
    return failure(path, err);
  }
  TemporaryGuard guard(tmpl);
  ::sigprocmask(SIG_SETMASK, &previous, nullptr);
  // mkstemp creates 0600; a new file gets the usual 0666 & ~umask.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  int err = 0;
  if (!write_all(fd, content, err)) {
    ::close(fd);
    ::unlink(tmpl.c_str());
    return failure(path, err);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    err = errno;
    ::unlink(tmpl.c_str());
    return failure(path, err);
  }
  if (g_before_rename) g_before_rename(path);
  // From here the temporary name may briefly hold what was at `path` (an
  // exchange): no signal may remove it.
  ::sigprocmask(SIG_BLOCK, &block, &previous);
  WriteResult result;
  if (!exists || !overwrite) {
    // Never over anything that appeared meanwhile (with --force neither:
    // it was not there to be checked).
    err = move_into_place(tmpl, path);
    if (err != 0) ::unlink(tmpl.c_str());
    if (err == EEXIST)
      result = overwrite ? WriteResult{WriteStatus::failed,
                                       fmt::format("'{}' changed while ragft was writing it; it is not replaced", path)}
                         : WriteResult{WriteStatus::exists, fmt::format("'{}' already exists", path)};
    else
      result = err == 0 ? WriteResult{WriteStatus::written, {}} : failure(path, err);
  } else {
    result = replace_regular_file(tmpl, path);
  }
  g_have_temporary = 0;
  ::sigprocmask(SIG_SETMASK, &previous, nullptr);
  return result;
}

}  // namespace ragft
