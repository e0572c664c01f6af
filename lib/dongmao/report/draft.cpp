#include <dongmao/error.hpp>
#include <dongmao/report/draft.hpp>
#include <dongmao/report/draft_path.hpp>
#include <dongmao/report/render.hpp>
#include <dongmao/text/draft.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <sstream>

namespace dongmao::report {

namespace {

// Where a placeholder sits, for its errors.
struct Place
{
  const std::string& file;
  int line;
  const std::string& placeholder;
};

template <typename... Args>
[[noreturn]] void fail(const text::Message& message, const Place& at, const Args&... args)
{
  throw ConfigError(text::format(message, at.file, at.line, at.placeholder, args...));
}

// Splits "a|b:x,y" at `|` and each filter's words at `,`.
std::vector<draft::Filter> parse_filters(const std::string& text)
{
  std::vector<draft::Filter> filters;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto end = std::min(text.find('|', i), text.size());
    const auto part = text.substr(i, end - i);
    draft::Filter filter;
    // Staff type the full-width ：and ，of a Chinese keyboard as often as the ASCII ones.
    const auto colon = std::min(part.find(':'), part.find("："));
    filter.name = part.substr(0, colon);
    if (colon != std::string::npos) {
      std::string words = part.substr(colon + (part[colon] == ':' ? 1 : std::string("：").size()));
      for (std::size_t at = words.find("，"); at != std::string::npos; at = words.find("，")) {
        words.replace(at, std::string("，").size(), ",");
      }
      std::stringstream in(words);
      for (std::string word; std::getline(in, word, ',');) {
        filter.args.push_back(word);
      }
      if (!words.empty() && words.back() == ',') {
        filter.args.emplace_back();
      }
    }
    filters.push_back(std::move(filter));
    i = end + 1;
  }
  return filters;
}

// The text of one placeholder (the part between the braces), or none when its line is to be left out.
std::optional<std::string> fill(const std::string& inner, const nlohmann::json& data, const Place& at)
{
  const auto bar = std::min(inner.find('|'), inner.size());
  auto path_text = inner.substr(0, bar);
  const bool optional = !path_text.empty() && path_text.back() == '?';
  if (optional) {
    path_text.pop_back();
  }
  const auto path = draft::parse_path(path_text);
  if (!path) {
    fail(text::k_template_bad_path, at);
  }
  const auto lookup = draft::look_up(data, *path);
  if (lookup.unknown) {
    fail(text::k_template_unknown, at, *lookup.unknown);
  }
  const auto filters = bar < inner.size() ? parse_filters(inner.substr(bar + 1)) : std::vector<draft::Filter>();
  if (!lookup.found.value || draft::is_nothing(*lookup.found.value)) {
    if (optional) {
      return std::nullopt;
    }
    if (!lookup.found.value) {
      fail(text::k_template_no_data, at);
    }
  }
  nlohmann::json value = *lookup.found.value;
  std::optional<std::string> done;
  for (const auto& filter : filters) {
    if (done) {
      fail(text::k_template_bad_value, at, filter.name, *done);
    }
    nlohmann::json next;
    if (const auto failure = draft::apply_filter(filter, lookup.found, value, next, done)) {
      if (*failure == draft::FilterFailure::unknown_filter) {
        fail(text::k_template_bad_filter, at, filter.name);
      }
      fail(text::k_template_bad_value, at, filter.name, value.dump());
    }
    if (!done) {
      value = std::move(next);
    }
  }
  if (done) {
    return done;
  }
  if (auto shown = draft::default_text(value, lookup.found.kind)) {
    return shown;
  }
  fail(text::k_template_bad_value, at, "", value.dump());
}

// `line` with its placeholders filled; none when an optional one found nothing.
std::optional<std::string> fill_line(const std::string& line, const nlohmann::json& data, const std::string& file,
                                     int number)
{
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if ((c == '{' || c == '}') && i + 1 < line.size() && line[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c != '{') {
      out += c;
      continue;
    }
    const auto close = line.find('}', i);
    if (close == std::string::npos) {
      const auto rest = line.substr(i);
      throw ConfigError(text::format(text::k_template_unclosed, file, number, rest));
    }
    const auto inner = line.substr(i + 1, close - i - 1);
    const auto filled = fill(inner, data, Place{file, number, inner});
    if (!filled) {
      return std::nullopt;
    }
    out += *filled;
    i = close;
  }
  return out;
}

std::string trimmed(const std::string& text)
{
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// A heading's text without its #s, or none when `line` is no heading (一、把握难点攻项目 is one;
// 一是… is not).
std::optional<std::string> heading_text(const std::string& line)
{
  if (line.starts_with('#')) {
    return trimmed(line.substr(line.find_first_not_of('#')));
  }
  static const std::string k_numerals = "一二三四五六七八九十";
  std::size_t i = 0;
  while (i + 3 <= line.size() && k_numerals.find(line.substr(i, 3)) != std::string::npos &&
         k_numerals.find(line.substr(i, 3)) % 3 == 0) {
    i += 3;
  }
  if (i > 0 && line.compare(i, 3, "、") == 0) {
    return line;
  }
  return std::nullopt;
}

// Joins a line to its paragraph: Chinese runs on, Latin words keep a space between them.
void join(std::string& paragraph, const std::string& line)
{
  const auto ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
  if (!paragraph.empty() && ascii(paragraph.back()) && ascii(line.front())) {
    paragraph += ' ';
  }
  paragraph += line;
}

} // namespace

std::vector<DraftBlock> draft_document(const std::string& text, const nlohmann::json& data, const std::string& file)
{
  std::vector<DraftBlock> blocks;
  std::string paragraph;
  const auto flush = [&] {
    if (!paragraph.empty()) {
      blocks.push_back({false, std::move(paragraph)});
      paragraph.clear();
    }
  };
  std::stringstream in(text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text);
  int number = 0;
  bool in_comment = false;
  int comment_start = 0;
  for (std::string raw; std::getline(in, raw);) {
    ++number;
    auto line = trimmed(raw);
    // <!-- … --> lines are notes for whoever edits the template (a Markdown file shows none of them).
    if (in_comment || line.starts_with("<!--")) {
      if (!in_comment) {
        comment_start = number;
      }
      in_comment = line.find("-->") == std::string::npos;
      continue;
    }
    // A Chinese keyboard types full-width braces: ｛path｝ is a placeholder as {path} is.
    for (const auto& [wide, narrow] : {std::pair{"｛", "{"}, std::pair{"｝", "}"}}) {
      for (auto at = line.find(wide); at != std::string::npos; at = line.find(wide, at + 1)) {
        line.replace(at, std::string_view(wide).size(), narrow);
      }
    }
    if (line.empty()) {
      flush();
      continue;
    }
    const auto heading = heading_text(line);
    const auto filled = fill_line(heading ? *heading : line, data, file, number);
    if (heading) {
      flush();
    }
    if (!filled || filled->empty()) {
      continue;
    }
    if (heading) {
      blocks.push_back({true, *filled});
    } else {
      join(paragraph, *filled);
    }
  }
  if (in_comment) {
    throw ConfigError(text::format(text::k_template_unclosed_note, file, comment_start));
  }
  flush();
  return blocks;
}

void draft_from_template(Report& report, const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) {
    throw InputMissing(text::format(text::k_template_missing, path.string()));
  }
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  report.draft = draft_document(text, to_json(report), path.string());
}

} // namespace dongmao::report
