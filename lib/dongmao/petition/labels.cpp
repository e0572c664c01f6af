#include <dongmao/domain/label.hpp>
#include <dongmao/domain/text.hpp>
#include <dongmao/petition/labels.hpp>

#include <array>
#include <map>
#include <utility>

namespace dongmao::petition {

namespace {

// One enum value with its database code, its label and the other spellings typed for it.
template <typename Enum>
struct Entry
{
  Enum value;
  const char* code;
  const char* label;
  std::array<const char*, 3> aliases;
};

constexpr std::array<Entry<Channel>, 4> k_channels = {{
  {Channel::online, "online", "网上", {"网上信访", "网信", "网络"}},
  {Channel::letter, "letter", "来信", {"信件", "", ""}},
  {Channel::visit, "visit", "来访", {"走访", "", ""}},
  {Channel::phone, "phone", "来电", {"电话", "热线", "12345"}},
}};

constexpr std::array<Entry<Status>, 7> k_statuses = {{
  {Status::received, "received", "待受理", {"已登记", "登记", ""}},
  {Status::accepted, "accepted", "办理中", {"已受理", "受理", ""}},
  {Status::declined, "declined", "不予受理", {"", "", ""}},
  {Status::answered, "answered", "已答复", {"答复", "", ""}},
  {Status::reviewing, "reviewing", "复查中", {"复查", "", ""}},
  {Status::rechecking, "rechecking", "复核中", {"复核", "", ""}},
  {Status::closed, "closed", "已办结", {"办结", "结案", ""}},
}};

constexpr std::array<Entry<Outcome>, 3> k_outcomes = {{
  {Outcome::supported, "supported", "支持", {"予以支持", "", ""}},
  {Outcome::explained, "explained", "解释说明", {"解释", "", ""}},
  {Outcome::not_supported, "not_supported", "不予支持", {"不支持", "not-supported", ""}},
}};

constexpr std::array<Entry<Action>, 9> k_actions = {{
  {Action::register_case, "register", "登记", {"", "", ""}},
  {Action::accept, "accept", "受理", {"", "", ""}},
  {Action::decline, "decline", "不予受理", {"", "", ""}},
  {Action::extend, "extend", "延期", {"", "", ""}},
  {Action::answer, "answer", "答复", {"", "", ""}},
  {Action::review, "review", "申请复查", {"", "", ""}},
  {Action::recheck, "recheck", "申请复核", {"", "", ""}},
  {Action::close, "close", "办结", {"", "", ""}},
  {Action::reopen, "reopen", "重新打开", {"", "", ""}},
}};

template <typename Enum, std::size_t N>
const Entry<Enum>& entry(const std::array<Entry<Enum>, N>& table, Enum value)
{
  for (const auto& item : table) {
    if (item.value == value) {
      return item;
    }
  }
  return table.front(); // unreachable: every enumerator has an entry
}

// By the general label rules (domain/label.hpp): 12345热线 is a call, 网络信访 online.
template <typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<Entry<Enum>, N>& table, std::string_view text, bool labels)
{
  const auto wanted = domain::normalize_cell(text);
  std::map<std::string, std::string> known;
  for (const auto& item : table) {
    known.emplace(item.code, item.code);
    if (!labels) {
      continue;
    }
    known.emplace(item.label, item.code);
    for (const char* alias : item.aliases) {
      if (*alias != '\0') {
        known.emplace(alias, item.code);
      }
    }
  }
  const auto code = labels ? domain::match_label(wanted, known) : std::optional<std::string>{};
  for (const auto& item : table) {
    if (wanted == item.code || (code && *code == item.code)) {
      return item.value;
    }
  }
  return std::nullopt;
}

} // namespace

std::string code(Channel channel)
{
  return entry(k_channels, channel).code;
}
std::string label(Channel channel)
{
  return entry(k_channels, channel).label;
}
std::optional<Channel> parse_channel(std::string_view text)
{
  return parse(k_channels, text, true);
}

std::string code(Status status)
{
  return entry(k_statuses, status).code;
}
std::string label(Status status)
{
  return entry(k_statuses, status).label;
}
std::optional<Status> parse_status(std::string_view text)
{
  return parse(k_statuses, text, true);
}

std::string code(Outcome outcome)
{
  return entry(k_outcomes, outcome).code;
}
std::string label(Outcome outcome)
{
  return entry(k_outcomes, outcome).label;
}
std::optional<Outcome> parse_outcome(std::string_view text)
{
  return parse(k_outcomes, text, true);
}

std::string code(Action action)
{
  return entry(k_actions, action).code;
}
std::string label(Action action)
{
  return entry(k_actions, action).label;
}
std::optional<Action> parse_action(std::string_view text)
{
  return parse(k_actions, text, false);
}

} // namespace dongmao::petition
