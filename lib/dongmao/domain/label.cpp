#include <dongmao/domain/detail/utf8.hpp>
#include <dongmao/domain/label.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <vector>

namespace dongmao::domain {

namespace {

constexpr std::array<std::string_view, 6> k_leading = {"已经", "均已", "都已", "正在", "已", "在"};
constexpr std::array<std::string_view, 13> k_trailing = {"完毕", "完成", "阶段", "状态", "协议", "合同", "手续",
                                                         "工作", "中",   "了",   "订",   "署",   "好"};
// Words that turn a state into its opposite, one still awaited or only part of it: 不签约,
// 待签约, 拒签, 部分支持, 有条件同意.
constexpr std::array<std::string_view, 14> k_negations = {"未", "不", "拒", "没",   "无",   "非",     "否",
                                                          "待", "拟", "暂", "部分", "基本", "有条件", "或"};

// Words before a label that say its state is not reached, longest first.
constexpr std::array<std::string_view, 7> k_not_yet = {"尚未", "还未", "暂未", "没有", "未", "没", "待"};

bool strip_first(std::string& text, const auto& words, bool at_start)
{
  for (const auto word : words) {
    if (text.size() <= word.size()) {
      continue;
    }
    if (at_start && text.starts_with(word)) {
      text.erase(0, word.size());
      return true;
    }
    if (!at_start && text.ends_with(word)) {
      text.erase(text.size() - word.size());
      return true;
    }
  }
  return false;
}

bool has_negation(std::string_view text)
{
  for (const auto word : k_negations) {
    if (text.find(word) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool starts_with_negation(std::string_view text)
{
  return std::any_of(k_negations.begin(), k_negations.end(), [&](auto word) { return text.starts_with(word); });
}

// Whether `text` is a negation word followed by at least one more character (未签, not 未).
bool negated_word(std::string_view text)
{
  return std::any_of(k_negations.begin(), k_negations.end(), [&](auto word) {
    return text.starts_with(word) && detail::code_point_count(text.substr(word.size())) >= 1;
  });
}

bool is_english_word(std::string_view text)
{
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80 || (c >= '0' && c <= '9')) {
      return false;
    }
  }
  return true;
}

// The single code of `codes`, or nullopt when there are none or several.
std::optional<std::string> only(const std::set<std::string>& codes)
{
  if (codes.size() == 1) {
    return *codes.begin();
  }
  return std::nullopt;
}

// Rule 4: the labels `typed` holds, each place a label stands counted once, for the longest
// label standing there.
std::optional<std::string> held_labels(std::string_view typed, const std::map<std::string, std::string>& labels)
{
  struct Held
  {
    std::size_t begin;
    std::size_t end;
    const std::string* code;
  };
  std::vector<Held> held;
  for (const auto& [label, code] : labels) {
    if (detail::code_point_count(label) < 2 || is_english_word(label)) {
      continue;
    }
    for (auto at = typed.find(label); at != std::string_view::npos; at = typed.find(label, at + 1)) {
      held.push_back(Held{at, at + label.size(), &code});
    }
  }
  std::set<std::string> codes;
  std::string outside(typed);
  for (const auto& one : held) {
    const bool inside_another = std::any_of(held.begin(), held.end(), [&](const Held& other) {
      return other.begin <= one.begin && other.end >= one.end && other.end - other.begin > one.end - one.begin;
    });
    if (inside_another) {
      continue;
    }
    // 已签约未腾房: the state not yet reached says nothing of the one the row is in.
    const auto before = typed.substr(0, one.begin);
    const auto negation =
      std::find_if(k_not_yet.begin(), k_not_yet.end(), [&](auto word) { return before.ends_with(word); });
    const auto begin = negation == k_not_yet.end() ? one.begin : one.begin - negation->size();
    if (negation == k_not_yet.end()) {
      codes.insert(*one.code);
    }
    std::fill(outside.begin() + static_cast<std::ptrdiff_t>(begin),
              outside.begin() + static_cast<std::ptrdiff_t>(one.end), ' ');
  }
  if (has_negation(outside)) {
    return std::nullopt;
  }
  return only(codes);
}

} // namespace

std::string label_core(std::string_view label)
{
  std::string core(label);
  while (strip_first(core, k_leading, true)) {
  }
  while (strip_first(core, k_trailing, false)) {
  }
  return core;
}

std::optional<std::string> match_label(std::string_view typed, const std::map<std::string, std::string>& labels)
{
  if (const auto it = labels.find(std::string(typed)); it != labels.end()) {
    return it->second;
  }
  const auto core = label_core(typed);
  std::set<std::string> same;
  std::set<std::string> longer;
  for (const auto& [label, code] : labels) {
    const auto other = label_core(label);
    if (other == core) {
      same.insert(code);
    } else if (!core.empty() && static_cast<unsigned char>(core.front()) >= 0x80 && other.starts_with(core)) {
      longer.insert(code);
    }
  }
  if (auto code = only(same)) {
    return code;
  }
  // 未签 as typed is the start of 未签约: the negation is the label's own, so it reads as that
  // label; a negation word alone (未, 不) says too little, and 未签协议 is read no further.
  if (auto code = only(longer); code && (!starts_with_negation(core) || (core == typed && negated_word(core)))) {
    return code;
  }
  return held_labels(typed, labels);
}

std::optional<std::string> match_furthest_label(std::string_view typed,
                                                const std::map<std::string, std::string>& labels,
                                                const std::vector<std::string>& order)
{
  if (auto code = match_label(typed, labels)) {
    return code;
  }
  constexpr std::string_view k_done = "已";
  if (!typed.starts_with(k_done)) {
    return std::nullopt;
  }
  std::optional<std::string> furthest;
  std::size_t parts = 0;
  for (std::size_t at = 0; at != std::string_view::npos; ++parts) {
    const auto next = typed.find(k_done, at + k_done.size());
    auto part = typed.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
    at = next;
    // 已签约、已腾房: the marks between the steps say nothing.
    for (bool stripped = true; stripped;) {
      stripped = false;
      for (const std::string_view mark : {"、", ",", "，", ";", "；", "/", " "}) {
        if (part.size() > mark.size() && part.ends_with(mark)) {
          part.remove_suffix(mark.size());
          stripped = true;
        }
      }
    }
    const auto code = match_label(part, labels);
    const auto step = code ? std::find(order.begin(), order.end(), *code) : order.end();
    if (step == order.end()) {
      return std::nullopt;
    }
    if (!furthest || step > std::find(order.begin(), order.end(), *furthest)) {
      furthest = *code;
    }
  }
  return parts >= 2 ? furthest : std::nullopt;
}

} // namespace dongmao::domain
