// `ragft ask`: the questionnaire. Picks the input (the line editor in a
// terminal, plain lines from a pipe), walks the Questionnaire, shows the
// summary, prints the same verdict as `ragft score`, and saves the answers as
// a profile. The walk itself lives in the library (questionnaire.h).
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ragft/safe_text.h"
#include "ragft/terminal_text.h"
#include "app.h"
#include "inputs.h"
#include "command.h"
#include "line_editor.h"
#include "ragft/atomic_file.h"
#include "ragft/profile.h"
#include "ragft/profile_writer.h"
#include "ragft/questionnaire.h"
#include "ragft/yaml_doc.h"

namespace ragft::cli {

namespace {

constexpr int kInterrupted = 130;            // 128 + SIGINT, as shells report Ctrl-C
constexpr int kMaxInvalidInARow = 5;         // piped input: give up instead of looping
constexpr int kMaxPipedLines = 10000;        // piped input: a bound on an endless stream
constexpr std::size_t kMaxProjectName = 200;  // bytes; a name, not a description

// CI=true (or any value but false/0) means: never wait for a person.
bool ci_env() {
  const char* ci = std::getenv("CI");
  if (!ci || !*ci) return false;
  std::string v = ascii_lower(ci);
  return v != "false" && v != "0";
}

bool dumb_terminal() {
  const char* term = std::getenv("TERM");
  return !term || !*term || std::string(term) == "dumb";
}

bool stderr_color(const std::string& mode) { return color_wanted(mode, STDERR_FILENO) && (mode != "auto" || !dumb_terminal()); }

// The date for the saved profile's header: SOURCE_DATE_EPOCH when set (for
// reproducible files), else today, in UTC.
std::string today() {
  std::time_t t = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    // Up to 9999-12-31T23:59:59Z: a larger value would make a date with a
    // year of more than four digits (219250468-01-00); it is ignored.
    if (end && *end == '\0' && v >= 0 && v <= 253402300799LL) t = static_cast<std::time_t>(v);
  }
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// A typed line without the spaces around it.
std::string trimmed(std::string_view t) {
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
  return std::string(t);
}

bool path_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(std::filesystem::symlink_status(path, ec));
}

// CI with a terminal on standard input: nothing is read from it.
class NoInput : public LineInput {
 public:
  explicit NoInput(std::ostream* note) : note_(note) {}
  ReadStatus read(std::string_view, std::string& line) override {
    line.clear();
    if (note_) *note_ << "  (CI is set and standard input is a terminal: no answers are read from it)\n";
    note_ = nullptr;
    return ReadStatus::eof;
  }

 private:
  std::ostream* note_;
};

// Writes with SIGINT, SIGTERM, SIGHUP and SIGTSTP held back, so that an
// interruption cannot leave a temporary file behind.
WriteResult write_uninterrupted(const std::string& path, std::string_view content, bool overwrite) {
  sigset_t block, old;
  sigemptyset(&block);
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGTSTP}) sigaddset(&block, s);
  ::sigprocmask(SIG_BLOCK, &block, &old);
  WriteResult w = write_file_atomically(path, content, overwrite);
  ::sigprocmask(SIG_SETMASK, &old, nullptr);
  return w;
}

