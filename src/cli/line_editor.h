// Reading answers one line at a time: a small termios line editor for a real
// terminal (raw mode, UTF-8, cursor keys, Home/End, Ctrl-A/E/U/K/W, history
// of accepted answers within the session, Ctrl-C, Ctrl-D) and a plain reader for pipes, files and
// dumb terminals. The terminal is restored on every exit path: when read()
// returns, when the editor is destroyed, and on SIGTERM, SIGHUP, SIGQUIT and
// SIGTSTP (raw mode comes back on resume).
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ragft::cli {

enum class ReadStatus {
  line,         // a line was read (without its line end)
  eof,          // end of input
  ctrl_d,       // Ctrl-D on an empty line in a terminal (the input goes on)
  interrupted,  // Ctrl-C, or SIGINT
  too_long,     // a line longer than the limit (plain reader only)
};

class LineInput {
 public:
  virtual ~LineInput() = default;
  // Shows `prompt` and reads one line into `line`.
  virtual ReadStatus read(std::string_view prompt, std::string& line) = 0;
  // Keeps `line` for recall with Up (a terminal only): the caller passes the
  // answers it accepted, so that typos and commands are not recalled.
  virtual void remember(const std::string& line) { (void)line; }
};

// While it lives: SIGINT only sets a flag, which read() reports as
// `interrupted` (so nothing is cut off half-way and the terminal is always
// restored); the other handlers are those described above. One at a time.
class SignalScope {
 public:
  explicit SignalScope(int tty_fd);
  ~SignalScope();
  SignalScope(const SignalScope&) = delete;
  SignalScope& operator=(const SignalScope&) = delete;
  // True once SIGINT arrived during the scope.
  static bool interrupted();
};

// The raw-mode editor. `in_fd` and `out_fd` must be terminals; needs a live
// SignalScope. Output (the prompt and the line) goes to out_fd.
class LineEditor : public LineInput {
 public:
  LineEditor(int in_fd, int out_fd);
  ReadStatus read(std::string_view prompt, std::string& line) override;
  void remember(const std::string& line) override;

 private:
  int in_fd_, out_fd_;
  std::string prompt_;
  std::string buf_;
  std::size_t pos_ = 0;  // byte offset of the cursor, at a code point boundary
  std::vector<std::string> history_;
  std::size_t hist_index_ = 0;
  std::string saved_;  // the line being edited while browsing the history

  enum class Byte { ok, eof, interrupted, timeout };
  Byte next_byte(unsigned char& ch, int timeout_ms);
  void refresh();
  void write_out(std::string_view s);
  void insert(std::string_view s);
  void erase(std::size_t from, std::size_t to);
  void history_move(int delta);
  void handle_escape();
  std::size_t word_left() const;
  std::size_t word_right() const;
};

// Reads lines from a file descriptor. With `prompts`, writes the prompt to it
// before each read (a terminal in cooked mode); with `transcript`, writes the
// prompt and the line read after each read (piped input, so that standard
// error shows each question with its answer). A last line without a line end
// counts; "\r\n" ends a line too.
class PlainLineReader : public LineInput {
 public:
  PlainLineReader(int fd, std::ostream* prompts, std::ostream* transcript, std::size_t max_line = 64 * 1024);
  ReadStatus read(std::string_view prompt, std::string& line) override;

 private:
  int fd_;
  std::ostream* prompts_;
  std::ostream* transcript_;
  std::size_t max_line_;
  std::string pending_;
  bool eof_ = false;
};

}  // namespace ragft::cli
