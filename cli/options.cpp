#include "options.hpp"

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

Opt add_option(App& app, const std::string& name, std::string& value, const std::string& help)
{
  return Opt(app.add_option(name, value, help));
}

Opt add_option(App& app, const std::string& name, std::optional<std::string>& value, const std::string& help)
{
  return Opt(app.add_option(name, value, help));
}

Opt add_option(App& app, const std::string& name, int& value, const std::string& help)
{
  return Opt(app.add_option(name, value, help));
}

Opt add_option(App& app, const std::string& name, std::optional<int>& value, const std::string& help)
{
  return Opt(app.add_option(name, value, help));
}

Opt add_option(App& app, const std::string& name, std::optional<std::int64_t>& value, const std::string& help)
{
  return Opt(app.add_option(name, value, help));
}

Opt add_option(App& app, const std::string& name, std::vector<std::string>& values, const std::string& help)
{
  return Opt(app.add_option(name, values, help));
}

Opt add_option(App& app, const std::string& name, std::optional<std::filesystem::path>& value, const std::string& help)
{
  return Opt(app.add_option(name, value, help));
}

void add_flag(App& app, const std::string& name, bool& value, const std::string& help)
{
  app.add_flag(name, value, help);
}

void set_footer(App& app, const std::string& text)
{
  app.footer(text);
}

App& add_subcommand(App& parent, const std::string& name, const std::string& description)
{
  auto* sub = parent.add_subcommand(name, description);
  sub->fallthrough();
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

std::unique_ptr<App, AppDeleter> make_app(const std::string& description, const std::string& name,
                                          const std::string& version)
{
  std::unique_ptr<App, AppDeleter> app(new App(description, name));
  app->set_version_flag("--version", version);
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
    return {Parsed::Outcome::refused, error.what()};
  }
  return {};
}

} // namespace dongmao::cli
