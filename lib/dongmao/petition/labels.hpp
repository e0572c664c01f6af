#pragma once

#include <optional>
#include <string>
#include <string_view>

// The vocabularies of a petition case: codes as the database stores them (English) and
// labels as staff read and type them (Chinese).
namespace dongmao::petition {

// How a petition arrived (Art. 21 of 《信访工作条例》).
enum class Channel
{
  online, // 网上
  letter, // 来信
  visit,  // 来访
  phone,  // 来电
};

// Where a case stands; the database's petition.status.
enum class Status
{
  received,   // 已登记, acceptance not yet decided
  accepted,   // 已受理, being handled
  declined,   // 不予受理
  answered,   // 已答复 (handling, 复查 or 复核 opinion given)
  reviewing,  // 复查中
  rechecking, // 复核中
  closed,     // 已办结
};

// The substance of an answer.
enum class Outcome
{
  supported,     // 支持
  explained,     // 解释说明
  not_supported, // 不予支持
};

// A step in a case's history; the database's petition_event.action.
enum class Action
{
  register_case, // "register": the case was received and entered
  accept,
  decline,
  extend,
  answer,
  review,  // the petitioner asked for 复查
  recheck, // the petitioner asked for 复核
  close,
  reopen,
};

// "online", "letter", …
std::string code(Channel channel);
// "网上", "来信", …
std::string label(Channel channel);
// A channel from its code or label, by the general label rules (网上信访, 电话, 12345热线).
std::optional<Channel> parse_channel(std::string_view text);

// "received", "accepted", …
std::string code(Status status);
// "待受理", "办理中", …
std::string label(Status status);
// A status from its code or label.
std::optional<Status> parse_status(std::string_view text);

// "supported", "explained", "not_supported".
std::string code(Outcome outcome);
// "支持", "解释说明", "不予支持".
std::string label(Outcome outcome);
// An outcome from its code or label.
std::optional<Outcome> parse_outcome(std::string_view text);

// "register", "accept", …
std::string code(Action action);
// "登记", "受理", …
std::string label(Action action);
// An action from its code.
std::optional<Action> parse_action(std::string_view text);

} // namespace dongmao::petition
