// Expanding PATH arguments: files, directories (walked, sorted), globs, "-".
#include "inputs.h"

#include <glob.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "ragft/safe_text.h"

namespace ragft::cli {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxDirectoryDepth = 32;  // docs/limits.md

bool has_extension(const fs::path& p, const std::vector<std::string>& extensions) {
  std::string ext = ascii_lower(p.extension().string());
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

// Walks `dir` and the directories below it, one level at a time, so that a
// directory that cannot be read is reported by name and the walk goes on with
// its siblings. Directory symlinks are not followed, so a symlink loop cannot
// trap the walk.
class Walker {
 public:
  Walker(const std::string& top, const std::vector<std::string>& extensions, std::vector<Diagnostic>& errors)
      : top_(top), extensions_(extensions), errors_(errors) {}

  void walk(const fs::path& dir, int depth, std::vector<std::string>& found) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code fe;
      bool link = it->is_symlink(fe);
      if (it->is_directory(fe) && !fe) {
        if (link) continue;
        if (depth >= kMaxDirectoryDepth) {
          if (!too_deep_) {
            too_deep_ = true;
            Diagnostic d;
            d.file = it->path().string();
            d.message = fmt::format("directory not read: it is more than {} levels below '{}'", kMaxDirectoryDepth, top_);
            d.hint = "give that directory as an argument of its own";
            errors_.push_back(d);
          }
          continue;
        }
        walk(it->path(), depth + 1, found);
        continue;
      }
      fe.clear();
      if (!it->is_regular_file(fe) || fe) continue;
      if (!has_extension(it->path(), extensions_)) continue;
      if (link) {
        // A link to a file outside the tree given is not read (its content
        // could be anything: /proc/self/environ, a credentials file).
        if (auto d = link_leaves_tree(it->path().string(), top_)) {
          leaving.push_back(std::move(*d));
          continue;
        }
      }
      found.push_back(it->path().string());
    }
    if (ec) {
      Diagnostic d;
      d.file = dir.string();
      d.message = fmt::format("cannot read directory '{}': {}", dir.string(), ec.message());
      d.hint = depth > 0 ? fmt::format("a proposal or profile in it would go unchecked; make it readable, or leave it "
                                       "out of '{}'",
                                       top_)
                         : "make it readable, or give the files in it one by one";
      errors_.push_back(d);
    }
  }

 private:
  const std::string& top_;
  const std::vector<std::string>& extensions_;
  std::vector<Diagnostic>& errors_;
  bool too_deep_ = false;

 public:
  std::vector<Diagnostic> leaving;  // links out of the tree, each an error
};

void walk(const std::string& dir, const std::vector<std::string>& extensions, std::vector<std::string>& out,
          std::vector<Diagnostic>& errors) {
  std::vector<std::string> found;
  Walker walker(dir, extensions, errors);
  walker.walk(dir, 0, found);
  std::vector<Diagnostic>& leaving = walker.leaving;
  std::sort(found.begin(), found.end());
  std::sort(leaving.begin(), leaving.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.file < b.file; });
  errors.insert(errors.end(), std::make_move_iterator(leaving.begin()), std::make_move_iterator(leaving.end()));
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace

namespace {

// `inner` is `outer` or lies below it (both absolute and normal).
bool within(const fs::path& inner, const fs::path& outer) {
  auto [i, o] = std::mismatch(inner.begin(), inner.end(), outer.begin(), outer.end());
  return o == outer.end() || (std::next(o) == outer.end() && o->empty());  // "dir/" ends in an empty element
}

// The current directory as the shell names it ($PWD, when it is the same
// directory) and as it really is: a path written below either is a path
// into the current directory.
std::vector<fs::path> current_directory_names() {
  std::error_code ec;
  std::vector<fs::path> names;
  fs::path real = fs::current_path(ec);
  if (ec) return names;
  names.push_back(real);
  if (const char* pwd = std::getenv("PWD"); pwd && *pwd == '/') {
    fs::path logical = fs::path(pwd).lexically_normal();
    if (logical != real && fs::canonical(logical, ec) == real && !ec) names.push_back(logical);
  }
  return names;
}

// A path named on the command line that, as written, stays inside the
// current directory (relative and not climbing out with "..", or absolute
// below it) but that a symbolic link along it (the last name or a directory
// on the way) carries out of it: the error naming that link. A path written
// outside the current directory (absolute, or "../x") was chosen by the
// person running ragft and is read as given.
std::optional<Diagnostic> argument_leaves_current_directory(const std::string& path) {
  std::error_code ec;
  std::vector<fs::path> cwd = current_directory_names();
  if (cwd.empty()) return std::nullopt;
  fs::path given(path);
  fs::path lexical = (given.is_absolute() ? given : cwd.front() / given).lexically_normal();
  const fs::path* base = nullptr;
  for (const auto& c : cwd)
    if (within(lexical, c)) base = &c;
  if (!base) return std::nullopt;
  fs::path real = fs::canonical(path, ec);
  if (ec || within(real, cwd.front())) return std::nullopt;  // leads nowhere (reading it says so), or stays inside
  // The first link below the current directory that leads out of it.
  std::string link;
  fs::path prefix;
  for (const auto& part : given) {
    prefix /= part;
    fs::path lex = (given.is_absolute() ? prefix : cwd.front() / prefix).lexically_normal();
    if (lex == *base || !within(lex, *base) || !fs::is_symlink(fs::symlink_status(prefix, ec)) || ec) continue;
    fs::path target = fs::canonical(prefix, ec);
    if (!ec && !within(target, cwd.front())) {
      link = prefix.string();
      break;
    }
  }
  bool directory = fs::is_directory(real, ec);
  Diagnostic d;
  d.file = path;
  std::string what = directory ? "a directory" : "a file";
  auto bare = [](std::string s) {
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
  };
  if (link.empty() || bare(fs::path(link).lexically_normal().string()) == bare(given.lexically_normal().string()))
    d.message = fmt::format("'{}' is a symbolic link to {} outside the current directory; it is not read", path, what);
  else
    d.message = fmt::format("'{}' is not read: '{}' on its way is a symbolic link to a directory outside the "
                            "current directory",
                            path, link);
  d.hint = directory || !d.message.ends_with("it is not read")
               ? "a link named on the command line is followed only inside the current directory; to read what it "
                 "leads to anyway, give that path"
               : "a link is followed only to a file inside the tree given; name the file itself";
  return d;
}

}  // namespace

