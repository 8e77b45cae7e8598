// The line editor of `ragft ask` and the plain line reader, with the signal
// handling that keeps the terminal usable whatever happens.
#include "line_editor.h"

#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>

#include "ragft/safe_text.h"
#include "ragft/terminal_text.h"

namespace ragft::cli {

namespace {

// State shared with the signal handlers (async-signal-safe use only).
volatile std::sig_atomic_t g_interrupted = 0;
volatile std::sig_atomic_t g_redraw = 0;
volatile std::sig_atomic_t g_raw = 0;  // the terminal is in raw mode now
int g_tty_fd = -1;
termios g_cooked{};
termios g_raw_mode{};

struct sigaction g_old_int, g_old_term, g_old_hup, g_old_quit, g_old_tstp, g_old_cont, g_old_winch;

void on_interrupt(int) { g_interrupted = 1; }

void install(int sig, void (*handler)(int), struct sigaction* old);

// SIGTERM, SIGHUP, SIGQUIT: put the terminal back, then die of the signal.
void on_fatal(int sig) {
  if (g_raw) ::tcsetattr(g_tty_fd, TCSANOW, &g_cooked);
  g_raw = 0;
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(sig, &dfl, nullptr);
  ::raise(sig);  // delivered when this handler returns
}

// SIGTSTP (Ctrl-Z, or kill -TSTP): cooked terminal, then stop as usual.
void on_stop(int) {
  if (g_raw) ::tcsetattr(g_tty_fd, TCSANOW, &g_cooked);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(SIGTSTP, &dfl, nullptr);
  ::raise(SIGTSTP);  // stops the process when this handler returns
}

// SIGCONT: back from a stop: raw mode again if it was on, and redraw.
void on_continue(int) {
  install(SIGTSTP, on_stop, nullptr);
  if (g_raw) ::tcsetattr(g_tty_fd, TCSANOW, &g_raw_mode);
  g_redraw = 1;
}

void on_resize(int) { g_redraw = 1; }

void install(int sig, void (*handler)(int), struct sigaction* old) {
  struct sigaction sa {};
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read() returns EINTR so the flags are seen
  ::sigaction(sig, &sa, old);
}

void write_all(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}

// RAII raw mode: entered in the constructor, left in the destructor.
class RawMode {
 public:
  explicit RawMode(int fd) : fd_(fd) {
    if (::tcgetattr(fd, &g_cooked) != 0) return;
    g_tty_fd = fd;
    g_raw_mode = g_cooked;
    g_raw_mode.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    g_raw_mode.c_cflag |= CS8;
    g_raw_mode.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
    g_raw_mode.c_cc[VMIN] = 1;
    g_raw_mode.c_cc[VTIME] = 0;
    // TCSANOW, not TCSAFLUSH: keys typed ahead are kept.
    if (::tcsetattr(fd, TCSANOW, &g_raw_mode) != 0) return;
    g_raw = 1;
    ok_ = true;
  }
  ~RawMode() {
    if (!ok_) return;
    g_raw = 0;
    ::tcsetattr(fd_, TCSANOW, &g_cooked);
  }
  RawMode(const RawMode&) = delete;
  RawMode& operator=(const RawMode&) = delete;
  bool ok() const { return ok_; }

