#pragma once

#include <dongmao/domain/amount.hpp>
#include <dongmao/import/mapping.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dongmao::import {

// How strongly a header names a field; 0 when it does not.
enum HeaderScore : int
{
  k_no_match = 0,
  k_whether_about = 40, // a yes/no header about an alias: 是否同意改造 is about 同意
  k_abbreviated = 50,   // the header is the start of an alias: 身份证 for 身份证号
  k_ends_with = 60,     // the header ends with an alias's core: 来信来访时间 ends with 日期
  k_same_core = 80,     // equal after prefixes and synonyms: 所在网格 = 网格, 腾房时间 = 腾房日期
  k_exact = 100,        // an alias as written, or once its unit in brackets or 是否 is gone (是否重复访)
};

// The field a header names, how strongly, and the unit a bracket gives its amounts.
struct HeaderMatch
{
  std::optional<std::size_t> field; // index into Mapping::fields
  int score = k_no_match;
  domain::AmountUnit unit = domain::AmountUnit::yuan;
};

// The core a header shares with its variants: normalised, without a unit in brackets, 是否,
// a leading 所在/所属/户主/信访… and with synonyms made one (时间 → 日期, 号码 → 号,
// 手机号/联系方式 → 电话, 途径/渠道/形式 → 方式, 情况 → 状态, 诉求/问题 → 事项).
std::string header_core(std::string_view header);

// Scores headers against the aliases of one mapping.
class HeaderMatcher
{
public:
  explicit HeaderMatcher(const Mapping& mapping);

  // The field `header` names best, when no other field is named as well (exact aliases
  // first: the first field listing an alias wins).
  HeaderMatch match(std::string_view header) const;

  // Every field `header` may name, best first: several when it is an alias of several
  // fields (单位 on a metrics sheet), which its sheet then decides between.
  std::vector<HeaderMatch> match_all(std::string_view header) const;

  // The field `header` looks most like, for a column no field claimed; nullopt when none is close.
  std::optional<std::size_t> resembles(std::string_view header) const;

private:
  struct Alias
  {
    std::string key;  // normalize_key
    std::string core; // header_core
    std::size_t field = 0;
  };

  std::vector<Alias> m_aliases;
};

} // namespace dongmao::import
