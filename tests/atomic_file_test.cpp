// write_file_atomically: regular files replaced atomically, devices and
// FIFOs written through, links and other files never replaced, and no
// temporary file left behind by a signal.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ragft/atomic_file.h"

namespace fs = std::filesystem;
using ragft::write_file_atomically;
using ragft::WriteStatus;

namespace {

fs::path scratch(const char* name) {
  fs::path dir = fs::temp_directory_path() / (std::string(name) + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

int temporaries(const fs::path& dir) {
  int n = 0;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind(".ragft-", 0) == 0) ++n;
  return n;
}

}  // namespace

TEST_CASE("write_file_atomically: regular files, links and devices", "[atomic_file]") {
  fs::path dir = scratch("ragft_atomic_test");
  std::string file = (dir / "out.yaml").string();
  CHECK(write_file_atomically(file, "one\n", false).ok());
  auto again = write_file_atomically(file, "two\n", false);
  CHECK(again.status == WriteStatus::exists);
  CHECK(again.error == "'" + file + "' already exists");
  CHECK(write_file_atomically(file, "two\n", true).ok());
  CHECK(read(file) == "two\n");

  // A link is never replaced, with or without overwrite.
  std::string link = (dir / "link.yaml").string();
  fs::create_symlink("out.yaml", link);
  auto l = write_file_atomically(link, "three\n", true);
  CHECK(l.status == WriteStatus::failed);
  CHECK(l.error == "'" + link + "' is a symbolic link; ragft does not replace links (give the file it leads to)");
  CHECK(fs::is_symlink(link));
  CHECK(read(file) == "two\n");

  // A character device is written through and stays a device.
  CHECK(write_file_atomically("/dev/null", "x", false).ok());
  CHECK(fs::is_character_file("/dev/null"));

  // A FIFO nobody reads is an error at once, not a hang.
  std::string fifo = (dir / "pipe").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto f = write_file_atomically(fifo, "x", true);
  CHECK(f.error == "cannot write '" + fifo + "': no process reads this FIFO");
  CHECK(fs::is_fifo(fifo));

  // A name of 245 bytes: the temporary name must not push it over the limit.
  std::string long_name = (dir / (std::string(240, 'a') + ".yaml")).string();
  CHECK(write_file_atomically(long_name, "ok\n", false).ok());
  CHECK(read(long_name) == "ok\n");
  CHECK(temporaries(dir) == 0);
  fs::remove_all(dir);
}

TEST_CASE("write_file_atomically: SIGTERM during a write leaves no temporary file", "[atomic_file]") {
  fs::path dir = scratch("ragft_atomic_signal_test");
  std::string target = (dir / "big.yaml").string();
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::string big(std::size_t{1} << 28, 'x');  // long enough to be caught in the middle
    write_file_atomically(target, big, false);
    ::_exit(0);
  }
  // Wait for the temporary file to appear, then stop the writer.
  for (int i = 0; i < 5000 && temporaries(dir) == 0; ++i) ::usleep(1000);
  ::kill(child, SIGTERM);
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(temporaries(dir) == 0);
  CHECK_FALSE(fs::exists(target));
  fs::remove_all(dir);
}

namespace {

// What an attacker does between ragft's check of the target and the rename:
// the target becomes a link to a file the attacker wants overwritten.
std::string g_victim;
void swap_in_link(const std::string& path) {
  fs::remove(path);
  fs::create_symlink(g_victim, path);
}

}  // namespace

TEST_CASE("write_file_atomically: a target swapped for a link before the rename is never replaced", "[atomic_file]") {
  fs::path dir = scratch("ragft_atomic_race_test");
  g_victim = (dir / "victim").string();
  std::ofstream(g_victim) << "victim\n";
  std::string out = (dir / "out.yaml").string();
  ragft::set_before_rename_hook_for_tests(swap_in_link);

  // With --force: the target was a regular file when checked.
  std::ofstream(out) << "old\n";
  auto forced = write_file_atomically(out, "new\n", true);
  CHECK(forced.status == WriteStatus::failed);
  CHECK(forced.error == "'" + out + "' is a symbolic link; ragft does not replace links (give the file it leads to)");
  CHECK(fs::is_symlink(out));
  CHECK(fs::read_symlink(out) == g_victim);
  CHECK(read(g_victim) == "victim\n");
  CHECK(temporaries(dir) == 0);

  // Without --force: the target did not exist when checked.
  fs::remove(out);
  auto fresh = write_file_atomically(out, "new\n", false);
  CHECK(fresh.status == WriteStatus::exists);
  CHECK(fresh.error == "'" + out + "' already exists");
  CHECK(fs::is_symlink(out));
  CHECK(read(g_victim) == "victim\n");
  CHECK(temporaries(dir) == 0);

  // With --force and no target when checked: what appeared is not replaced.
  fs::remove(out);
  auto appeared = write_file_atomically(out, "new\n", true);
  CHECK(appeared.status == WriteStatus::failed);
  CHECK(appeared.error == "'" + out + "' changed while ragft was writing it; it is not replaced");
  CHECK(fs::is_symlink(out));
  CHECK(read(g_victim) == "victim\n");
  CHECK(temporaries(dir) == 0);

  ragft::set_before_rename_hook_for_tests(nullptr);
  // Without a swap, --force replaces a regular file, and the old one is gone.
  fs::remove(out);
  std::ofstream(out) << "old\n";
  CHECK(write_file_atomically(out, "new\n", true).ok());
  CHECK(read(out) == "new\n");
  CHECK(temporaries(dir) == 0);
  fs::remove_all(dir);
}
