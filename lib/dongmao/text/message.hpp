#pragma once

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

// The words people read: every message dongmao shows, in Chinese and in English, picked by
// one language for the whole run. The library never prints; it builds its errors and
// summaries from these templates in the language of the run.
namespace dongmao::text {

// The language of the words people read.
enum class Lang
{
  zh,
  en,
};

// One message: a fmt template in each language, with the same arguments in the same order.
struct Message
{
  const char* zh;
  const char* en;
};

// Sets the language of the run; called once, before any work starts (threads only read it).
void set_lang(Lang lang);

// The language of the run: Chinese unless set_lang said otherwise.
Lang lang();

// `name` ("zh" or "en") as a language; none for any other word.
std::optional<Lang> parse_lang(std::string_view name);

// The template of `message` in `in`.
inline const char* pick(const Message& message, Lang in)
{
  return in == Lang::en ? message.en : message.zh;
}

// `message` in `in`, its placeholders filled with `args`.
template <typename... Args>
std::string format_in(Lang in, const Message& message, const Args&... args)
{
  return fmt::format(fmt::runtime(pick(message, in)), args...);
}

// `message` in the language of the run, its placeholders filled with `args`.
template <typename... Args>
std::string format(const Message& message, const Args&... args)
{
  return format_in(lang(), message, args...);
}

// "s" after an English count other than one; nothing in Chinese, which has no plural.
std::string plural(long long count);

} // namespace dongmao::text
