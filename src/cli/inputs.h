// Turning the PATH arguments of `score`, `explain` and `rules test` into an
// ordered list of files: directories are walked, globs expanded, "-" is stdin.
#pragma once
#include <optional>
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

// A file given as `path` that is a symbolic link is read only when the file
// it leads to lies inside `root` (a walked directory; the current directory
// for a file named on the command line): a link committed to a repository
// must not make ragft read, and quote, files outside it (/proc/self/environ,
// a credentials file). Returns the error naming the link when it leaves;
// nothing for a file that is not a link, a link that stays inside, or one
// that leads nowhere (reading it then gives its own error).
std::optional<Diagnostic> link_leaves_tree(const std::string& path, const std::string& root = ".");

// How messages name an input: "<stdin>" for "-", the path otherwise (as
// yaml::read_text_file names it in its errors).
inline std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

}  // namespace ragft::cli
