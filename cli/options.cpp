#include "options.hpp"

#include "common.hpp"
#include "parse_error.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/text/cli.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>

namespace dongmao::cli {

Opt& Opt::required()
{
  m_option->required();
  return *this;
}

namespace {

// `text` as a whole number, if it is one.
std::optional<long long> whole_number(const std::string& text)
{
  long long value = 0;
  const auto* end = text.data() + text.size();
  const auto [at, error] = std::from_chars(text.data(), end, value);
  return error == std::errc() && at == end ? std::optional<long long>(value) : std::nullopt;
}

// A help text in the language of the run; never formatted, so its braces stay as written.
std::string said(const text::Message& message)
{
  return text::pick(message, text::lang());
}

// CLI11's help, its option lines aligned and folded by terminal columns: CLI11 counts bytes,
// and a Chinese character is three bytes but two columns.
class HelpFormatter : public CLI::Formatter
{
public:
  std::string make_option(const CLI::Option* option, bool is_positional) const override
  {
    constexpr std::size_t k_line = 100;
    const auto width = get_column_width();
    const auto name = "  " + make_option_name(option, is_positional) + make_option_opts(option);
    const auto name_width = domain::display_width(name);
    std::string line = name;
    if (name_width >= width) {
      line += "\n" + std::string(width, ' ');
    } else {
      line += std::string(width - name_width, ' ');
    }
    const auto description = wrap_text(make_option_desc(option), k_line - width);
    for (const char c : description) {
      line += c;
      if (c == '\n') {
        line += std::string(width, ' ');
      }
    }
    return line + "\n";
  }
};

// CLI11's help with its words (Usage, OPTIONS, REQUIRED …) in the language of the run.
std::shared_ptr<CLI::Formatter> help_formatter()
{
  auto formatter = std::make_shared<HelpFormatter>();
  for (const auto& [key, message] : text::help_labels()) {
    formatter->label(key, said(message));
  }
  return formatter;
}

} // namespace

// CLI11's own validators explain themselves in English: ours speak the language of the run.
Opt& Opt::choices(const std::vector<std::string>& names)
{
  std::string listed;
  for (const auto& name : names) {
    listed += (listed.empty() ? "" : ", ") + name;
  }
  m_option->check(CLI::Validator(
    [names, listed](const std::string& value) {
      return std::find(names.begin(), names.end(), value) != names.end()
               ? std::string()
               : text::format(text::k_not_a_choice, value, listed);
    },
    "{" + listed + "}"));
  return *this;
}

Opt& Opt::range(int min, int max)
{
  m_option->check(CLI::Validator(
    [min, max](const std::string& value) {
      const auto number = whole_number(value);
      return number && *number >= min && *number <= max ? std::string()
                                                        : text::format(text::k_not_in_range, value, min, max);
    },
    fmt::format("[{} - {}]", min, max)));
  return *this;
}

Opt& Opt::non_negative()
{
  m_option->check(CLI::Validator(
    [](const std::string& value) {
      const auto number = whole_number(value);
      return number && *number >= 0 ? std::string() : text::format(text::k_not_non_negative, value);
    },
    "NONNEGATIVE"));
  return *this;
}

Opt& Opt::show_default()
{
  m_option->capture_default_str();
  return *this;
}

Opt add_option(App& app, const std::string& name, std::string& value, const text::Message& help)
{
  return Opt(app.add_option(name, value, said(help)));
}

Opt add_option(App& app, const std::string& name, std::optional<std::string>& value, const text::Message& help)
{
  return Opt(app.add_option(name, value, said(help)));
}

Opt add_option(App& app, const std::string& name, int& value, const text::Message& help)
{
  return Opt(app.add_option(name, value, said(help)));
}

Opt add_option(App& app, const std::string& name, std::optional<int>& value, const text::Message& help)
{
  return Opt(app.add_option(name, value, said(help)));
}

Opt add_option(App& app, const std::string& name, std::optional<std::int64_t>& value, const text::Message& help)
{
  return Opt(app.add_option(name, value, said(help)));
}

Opt add_option(App& app, const std::string& name, std::vector<std::string>& values, const text::Message& help)
{
  return Opt(app.add_option(name, values, said(help)));
}

Opt add_option(App& app, const std::string& name, std::optional<std::filesystem::path>& value,
               const text::Message& help)
{
  return Opt(app.add_option(name, value, said(help)));
}

void add_flag(App& app, const std::string& name, bool& value, const text::Message& help)
{
  app.add_flag(name, value, said(help));
}

void set_footer(App& app, const text::Message& text)
{
  app.footer(wrap_text(said(text)));
}

App& add_subcommand(App& parent, const std::string& name, const text::Message& description)
{
  auto* sub = parent.add_subcommand(name, said(description));
  sub->fallthrough();
  // CLI11 adds a subcommand's --help before it inherits the option group: added again, it
  // sits with the other options under the group's name in the language of the run.
  sub->set_help_flag("-h,--help", said(text::k_help_help));
  return *sub;
}

void require_subcommand(App& app)
{
  app.require_subcommand(1);
}

std::string command_path(const App& app)
{
  std::string path;
  for (const App* at = &app; at && at->get_parent(); at = at->get_parent()) {
    path = path.empty() ? at->get_name() : at->get_name() + " " + path;
  }
  return path;
}

void on_chosen(App& app, std::function<void()> chosen)
{
  app.callback(std::move(chosen));
}

void AppDeleter::operator()(App* app) const
{
  delete app;
}

std::unique_ptr<App, AppDeleter> make_app(const text::Message& description, const std::string& name,
                                          const std::string& version)
{
  std::unique_ptr<App, AppDeleter> app(new App(said(description), name));
  // Subcommands inherit the formatter, the option group and their own group's name when they
  // are added, so these come first.
  app->formatter(help_formatter());
  app->option_defaults()->group(said(text::k_help_options_group));
  app->group(said(text::k_help_subcommands_group));
  app->set_help_flag("-h,--help", said(text::k_help_help));
  app->set_version_flag("--version", version, said(text::k_help_version));
  app->fallthrough();
  return app;
}

Parsed parse(App& app, int argc, char** argv)
{
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return {Parsed::Outcome::print, app.help()};
  } catch (const CLI::CallForAllHelp&) {
    return {Parsed::Outcome::print, app.help("", CLI::AppFormatMode::All)};
  } catch (const CLI::CallForVersion& version) {
    return {Parsed::Outcome::print, std::string(version.what()) + "\n"};
  } catch (const CLI::ParseError& error) {
    // Sub-subcommand help arrives as CallForHelp from the sub-app; others are usage errors.
    if (error.get_exit_code() == 0) {
      return {Parsed::Outcome::print, app.help()};
    }
    return {Parsed::Outcome::refused, parse_error_text(error.what())};
  }
  return {};
}

} // namespace dongmao::cli