 private:
  int fd_;
  bool ok_ = false;
};

// The terminal's width, or 80 when it is not known.
int terminal_columns(int fd) {
  const int columns = terminal_width(fd);
  return columns > 0 ? columns : 80;
}

bool continuation(unsigned char ch) { return (ch & 0xC0) == 0x80; }

std::size_t next_cp(std::string_view s, std::size_t i) {
  if (i >= s.size()) return s.size();
  ++i;
  while (i < s.size() && continuation(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

std::size_t prev_cp(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && continuation(static_cast<unsigned char>(s[i]))) --i;
  return i;
}

bool is_space(char ch) { return ch == ' ' || ch == '\t'; }

}  // namespace

// ---------------------------------------------------------------------------

SignalScope::SignalScope(int tty_fd) {
  g_tty_fd = tty_fd;
  g_interrupted = 0;
  g_redraw = 0;
  install(SIGINT, on_interrupt, &g_old_int);
  install(SIGTERM, on_fatal, &g_old_term);
  install(SIGHUP, on_fatal, &g_old_hup);
  install(SIGQUIT, on_fatal, &g_old_quit);
  install(SIGTSTP, on_stop, &g_old_tstp);
  install(SIGCONT, on_continue, &g_old_cont);
  install(SIGWINCH, on_resize, &g_old_winch);
}

SignalScope::~SignalScope() {
  ::sigaction(SIGINT, &g_old_int, nullptr);
  ::sigaction(SIGTERM, &g_old_term, nullptr);
  ::sigaction(SIGHUP, &g_old_hup, nullptr);
  ::sigaction(SIGQUIT, &g_old_quit, nullptr);
  ::sigaction(SIGTSTP, &g_old_tstp, nullptr);
  ::sigaction(SIGCONT, &g_old_cont, nullptr);
  ::sigaction(SIGWINCH, &g_old_winch, nullptr);
}

bool SignalScope::interrupted() { return g_interrupted != 0; }

// ---------------------------------------------------------------------------

LineEditor::LineEditor(int in_fd, int out_fd) : in_fd_(in_fd), out_fd_(out_fd) {}

void LineEditor::write_out(std::string_view s) { write_all(out_fd_, s); }

LineEditor::Byte LineEditor::next_byte(unsigned char& ch, int timeout_ms) {
  for (;;) {
    if (g_interrupted) return Byte::interrupted;
    if (timeout_ms >= 0) {
      pollfd p{in_fd_, POLLIN, 0};
      int r = ::poll(&p, 1, timeout_ms);
      if (r == 0) return Byte::timeout;
      if (r < 0 && errno != EINTR) return Byte::eof;
      if (r < 0) continue;
    }
    ssize_t n = ::read(in_fd_, &ch, 1);
    if (n == 1) return Byte::ok;
    if (n == 0) return Byte::eof;
    if (errno != EINTR) return Byte::eof;
    if (g_interrupted) return Byte::interrupted;
    if (g_redraw) {
      g_redraw = 0;
      refresh();
    }
  }
}

void LineEditor::refresh() {
  const std::size_t cols = static_cast<std::size_t>(terminal_columns(out_fd_));
  const std::size_t pw = display_width(prompt_);
  // Two columns spare at the right edge: for the cursor, and for "^C".
  const std::size_t avail = cols > pw + 3 ? cols - pw - 3 : 1;
  // Scroll horizontally so that the cursor stays visible.
  std::size_t start = 0;
  const std::string_view buf = buf_;
  while (start < pos_ && display_width(buf.substr(start, pos_ - start)) > avail) start = next_cp(buf_, start);
  const std::size_t end = start + columns_prefix(buf.substr(start), avail);
  std::string s = "\r" + prompt_ + buf_.substr(start, end - start) + "\x1b[0K\r";
  std::size_t col = pw + display_width(buf.substr(start, pos_ - start));
  if (col > 0) s += "\x1b[" + std::to_string(col) + "C";
  write_out(s);
}

void LineEditor::insert(std::string_view s) {
  // Appending the tail again rather than insert(): GCC 12 at -O3 warns
  // about insert() with a false -Wrestrict.
  std::string tail = buf_.substr(pos_);
  buf_.resize(pos_);
  buf_ += s;
  buf_ += tail;
  pos_ += s.size();
}

void LineEditor::erase(std::size_t from, std::size_t to) {
  if (from >= to) return;
  buf_.erase(from, to - from);
  pos_ = from;
}

std::size_t LineEditor::word_left() const {
  std::size_t i = pos_;
  while (i > 0 && is_space(buf_[i - 1])) --i;
  while (i > 0 && !is_space(buf_[i - 1])) --i;
  return i;
}

std::size_t LineEditor::word_right() const {
  std::size_t i = pos_;
  while (i < buf_.size() && is_space(buf_[i])) ++i;
  while (i < buf_.size() && !is_space(buf_[i])) ++i;
  return i;
}

void LineEditor::remember(const std::string& line) {
  if (line.empty() || (!history_.empty() && history_.back() == line)) return;
  history_.push_back(line);
  if (history_.size() > 1000) history_.erase(history_.begin());
}

void LineEditor::history_move(int delta) {
  if (delta < 0) {
    if (hist_index_ == 0) return;
    if (hist_index_ == history_.size()) saved_ = buf_;
    --hist_index_;
    buf_ = history_[hist_index_];
  } else {
    if (hist_index_ >= history_.size()) return;
    ++hist_index_;
    buf_ = hist_index_ == history_.size() ? saved_ : history_[hist_index_];
  }
  pos_ = buf_.size();
}

void LineEditor::handle_escape() {
  unsigned char a = 0;
  if (next_byte(a, 50) != Byte::ok) return;  // a lone Escape: ignored
  if (a == 'b') pos_ = word_left();
  else if (a == 'f') pos_ = word_right();
  else if (a == 127 || a == 8) erase(word_left(), pos_);
  else if (a == 'O' || a == '[') {
    std::string params;
    unsigned char f = 0;
    for (;;) {
      if (next_byte(f, 50) != Byte::ok) return;
      if (f >= 0x40 && f <= 0x7E) break;
      params += static_cast<char>(f);
      if (params.size() > 16) return;  // not a key we know
    }
    bool ctrl = params.find(";5") != std::string::npos || params == "5";
    switch (f) {
      case 'A': history_move(-1); break;
      case 'B': history_move(+1); break;
      case 'C': pos_ = ctrl ? word_right() : next_cp(buf_, pos_); break;
      case 'D': pos_ = ctrl ? word_left() : prev_cp(buf_, pos_); break;
      case 'H': pos_ = 0; break;
      case 'F': pos_ = buf_.size(); break;
      case '~':
        if (params == "1" || params == "7") pos_ = 0;
        else if (params == "4" || params == "8") pos_ = buf_.size();
        else if (params == "3") erase(pos_, next_cp(buf_, pos_));
        break;
      default: break;
    }
  }
}

ReadStatus LineEditor::read(std::string_view prompt, std::string& line) {
  line.clear();
  if (g_interrupted) return ReadStatus::interrupted;
  RawMode raw(in_fd_);
  if (!raw.ok()) {
    PlainLineReader plain(in_fd_, nullptr, nullptr);
    write_out(prompt);
    return plain.read("", line);
  }
  prompt_ = std::string(prompt);
  g_redraw = 0;
  buf_.clear();
  pos_ = 0;
  hist_index_ = history_.size();
  saved_.clear();
  refresh();
  for (;;) {
    unsigned char ch = 0;
    Byte b = next_byte(ch, -1);
    if (b == Byte::interrupted) {
      pos_ = buf_.size();
      refresh();
      write_out("^C\r\n");
      return ReadStatus::interrupted;
    }
    if (b != Byte::ok) {
      write_out("\r\n");
      return ReadStatus::eof;
    }
    switch (ch) {
      case '\r':
      case '\n':
        pos_ = buf_.size();
        refresh();
        write_out("\r\n");
        line = buf_;
        return ReadStatus::line;
      case 3:  // Ctrl-C
        g_interrupted = 1;
        pos_ = buf_.size();
        refresh();
        write_out("^C\r\n");
        return ReadStatus::interrupted;
      case 4:  // Ctrl-D: on an empty line the caller decides (a terminal is not a pipe), else delete
        if (buf_.empty()) {
          write_out("\r\n");
          return ReadStatus::ctrl_d;
        }
        erase(pos_, next_cp(buf_, pos_));
        break;
      case 1: pos_ = 0; break;                                // Ctrl-A
      case 5: pos_ = buf_.size(); break;                      // Ctrl-E
      case 2: pos_ = prev_cp(buf_, pos_); break;              // Ctrl-B
      case 6: pos_ = next_cp(buf_, pos_); break;              // Ctrl-F
      case 8:                                                 // Ctrl-H
      case 127: erase(prev_cp(buf_, pos_), pos_); break;      // Backspace
      case 11: buf_.erase(pos_); break;                       // Ctrl-K
      case 21: erase(0, pos_); break;                         // Ctrl-U
      case 23: erase(word_left(), pos_); break;               // Ctrl-W
      case 16: history_move(-1); break;                       // Ctrl-P
      case 14: history_move(+1); break;                       // Ctrl-N
      case 26:                                                // Ctrl-Z: suspend like a shell would
        write_out("\r\n");
        ::raise(SIGTSTP);
        break;
      case 27: handle_escape(); break;
      default:
        if (ch >= 0x20 && ch < 0x80) {
          char c = static_cast<char>(ch);
          insert(std::string_view(&c, 1));
        } else if (ch >= 0xC2 && ch <= 0xF4) {
          // A UTF-8 sequence: read its continuation bytes, keep it only if
          // whole and valid.
          std::size_t need = ch >= 0xF0 ? 3 : ch >= 0xE0 ? 2 : 1;
          std::string cp(1, static_cast<char>(ch));
          bool whole = true;
          for (std::size_t k = 0; k < need; ++k) {
            unsigned char cont = 0;
            if (next_byte(cont, 100) != Byte::ok || !continuation(cont)) {
              whole = false;
              break;
            }
            cp += static_cast<char>(cont);
          }
          if (whole && decode_utf8(cp, 0).length == cp.size()) insert(cp);
        }
        break;
    }
    refresh();
  }
}

// ---------------------------------------------------------------------------

PlainLineReader::PlainLineReader(int fd, std::ostream* prompts, std::ostream* transcript, std::size_t max_line)
    : fd_(fd), prompts_(prompts), transcript_(transcript), max_line_(max_line) {}

ReadStatus PlainLineReader::read(std::string_view prompt, std::string& line) {
  line.clear();
  if (g_interrupted) return ReadStatus::interrupted;
  if (prompts_) {
    *prompts_ << prompt;
    prompts_->flush();
  }
  for (;;) {
    std::size_t nl = pending_.find('\n');
    if (nl != std::string::npos || (eof_ && !pending_.empty())) {
      std::size_t end = nl == std::string::npos ? pending_.size() : nl;
      if (end > max_line_) return ReadStatus::too_long;
      line = pending_.substr(0, end);
      pending_.erase(0, nl == std::string::npos ? pending_.size() : nl + 1);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (transcript_) *transcript_ << prompt << line << "\n";
      return ReadStatus::line;
    }
    if (eof_ || fd_ < 0) return ReadStatus::eof;
    if (pending_.size() > max_line_) return ReadStatus::too_long;
    char chunk[4096];
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n > 0) {
      pending_.append(chunk, static_cast<std::size_t>(n));
    } else if (n == 0) {
      eof_ = true;
    } else if (errno == EINTR) {
      if (g_interrupted) return ReadStatus::interrupted;
    } else {
      eof_ = true;
    }
  }
}

}  // namespace ragft::cli
