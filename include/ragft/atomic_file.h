// Writing output files (-o): a regular file is written to a temporary file
// in the same directory (a short name, so any valid output name works),
// flushed, then renamed over the target, so a reader never sees half a file;
// SIGINT, SIGTERM or SIGHUP during the write remove the temporary file. An
// existing file is never replaced unless `overwrite` is set. A character
// device or a FIFO (/dev/stdout, /dev/null, a pipe) is written through, with
// or without `overwrite`, and a FIFO that no process reads is an error. A
// symbolic link (other than one to a device or FIFO), a block device or a
// socket is never replaced.
#pragma once
#include <string>
#include <string_view>

namespace ragft {

enum class WriteStatus { written, exists, failed };

struct WriteResult {
  WriteStatus status = WriteStatus::failed;
  std::string error;  // for failed: "cannot write 'x': Permission denied"; for exists: "'x' already exists"
  bool ok() const { return status == WriteStatus::written; }
};

//
// Nothing checked before the write is trusted at the end: without
// `overwrite` the file is moved into place only if nothing is there
// (renameat2 RENAME_NOREPLACE, else link(2)); with it, the temporary file
// and the target are exchanged in one step (RENAME_EXCHANGE) and a target
// that is no longer a regular file (a link or a device swapped in meanwhile)
// is put back and the write refused. A file system without exchange gets a
// second check right before a plain rename.
WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite);

// Tests only: `hook(path)` runs after the temporary file is written and
// before it is moved into place (to swap the target, as an attacker would).
void set_before_rename_hook_for_tests(void (*hook)(const std::string& path));

}  // namespace ragft