class AskCommand : public Command {
 public:
  void setup(CLI::App& sub) override {
    sub.add_option("--project", project_, "the project's name, for the verdict and the saved profile (asked in a terminal)")
        ->type_name("NAME");
    sub.add_option("--from", from_, "pre-fill the answers of a profile; only the rest is asked")->type_name("PROFILE");
    sub.add_flag("--defaults", defaults_, "accept every default; ask only what has none");
    sub.add_flag("--detailed", detailed_, "also ask the cost questions (token counts, prices, ...)");
    sub.add_flag("--list", list_, "print the questions (with --format json: ids, types, choices, defaults, conditions)");
    sub.add_option("--save", save_, "save the answers as a profile (atomically; never overwrites without --force)")
        ->type_name("FILE");
    sub.add_flag("--force", force_, "with --save: replace an existing file");
    sub.footer(R"(
Answers: a choice by its number, its name or the first letters of it; numbers as 40000, 40k, 3M or 4e4;
fractions as 0.97 or 97%; y or n. Type ? for help, back (or b) for the previous question, skip for
"not sure" on optional questions; Enter accepts the default shown.

Without a terminal (or with CI=true) the answers are read one per line from standard input and the
questions go to standard error.

Examples:
  ragft ask                                       answer the questions in a terminal
  ragft ask --save project.yaml                   ... and keep the answers as a profile
  ragft ask --from project.yaml --set calls_per_day=1M
                                                  start from a profile, change one answer, ask the rest
  printf 'knowledge\ndaily\n...' | ragft ask      answers from a pipe
  ragft ask --list --format json                  the questions, for other tools
)");
  }

  int run(Session& session) override {
    auto ctx = session.context();
    if (!ctx) return invalid;
    if (list_) return list(*ctx);
    color_ = stderr_color(session.raw().color);
    return ask(*ctx);
  }

 private:
  std::string from_, save_, project_;
  bool defaults_ = false, detailed_ = false, list_ = false, force_ = false;
  bool color_ = false;
  bool interactive_ = false;
  bool ctrl_d_ = false;  // the line just read was Ctrl-D on an empty line
  TextStyle qstyle_;     // the questions' style: the terminal's width and color

  // `text` wrapped at the questions' width, continued under `indent` + 2.
  std::string wrapped(std::string_view text, std::string_view indent = "") const {
    return ragft::wrapped(text, indent, std::string(indent) + "  ", static_cast<std::size_t>(qstyle_.width));
  }