std::optional<Diagnostic> link_leaves_tree(const std::string& path, const std::string& root) {
  std::error_code ec;
  if (path == "-") return std::nullopt;
  if (root == ".") return argument_leaves_current_directory(path);
  if (!fs::is_symlink(fs::symlink_status(path, ec)) || ec) return std::nullopt;
  fs::path target = fs::canonical(path, ec);
  if (ec) return std::nullopt;  // leads nowhere, or in a loop: reading it says so
  fs::path top = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  auto [t, r] = std::mismatch(target.begin(), target.end(), top.begin(), top.end());
  if (r == top.end() && t != target.end()) return std::nullopt;  // strictly inside
  Diagnostic d;
  d.file = path;
  d.message = fmt::format("'{}' is a symbolic link to a file outside '{}'; it is not read", path, root);
  d.hint = "a link is followed only to a file inside the tree given; name the file itself";
  return d;
}

InputFiles expand_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& extensions) {
  InputFiles result;
  std::vector<std::string> files;
  for (const auto& path : paths) {
    if (path == "-") {
      files.push_back(path);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (!ec && fs::is_directory(st)) {
      if (auto d = link_leaves_tree(path)) result.errors.push_back(std::move(*d));
      else walk(path, extensions, files, result.errors);
      continue;
    }
    if (!ec && fs::exists(st)) {
      if (auto d = link_leaves_tree(path)) result.errors.push_back(std::move(*d));
      else files.push_back(path);
      continue;
    }
    if (path.find_first_of("*?[") != std::string::npos) {
      glob_t g{};
      int rc = ::glob(path.c_str(), GLOB_NOSORT, nullptr, &g);
      std::vector<std::string> matched;
      if (rc == 0)
        for (std::size_t i = 0; i < g.gl_pathc; ++i) matched.emplace_back(g.gl_pathv[i]);
      globfree(&g);
      std::sort(matched.begin(), matched.end());
      if (matched.empty()) {
        Diagnostic d;
        d.file = path;
        d.message = fmt::format("no file matches '{}'", path);
        result.errors.push_back(d);
      }
      for (const auto& m : matched) {
        if (auto d = link_leaves_tree(m)) result.errors.push_back(std::move(*d));
        else if (fs::is_directory(m, ec)) walk(m, extensions, files, result.errors);
        else files.push_back(m);
      }
      continue;
    }
    Diagnostic d;
    d.file = path;
    if (ec && ec != std::errc::no_such_file_or_directory) {
      // A link to itself (ELOOP), a path through a file (ENOTDIR), no permission...
      d.message = fmt::format("cannot read '{}': {}", path, ec.message());
    } else {
      d.message = fmt::format("cannot read '{}': No such file or directory", path);
      d.hint = "give a profile file, a directory of profiles, a glob, or - for standard input";
    }
    result.errors.push_back(d);
  }
  // The first of each name is kept, in order; found by sorting indices, so
  // that no name is copied (100,000 files cost 800 KB here, not a second
  // copy of every name).
  std::vector<std::size_t> order(files.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return files[a] < files[b]; });
  std::vector<char> keep(files.size(), 1);
  for (std::size_t k = 1; k < order.size(); ++k)
    if (files[order[k]] == files[order[k - 1]] && files[order[k]] != "-") keep[order[k]] = 0;
  order.clear();
  order.shrink_to_fit();
  result.files.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i)
    if (keep[i]) result.files.push_back(std::move(files[i]));
  return result;
}

}  // namespace ragft::cli
