// Reading a whole file (or standard input) with a size cap, and converting
// UTF-16 and UTF-32 text with a byte-order mark to UTF-8.
#include "ragft/yaml_doc.h"

#include <cerrno>
#include <cstdint>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace ragft::yaml {

bool read_text_file(const std::string& path, std::size_t max_bytes, std::string& out, Diagnostic& err) {
  out.clear();
  err = Diagnostic{};
  bool is_stdin = path == "-";
  err.file = is_stdin ? "<stdin>" : path;
  auto fail = [&](std::string_view what, std::string_view detail = {}) {
    std::string name = is_stdin ? std::string("standard input") : fmt::format("'{}'", path);
    if (what == "read") err.message = fmt::format("cannot read {}: {}", name, detail);
    else if (what == "dir") err.message = fmt::format("{} is a directory", name);
    else err.message = fmt::format("file is larger than {} bytes", max_bytes);
    out.clear();
    return false;
  };

  // Opened without blocking, so that a FIFO with no writer cannot hang the
  // open; only regular files are read (and "-", standard input, whatever it is).
  int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    int e = errno;
    if (e == EACCES) err.hint = "make it readable by the user ragft runs as, or leave it out";
    return fail("read", std::strerror(e));
  }
  struct FdCloser {
    int fd;
    bool owned;
    ~FdCloser() {
      if (owned) ::close(fd);
    }
  } closer{fd, !is_stdin};

  // A regular file is read in one call into a buffer one byte larger than
  // it (a short read to its size: it ended); anything else in 64 KiB
  // chunks, until a read says the input ended.
  // Reading stops one byte past the limit, so an endless input costs no more.
  std::size_t chunk = 64 * 1024;
  bool regular = false;
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) return fail("dir");
    if (!is_stdin && !S_ISREG(st.st_mode)) {
      std::string_view kind = S_ISFIFO(st.st_mode)  ? "a FIFO (named pipe)"
                              : S_ISCHR(st.st_mode) ? "a character device"
                              : S_ISBLK(st.st_mode) ? "a block device"
                              : S_ISSOCK(st.st_mode) ? "a socket"
                                                     : "not a regular file";
      fail("read", fmt::format("it is {}, not a regular file", kind));
      err.hint = "only regular files are read; give - to read standard input";
      return false;
    }
    // O_NONBLOCK means nothing to a regular file's reads; standard input
    // (a pipe, a terminal) must block.
    if (S_ISREG(st.st_mode)) {
      regular = true;
      if (static_cast<std::size_t>(st.st_size) > max_bytes) return fail("size");
      chunk = static_cast<std::size_t>(st.st_size) + 1;
    }
  }
  while (true) {
    std::size_t want = std::min(chunk, max_bytes + 1 - out.size());
    std::size_t have = out.size();
    out.resize(have + want);
    ssize_t n = ::read(fd, out.data() + have, want);
    out.resize(have + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EISDIR) return fail("dir");
      return fail("read", std::strerror(errno));
    }
    if (n == 0) break;
    if (out.size() > max_bytes) return fail("size");
    // A short read that reaches the size fstat gave: the file ended. (Files
    // of size 0 in /proc, and other pseudo files, are read to the end.)
    if (regular && st.st_size > 0 && out.size() >= static_cast<std::size_t>(st.st_size) &&
        static_cast<std::size_t>(n) < want)
      break;
    // A full read means more may follow (a pipe, or a file that grew): go on
    // in 64 KiB chunks; after a short one, the next read most likely says
    // the input ended, so a small buffer will do.
    chunk = static_cast<std::size_t>(n) == want ? 64 * 1024 : 4096;
  }
  SourcePos bad;
  std::string bad_line;
  if (std::string why = decode_unicode_bom(out, &bad, &bad_line); !why.empty()) {
    err.message = fmt::format("cannot read {}: it is {}", is_stdin ? std::string("standard input") : "'" + path + "'",
                              why);
    err.pos = bad;
    err.source_line = bad_line;
    err.hint = "save the file as UTF-8 (UTF-16 and UTF-32 are read only when they are valid)";
    out.clear();
    return false;
  }
  if (out.size() > max_bytes) return fail("size");
  return true;
}

std::string decode_unicode_bom(std::string& text, SourcePos* pos, std::string* line_text) {
  auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i])); };
  auto starts = [&](std::string_view mark) { return std::string_view(text).substr(0, mark.size()) == mark; };
  int unit = 0;
  bool big = false;
  const char* name = "";
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv)) unit = 4, big = false, name = "UTF-32 (little-endian)";
  else if (starts("\0\0\xFE\xFF"sv)) unit = 4, big = true, name = "UTF-32 (big-endian)";
  else if (starts("\xFF\xFE"sv)) unit = 2, big = false, name = "UTF-16 (little-endian)";
  else if (starts("\xFE\xFF"sv)) unit = 2, big = true, name = "UTF-16 (big-endian)";
  else return {};
  std::string out;
  out.reserve(text.size());
  int lines = 1;
  std::size_t line_start = 0;  // where the current line starts in `out`
  auto bad = [&](std::string_view what, std::size_t at) {
    if (pos) *pos = SourcePos{lines, static_cast<int>(out.size() - line_start) + 1};
    if (line_text) *line_text = out.substr(line_start);
    return fmt::format("{} text with {} at byte {}", name, what, at);
  };
  auto read_unit = [&](std::size_t i) -> std::uint32_t {
    std::uint32_t v = 0;
    for (int k = 0; k < unit; ++k) {
      std::uint32_t b = byte(i + static_cast<std::size_t>(big ? k : unit - 1 - k));
      v = (v << 8) | b;
    }
    return v;
  };
  std::size_t i = static_cast<std::size_t>(unit);
  while (i < text.size()) {
    if (i + static_cast<std::size_t>(unit) > text.size()) return bad("a truncated character", i);
    std::uint32_t cp = read_unit(i);
    std::size_t at = i;
    i += static_cast<std::size_t>(unit);
    if (unit == 2 && cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 2 > text.size()) return bad("a lone surrogate", at);
      std::uint32_t low = read_unit(i);
      if (low < 0xDC00 || low > 0xDFFF) return bad("a lone surrogate", at);
      i += 2;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      return bad("a lone surrogate", at);
    } else if (cp > 0x10FFFF) {
      return bad("a value that is no character", at);
    }
    if (cp == 0) return bad("a NUL character", at);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      if (cp == '\n') {
        ++lines;
        line_start = out.size();
      }
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  text = std::move(out);
  return {};
}

}  // namespace ragft::yaml
