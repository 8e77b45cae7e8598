// Writing files the safe way: to a temporary file in the same directory,
// flushed, then renamed over the target, so a reader never sees half a file
// and an interrupted write leaves the old file (or nothing) behind. An
// existing file is never replaced unless `overwrite` is set.
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

WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite);

}  // namespace ragft
