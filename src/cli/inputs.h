// Turning the PATH arguments of `score`, `explain` and `rules test` into an
// ordered list of files: directories are walked, globs expanded, "-" is stdin.
#pragma once
#include <string>
#include <vector>

#include "ragft/diagnostic.h"

namespace ragft::cli {

struct InputFiles {
  std::vector<std::string> files;      // in a stable order, duplicates removed
  std::vector<Diagnostic> errors;      // paths that do not exist or match nothing
};

// `extensions` like {".yaml", ".yml", ".json"}: what a directory walk picks up.
// Files named explicitly are taken whatever their extension.
InputFiles expand_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& extensions);

// How messages name an input: "<stdin>" for "-", the path otherwise (as
// yaml::read_text_file names it in its errors).
inline std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

}  // namespace ragft::cli
