#include "app.hpp"

#include "commands.hpp"
#include "completion.hpp"
#include "terminal.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/error.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/text/cli.hpp>
#include <dongmao/text/output.hpp>
#include <dongmao/version.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace dongmao::cli {

namespace {

constexpr const char* k_prog = "dongmao";

void print_error(std::ostream& err, const std::string& message, const std::string& colour_choice = "auto")
{
  err << error_prefix(colour_wanted(STDERR_FILENO, colour_choice)) << ' ' << domain::visible_text(message) << '\n';
}

// The index of the first word that is not a global option or its value: the subcommand the
// user meant; argc when there is none.
int find_command_index(int argc, char** argv)
{
  for (int i = 1; i < argc; ++i) {
    const char* word = argv[i];
    if (std::strcmp(word, "--") == 0) {
      return i + 1;
    }
    if (word[0] != '-') {
      return i;
    }
    const bool takes_value = std::strcmp(word, "-w") == 0 || std::strcmp(word, "--workspace") == 0 ||
                             std::strcmp(word, "--operator") == 0 || std::strcmp(word, "--today") == 0 ||
                             std::strcmp(word, "--color") == 0 || std::strcmp(word, "--lang") == 0;
    if (takes_value) {
      ++i;
    }
  }
  return argc;
}

std::string nearest_command(const std::string& word)
{
  std::string best;
  std::size_t best_distance = std::string::npos;
  for (const auto& command : commands()) {
    const auto distance = domain::edit_distance(word, command.name);
    if (distance < best_distance) {
      best_distance = distance;
      best = command.name;
    }
  }
  return best_distance <= std::max<std::size_t>(2, word.size() / 2) ? best : std::string();
}

// The language --lang names (its last use wins, as CLI11 reads it), else $DONGMAO_LANG, else
// Chinese; read before the command line is parsed, so that even its usage errors speak it.
// A word that is no language is a UsageError naming the languages there are.
text::Lang choose_lang(int argc, char** argv)
{
  std::optional<std::string> chosen;
  std::string source = "--lang";
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--") {
      break;
    }
    if (word == "--lang") {
      chosen = i + 1 < argc ? argv[++i] : "";
    } else if (word.starts_with("--lang=")) {
      chosen = std::string(word.substr(7));
    }
  }
  if (!chosen) {
    if (const char* env = std::getenv("DONGMAO_LANG"); env && *env) {
      chosen = env;
      source = "DONGMAO_LANG";
    }
  }
  if (!chosen) {
    return text::Lang::zh;
  }
  if (const auto lang = text::parse_lang(*chosen)) {
    return *lang;
  }
  throw UsageError(text::format(text::k_bad_lang, source, *chosen));
}

} // namespace

