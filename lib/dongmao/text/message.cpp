#include <dongmao/text/message.hpp>

#include <atomic>

namespace dongmao::text {

namespace {

// Read by the import's reading thread too; set before it starts.
std::atomic<Lang> run_lang{Lang::zh};

} // namespace

void set_lang(Lang lang)
{
  run_lang.store(lang, std::memory_order_relaxed);
}

Lang lang()
{
  return run_lang.load(std::memory_order_relaxed);
}

std::optional<Lang> parse_lang(std::string_view name)
{
  if (name == "zh") {
    return Lang::zh;
  }
  if (name == "en") {
    return Lang::en;
  }
  return std::nullopt;
}

std::string plural(long long count)
{
  return lang() == Lang::en && count != 1 ? "s" : "";
}

} // namespace dongmao::text
