// Atomic file writes: temporary file, fsync, rename; never a silent overwrite.
#include "ragft/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace ragft {

namespace {

WriteResult failure(const std::string& path, int err) {
  return {WriteStatus::failed, fmt::format("cannot write '{}': {}", path, std::strerror(err))};
}

}  // namespace

WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status st = fs::symlink_status(path, ec);
  if (!ec && fs::is_directory(fs::status(path, ec))) return {WriteStatus::failed, fmt::format("'{}' is a directory", path)};
  if (fs::exists(st) && !overwrite) return {WriteStatus::exists, fmt::format("'{}' already exists", path)};

  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return failure(path, errno);
  // mkstemp creates 0600; a new file gets the usual 0666 & ~umask.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmpl.c_str());
      return failure(path, err);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    return failure(path, err);
  }
  if (!overwrite) {
    // link() fails if the target appeared meanwhile: no race with another writer.
    if (::link(tmpl.c_str(), path.c_str()) != 0) {
      int err = errno;
      ::unlink(tmpl.c_str());
      if (err == EEXIST) return {WriteStatus::exists, fmt::format("'{}' already exists", path)};
      return failure(path, err);
    }
    ::unlink(tmpl.c_str());
  } else if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    return failure(path, err);
  }
  return {WriteStatus::written, {}};
}

}  // namespace ragft