namespace {

// Output that never reached standard output (a full disk behind a redirection) is a failure.
void check_written(std::ostream& stream)
{
  errno = 0;
  stream.flush();
  if (!stream || std::fflush(stdout) != 0) {
    const int error = errno != 0 ? errno : EIO;
    out::fail_output(text::format(text::k_standard_output), error, text::k_cannot_write);
  }
}

} // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err)
{
  Session session(out, err);
  auto& options = session.options;
  try {
    text::set_lang(choose_lang(argc, argv));
  } catch (const UsageError& error) {
    print_error(err, error.what());
    return static_cast<int>(ExitStatus::usage);
  }

  const int command_index = find_command_index(argc, argv);
  const char* word = command_index < argc ? argv[command_index] : nullptr;
  if (word && std::strcmp(word, "completion") == 0) {
    // The completion script finds the options taking a path by their English descriptions.
    text::set_lang(text::Lang::en);
  }
  const auto app = make_app({"dongmao：街道办事处的台账，一个 SQLite 工作区。",
                             "dongmao: the ledgers of a sub-district office (街道办事处) as one SQLite workspace."},
                            k_prog, std::string(k_prog) + " " + k_version);
  add_option(*app, "-w,--workspace", options.workspace,
             {"工作区目录（默认：$DONGMAO_WORKSPACE，否则从当前目录向上查找）",
              "Workspace directory (default: $DONGMAO_WORKSPACE, else search upwards)"});
  add_flag(*app, "--json", options.json,
           {"机器可读的 JSON 输出：列表为一个数组，其他为一个对象",
            "Machine-readable JSON output: a listing as one array, else one object"});
  add_flag(*app, "--ndjson", options.ndjson,
           {"列表输出为 JSON，每行一个对象（NDJSON）", "Listings as JSON, one object per line (NDJSON)"});
  add_option(*app, "--color", options.color,
             {"终端上的颜色：auto（管道输出或设置了 NO_COLOR 时不用）、always 或 never",
              "Colour on a terminal: auto (not when piped or NO_COLOR is set), always or never"})
    .choices({"auto", "always", "never"});
  add_flag(*app, "-q,--quiet", options.quiet, {"只输出结果和错误", "Print only results and errors"});
  add_option(*app, "--operator", options.operator_name,
             {"操作人，记入审计日志（默认：$DONGMAO_OPERATOR，否则为登录名）",
              "Who is acting, for the audit log (default: $DONGMAO_OPERATOR, else login name)"});
  add_option(*app, "--today", options.today,
             {"以 YYYY-MM-DD 为今天（默认：$DONGMAO_TODAY，否则为实际日期）",
              "Pretend today is YYYY-MM-DD (default: $DONGMAO_TODAY, else the real date)"});
  add_flag(*app, "--show-pii", options.show_pii,
           {"显示完整的身份证号和电话号码（不打码）", "Show ID and phone numbers unmasked"});
  add_option(*app, "--lang", options.lang,
             {"消息和报表的语言：zh 或 en（默认：$DONGMAO_LANG，否则为 zh）",
              "Language of messages and reports: zh or en (default: $DONGMAO_LANG, else zh)"})
    .choices({"zh", "en"});
  set_footer(*app,
             {"退出状态：0 成功，64 用法错误（包括选项后的日期、月份、范围或取值有误），65 输入数据有误\n"
              "（包括不存在的户、项目或信访件编号），66 输入文件不存在，73 无法创建输出，74 写入失败（磁盘已满），\n"
              "75 工作区正忙（稍后重试），78 设置有误，1 其他错误；\n"
              "3 为 --fail-if-any 时有列出项（petition overdue）。\n"
              "“dongmao help 命令 [子命令]”显示命令的帮助，同“dongmao 命令 [子命令] --help”。",
              "Exit status: 0 ok, 64 usage (also a bad date, month, range or word after a flag), 65 bad input\n"
              "data (also an unknown household, project or case code), 66 input missing, 73 cannot create "
              "output,\n74 write failed (disk full), 75 workspace busy (retry later), 78 bad settings, "
              "1 other error;\n3 listed with --fail-if-any (petition overdue).\n"
              "'dongmao help CMD [SUB]' shows a command's help, as 'dongmao CMD [SUB] --help'."});
  const auto action = add_commands(*app, commands(), session);

  const auto known = [](const char* name) {
    return std::any_of(commands().begin(), commands().end(),
                       [name](const Command& command) { return std::strcmp(command.name, name) == 0; });
  };
  std::vector<char*> words(argv, argv + argc);
  std::string help_flag = "--help";
  if (word && std::strcmp(word, "completion") == 0) {
    // Hidden: what the build installs as the bash completion of dongmao.
    if (command_index + 2 != argc || std::strcmp(argv[command_index + 1], "bash") != 0) {
      print_error(err, text::format(text::k_completion_usage), options.color);
      return static_cast<int>(ExitStatus::usage);
    }
    out << bash_completion(*app);
    return 0;
  }
  if (word && std::strcmp(word, "help") == 0) {
    // `dongmao help CMD SUB` is `dongmao CMD SUB --help`.
    const std::vector<std::string> asked(argv + command_index + 1, argv + argc);
    if (!names_command(*app, asked)) {
      std::string typed;
      for (const auto& part : asked) {
        typed += (typed.empty() ? "" : " ") + part;
      }
      print_error(err, text::format(text::k_help_unknown_command, typed), options.color);
      return static_cast<int>(ExitStatus::usage);
    }
    words.erase(words.begin() + command_index);
    words.push_back(help_flag.data());
    argc = static_cast<int>(words.size());
    argv = words.data();
    word = command_index < argc - 1 ? argv[command_index] : nullptr;
  }
  if (word && !known(word)) {
    const auto guess = nearest_command(word);
    print_error(err,
                guess.empty() ? text::format(text::k_unknown_command, word)
                              : text::format(text::k_unknown_command_guess, word, guess),
                options.color);
    return static_cast<int>(ExitStatus::usage);
  }

  try {
    const auto parsed = parse(*app, argc, argv);
    switch (parsed.outcome) {
    case Parsed::Outcome::print:
      out << parsed.text;
      return 0;
    case Parsed::Outcome::refused:
      print_error(err, text::format(text::k_usage_error, parsed.text), options.color);
      return static_cast<int>(ExitStatus::usage);
    case Parsed::Outcome::run:
      break;
    }
    session.pin_today();
    const int status = action();
    check_written(out);
    return status;
  } catch (const Error& error) {
    print_error(err, error.what(), options.color);
    return static_cast<int>(error.status());
  } catch (const std::exception& error) {
    print_error(err, error.what(), options.color);
    return static_cast<int>(ExitStatus::failure);
  }
}

} // namespace dongmao::cli
