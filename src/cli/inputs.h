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

// What `score`, `explain`, `cost` and `check` walk directories for: profiles
// and proposals in YAML or JSON, and ADRs in Markdown. Compared without case,
// so NOTES.MD and profile.YAML are found too.
inline const std::vector<std::string> kInputExtensions = {".md", ".markdown", ".yaml", ".yml", ".json"};
inline constexpr const char* kInputPatterns = "*.md, *.markdown, *.yaml, *.yml and *.json, in any case";

// `extensions` like {".yaml", ".yml", ".json"} (lower case): what a directory
// walk picks up, whatever the case of the file's extension. Files named
// explicitly are taken whatever their extension. A directory that cannot be
// read (no permission), at the top or anywhere below, is an error naming it;
// the walk goes on with the rest.
InputFiles expand_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& extensions);

// How messages name an input: "<stdin>" for "-", the path otherwise (as
// yaml::read_text_file names it in its errors).
inline std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

}  // namespace ragft::cli