  // Why a project name cannot be used, or nullopt.
  static std::optional<std::string> bad_project_name(const std::string& name) {
    if (name.size() > kMaxProjectName)
      return fmt::format("the name is {} bytes long; at most {} are kept", name.size(), kMaxProjectName);
    if (std::any_of(name.begin(), name.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f; }))
      return std::string("the name holds a control character");
    return std::nullopt;
  }

  // In a terminal, before the first question: the project's name (Enter for
  // none). Returns an exit code to stop with, or -1 to go on.
  int ask_project(Context& ctx, LineInput& input, Questionnaire& q) {
    for (;;) {
      ctx.err << wrapped("Project name (for the verdict and the saved profile; Enter to leave it out):");
      std::string line;
      ReadStatus st = input.read("> ", line);
      if (st == ReadStatus::interrupted) return interrupted(ctx);
      if (st != ReadStatus::line) break;
      std::string t = trimmed(line);
      if (auto why = bad_project_name(t)) {
        ctx.err << wrapped("error: " + *why, "  ") << wrapped("hint: give a short name on one line", "  ");
        continue;
      }
      q.set_project(t);
      break;
    }
    ctx.err << "\n";
    return -1;
  }

  int list(Context& ctx) {
    if (ctx.format->name() == "json") {
      ctx.out << json_text(questions_json(ctx.rules), 2) << "\n";
    } else if (ctx.format->name() == "text") {
      ctx.out << visible_text(questions_text(ctx.rules, ctx.style), ctx.style.color);
    } else {
      ctx.err << "ragft: error: 'ask --list' prints text or json\n  hint: use --format json or --format text\n";
      return invalid;
    }
    return ok;
  }

  // --from: exactly one valid profile.
  bool load_from(Context& ctx, Questionnaire& q) {
    if (from_ == "-") {
      ctx.err << "ragft: error: '--from -' would read the profile from standard input, which holds the answers\n"
                 "  hint: save the profile to a file and pass its name\n";
      return false;
    }
    std::string text;
    Diagnostic io;
    if (auto leaves = link_leaves_tree(from_)) {
      ctx.err << format_diagnostic(*leaves);
      return false;
    }
    if (!yaml::read_text_file(from_, ProfileLimits{}.max_bytes, text, io)) {
      ctx.err << format_diagnostic(io);
      return false;
    }
    ProfileLoad load = load_profiles(text, from_, ctx.rules);
    if (!load.errors.empty()) {
      print_diagnostics(ctx.err, load.errors);
      return false;
    }
    if (load.profiles.size() != 1) {
      ctx.err << fmt::format("ragft: error: '{}' holds {} profiles; --from needs a file with one\n", from_,
                             load.profiles.size());
      return false;
    }
    q.prefill_profile(load.profiles.front());
    return true;
  }

  // As `ragft score` prints a batch of one result.
  void print_verdict(Context& ctx, const Result& r) {
    const ResultOptions options{ctx.rules, ctx.style, ctx.quiet};
    const std::map<std::string, long> tally{{r.decision.recommendation, 1}};
    std::string text;
    ctx.format->before_result(text, options, 0);
    ctx.format->result(text, r, options);
    ctx.format->end_results(text, options, ResultSummary{1, 0, tally});
    ctx.out << text;
    ctx.out.flush();
  }

  int interrupted(Context& ctx) {
    ctx.out.flush();
    ctx.err << "ragft: interrupted; nothing was saved\n";
    return kInterrupted;
  }

  // Saves to `path`; in a terminal, asks before replacing a file and offers
  // another name when the user declines. Returns an exit code.
  int save(Context& ctx, LineInput& input, std::string path,
           const std::function<std::string(const std::string&)>& content_for) {
    bool overwrite = force_;
    for (;;) {
      if (path.empty()) return ok;
      WriteResult w = write_uninterrupted(path, content_for(path), overwrite);
      if (w.ok()) {
        if (!ctx.quiet || interactive_)
          ctx.err << wrapped(fmt::format("Saved the answers to {} (score them again with: ragft score {})", path, path));
        return ok;
      }
      if (!interactive_) {
        ctx.err << "ragft: error: " << w.error << "\n  hint: "
                << (w.status == WriteStatus::exists ? "use --force to replace it, or --save another file"
                                                    : "choose a file in a directory you can write to")
                << "\n";
        return invalid;
      }
      std::string line;
      if (w.status == WriteStatus::exists) {
        ctx.err << wrapped(fmt::format("'{}' already exists. Replace it? [y/N]", path));
        ReadStatus st = input.read("> ", line);
        if (st == ReadStatus::interrupted) return interrupted(ctx);
        std::string l = ascii_lower(line);
        if (st == ReadStatus::line && (l == "y" || l == "yes")) {
          overwrite = true;
          continue;
        }
        ctx.err << wrapped(fmt::format("Kept the existing {}.", path));
      } else {
        ctx.err << "  error: " << w.error << "\n";
      }
      overwrite = false;
      auto other = offer(ctx, input, "Save under another name? Type a file name, or press Enter to skip.");
      if (!other) return interrupted(ctx);
      path = *other;
    }
  }

  // Asks for a file name: "" to skip, nullopt when interrupted.
  std::optional<std::string> offer(Context& ctx, LineInput& input, std::string_view question) {
    ctx.err << wrapped(question);
    std::string line;
    ReadStatus st = input.read("> ", line);
    if (st == ReadStatus::interrupted) return std::nullopt;
    if (st != ReadStatus::line) return std::string();
    return trimmed(line);
  }

  int ask(Context& ctx) {
    const bool tty_in = ::isatty(STDIN_FILENO) == 1;
    const bool ci = ci_env();
    interactive_ = tty_in && ::isatty(STDERR_FILENO) == 1 && !ci;
    std::ostream& err = ctx.err;
    const bool show = interactive_ || !ctx.quiet;

    Questionnaire q(ctx.rules, QuestionnaireOptions{detailed_});
    if (!from_.empty() && !load_from(ctx, q)) return invalid;
    if (!project_.empty()) {
      if (auto why = bad_project_name(project_)) {
        err << fmt::format("ragft: error: --project: {}\n  hint: give a short name on one line\n", *why);
        return invalid;
      }
      q.set_project(project_);
    }
    for (const auto& [id, v] : ctx.sets) q.prefill(id, v, AnswerSource::set);
    if (defaults_) q.accept_defaults();

    // A --save target that cannot work is refused before the walk, not after it.
    if (!save_.empty()) {
      namespace fs = std::filesystem;
      std::error_code ec;
      fs::path target(save_);
      fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
      if (fs::is_directory(target, ec)) {
        err << fmt::format("ragft: error: --save '{}' is a directory\n  hint: name a file, such as {}/profile.yaml\n",
                           save_, save_);
        return invalid;
      }
      if (!fs::is_directory(dir, ec)) {
        err << fmt::format("ragft: error: cannot save to '{}': the directory '{}' does not exist\n"
                           "  hint: create it first, or --save a file in an existing directory\n",
                           save_, dir.string());
        return invalid;
      }
    }
    // Where nobody can confirm, refuse at once rather than after the walk.
    if (!save_.empty() && !force_ && !interactive_ && path_exists(save_)) {
      err << fmt::format("ragft: error: '{}' already exists\n  hint: use --force to replace it, or --save another file\n",
                         save_);
      return invalid;
    }

    TextStyle& qstyle = qstyle_;
    qstyle.color = color_;
    qstyle.width = 100;
    // Questions, labels, hints and help come from rule files (--rules): shown
    // with their control characters visible, as every text output is; only
    // the colours ragft adds itself are kept.
    auto shown = [&](const std::string& text) { return visible_text(text, qstyle.color); };
    std::optional<SignalScope> signals;
    std::unique_ptr<LineInput> input;
    if (interactive_) {
      if (int columns = terminal_width(STDERR_FILENO); columns > 0) qstyle.width = std::clamp(columns - 1, 40, 140);
      signals.emplace(STDIN_FILENO);
      if (dumb_terminal()) input = std::make_unique<PlainLineReader>(STDIN_FILENO, &err, nullptr);
      else input = std::make_unique<LineEditor>(STDIN_FILENO, STDERR_FILENO);
      err << wrapped("Answer each question and press Enter. ? shows help, b goes back, Ctrl-C quits.") << "\n";
      if (q.project().empty()) {
        int code = ask_project(ctx, *input, q);
        if (code >= 0) return code;
      }
    } else if (ci && tty_in) {
      input = std::make_unique<NoInput>(show ? &err : nullptr);
    } else {
      input = std::make_unique<PlainLineReader>(STDIN_FILENO, nullptr, show ? &err : nullptr);
    }

    int lines = 0, invalid_in_row = 0;
    std::string last_question;
    // One reply: read a line and hand it to `apply`; false when the input ended.
    auto read_line = [&](std::string& line, int& code) -> bool {
      ReadStatus st = input->read("> ", line);
      if (st == ReadStatus::interrupted) {
        code = interrupted(ctx);
        return false;
      }
      if (st == ReadStatus::too_long) {
        err << "ragft: error: a line of input is longer than 65536 bytes\n  hint: give one short answer per line\n";
        code = invalid;
        return false;
      }
      if (st == ReadStatus::eof) return false;
      if (st == ReadStatus::ctrl_d) {
        // A person pressed it, maybe to leave: say how, and ask again.
        err << wrapped("Ctrl-D does not end the questionnaire: press Ctrl-C to quit (nothing is saved), or answer the "
                       "question.",
                       "  ");
        line.clear();
        ctrl_d_ = true;
        return true;
      }
      if (!interactive_ && ++lines > kMaxPipedLines) {
        err << fmt::format("ragft: error: stopped after {} lines of input without finishing\n", kMaxPipedLines);
        code = invalid;
        return false;
      }
      return true;
    };
    auto too_many_invalid = [&](const Reply& r, const std::string& what) -> bool {
      if (r.kind != Reply::Kind::invalid) {
        invalid_in_row = 0;
        return false;
      }
      if (interactive_ || ++invalid_in_row < kMaxInvalidInARow) return false;
      err << fmt::format("ragft: error: {} invalid answers in a row to {}; giving up\n", kMaxInvalidInARow, what);
      return true;
    };

    bool first = true;
    while (q.stage() != Stage::done) {
      std::string line;
      int code = -1;
      if (q.stage() == Stage::question) {
        if (show) err << (first ? "" : "\n") << shown(render_question(q, qstyle));
        first = false;
        for (;;) {
          if (!read_line(line, code)) {
            if (code >= 0) return code;
            q.end_of_input();
            break;
          }
          std::string id = q.current()->id;
          if (line.empty() && ctrl_d_) {  // Ctrl-D: the same question again, nothing recorded
            ctrl_d_ = false;
            continue;
          }
          Reply r = q.reply(line);
          if (r.kind == Reply::Kind::answered) input->remember(line);
          if (show || r.kind == Reply::Kind::invalid) err << shown(render_reply(r, qstyle));
          if (too_many_invalid(r, "'" + id + "'")) return invalid;
          if (r.kind != Reply::Kind::help && r.kind != Reply::Kind::invalid) break;
        }
      } else {
        if (show) err << "\n" << shown(render_summary(q, qstyle));
        for (;;) {
          if (!read_line(line, code)) {
            if (code >= 0) return code;
            q.end_of_input();
            break;
          }
          if (line.empty() && ctrl_d_) {  // Ctrl-D: not a confirmation
            ctrl_d_ = false;
            continue;
          }
          Reply r = q.choose(line);
          if (show || r.kind == Reply::Kind::invalid) err << shown(render_reply(r, qstyle));
          if (too_many_invalid(r, "the summary")) return invalid;
          if (r.kind != Reply::Kind::help && r.kind != Reply::Kind::invalid) break;
        }
      }
    }

    auto missing = q.missing();
    if (!missing.empty()) {
      err << "ragft: error: the answers ended before every question that needs one was answered\n";
      for (const Criterion* c : missing) err << fmt::format("  missing: {}  ({})\n", c->id, visible(c->question));
      if (interactive_)
        err << "  hint: the terminal closed its input; run 'ragft ask' again (Ctrl-C quits it), or pre-fill the "
               "answers with --set ID=VALUE or --from PROFILE\n";
      else
        err << "  hint: give one answer per line on standard input, or pre-fill them with --set ID=VALUE or --from "
               "PROFILE\n";
      return invalid;
    }

    Profile profile = q.profile();
    profile.file = save_;
    Engine engine(ctx.rules);
    Result result = engine.evaluate(profile);
    if (show) err << "\n";
    print_verdict(ctx, result);

    ProfileWriteOptions wo;
    wo.date = today();
    wo.skipped = q.skipped();
    auto content_for = [&](const std::string& path) {
      wo.file = path;
      return write_profile(profile, ctx.rules, wo);
    };
    if (SignalScope::interrupted()) return interrupted(ctx);  // Ctrl-C while the verdict was computed
    int code = ok;
    if (!save_.empty()) {
      code = save(ctx, *input, save_, content_for);
    } else if (interactive_) {
      err << "\n";
      auto path = offer(ctx, *input, "Save these answers as a profile? Type a file name, or press Enter to skip.");
      if (!path) return interrupted(ctx);
      code = save(ctx, *input, *path, content_for);
    }
    return code;
  }
};

}  // namespace

std::unique_ptr<Command> make_ask_command() { return std::make_unique<AskCommand>(); }

}  // namespace ragft::cli
