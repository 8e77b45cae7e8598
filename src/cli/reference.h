// The man page and the bash, zsh and fish completions, generated at build
// time (`ragft --generate man|bash|zsh|fish`) from the same CLI11 command
// tree and tables that `--help` prints, so that they cannot drift from it.
#pragma once
#include <span>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace ragft::cli {

// A name and what it means: a command's formats, an exit code, a variable.
struct NamedText {
  const char* name;
  const char* text;
};

struct Reference {
  const CLI::App& app;                   // the root, with every command's options declared
  std::span<const NamedText> formats;    // command ("rules show") -> "text, json"
  std::span<const NamedText> exit_codes;
  std::span<const NamedText> environment;
  std::span<const NamedText> files;
  std::vector<std::string> criteria;     // criterion ids of the built-in rules (for --set)
  std::string version;
  std::string examples;                  // the root help's examples
  std::vector<std::string> colors;       // the --color values
};

std::string man_page(const Reference& ref);
std::string bash_completion(const Reference& ref);
std::string zsh_completion(const Reference& ref);
std::string fish_completion(const Reference& ref);

}  // namespace ragft::cli
