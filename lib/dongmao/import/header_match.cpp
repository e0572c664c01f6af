// Header matching by rule rather than by list: each office words its headers its own way
// (所在网格, 腾房时间, 信访人联系方式), so a header and an alias are compared by their cores.
#include <dongmao/domain/text.hpp>
#include <dongmao/import/header_match.hpp>

#include <algorithm>
#include <set>

namespace dongmao::import {

namespace {

constexpr std::size_t k_min_core_chars = 2;

// The characters of `text`, counted as the bytes that start one: every header is compared
// with every alias of every field.
std::size_t chars(std::string_view text)
{
  return static_cast<std::size_t>(
    std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Strips a trailing bracketed part such as (万元) or （㎡）, returning the unit it names.
std::string strip_unit(const std::string& key, domain::AmountUnit& unit)
{
  static const std::vector<std::pair<std::string, std::string>> k_brackets = {
    {"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}};
  for (const auto& [open, close] : k_brackets) {
    if (key.size() > close.size() && key.ends_with(close)) {
      const auto at = key.rfind(open);
      if (at != std::string::npos && at > 0) {
        const std::string inside = key.substr(at + open.size(), key.size() - close.size() - at - open.size());
        if (inside.find("亿") != std::string::npos) {
          unit = domain::AmountUnit::yi;
        } else if (inside.find("万") != std::string::npos) {
          unit = domain::AmountUnit::wan;
        }
        return key.substr(0, at);
      }
    }
  }
  return key;
}

std::string strip_whether(const std::string& key)
{
  constexpr std::string_view k_whether = "是否";
  if (key.starts_with(k_whether) && chars(key) > 2 + 1) {
    return key.substr(k_whether.size());
  }
  return key;
}

// Words in front of the thing a column holds: whose it is, where it sits, or that it is done
// (已签约 over a date is the signing's date). Longest first, so 信访人姓名 loses 信访人, not
// just 信访.
const std::vector<std::string>& owner_prefixes()
{
  static const std::vector<std::string> k_prefixes = {
    "被征收人", "被拆迁人", "所有权人", "信访人", "来访人", "来信人", "反映人", "投诉人", "产权人", "权利人",
    "所在",     "所属",     "户主",     "业主",   "房主",   "信访",   "当前",   "现",     "已"};
  return k_prefixes;
}

// Ways of writing one word: every form on the left reads as the one on the right, at the
// end of a header (the head of a Chinese noun phrase is its last word).
const std::vector<std::pair<std::string, std::string>>& synonyms()
{
  static const std::vector<std::pair<std::string, std::string>> k_synonyms = {
    {"联系电话", "电话"},   {"电话号码", "电话"}, {"手机号码", "电话"}, {"联系号码", "电话"},   {"联系方式", "电话"},
    {"手机号", "电话"},     {"手机", "电话"},     {"时间", "日期"},     {"日期", "日期"},       {"日", "日期"},
    {"号码", "号"},         {"途径", "方式"},     {"渠道", "方式"},     {"形式", "方式"},       {"情况", "状态"},
    {"诉求", "事项"},       {"问题", "事项"},     {"事由", "事项"},     {"内容", "事项"},       {"编码", "编号"},
    {"代码", "编号"},       {"来访人", "信访人"}, {"来信人", "信访人"}, {"反映人", "信访人"},   {"投诉人", "信访人"},
    {"所有权人", "产权人"}, {"权利人", "产权人"}, {"成员数", "人数"},   {"社区居委会", "社区"}, {"居委会", "社区"},
    {"分类", "类别"},       {"性质", "类型"},     {"期限", "时限"},
  };
  return k_synonyms;
}

std::vector<std::string> bigrams(std::string_view text)
{
  const auto points = domain::split_codepoints(text);
  std::vector<std::string> out;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    out.push_back(points[i] + points[i + 1]);
  }
  return out;
}

// Dice's coefficient over code-point bigrams: 1 for equal strings, 0 for nothing shared.
double similarity(std::string_view a, std::string_view b)
{
  const auto x = bigrams(a);
  const auto y = bigrams(b);
  if (x.empty() || y.empty()) {
    return 0;
  }
  std::multiset<std::string> pool(y.begin(), y.end());
  std::size_t shared = 0;
  for (const auto& gram : x) {
    if (const auto it = pool.find(gram); it != pool.end()) {
      pool.erase(it);
      ++shared;
    }
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(x.size() + y.size());
}

} // namespace

std::string header_core(std::string_view header)
{
  domain::AmountUnit unit = domain::AmountUnit::yuan;
  auto core = strip_whether(strip_unit(normalize_key(header), unit));
  for (const auto& prefix : owner_prefixes()) {
    if (core.starts_with(prefix) && chars(core) >= chars(prefix) + k_min_core_chars) {
      core.erase(0, prefix.size());
      break;
    }
  }
  for (const auto& [form, canonical] : synonyms()) {
    if (core.ends_with(form)) {
      core.replace(core.size() - form.size(), form.size(), canonical);
      break;
    }
  }
  // 社区名称 and 网格名 are the community and the grid: a name column names the thing.
  for (const std::string_view name : {"名称", "名"}) {
    if (core.ends_with(name) && !core.ends_with("姓名") && chars(core) >= chars(name) + k_min_core_chars) {
      core.erase(core.size() - name.size());
      break;
    }
  }
  // 拆除完成时间 is 拆除日期: the date a step was done is the step's date.
  constexpr std::string_view k_done_date = "完成日期";
  if (core.ends_with(k_done_date) && core.size() > k_done_date.size()) {
    core.replace(core.size() - k_done_date.size(), k_done_date.size(), "日期");
  }
  return core;
}

HeaderMatcher::HeaderMatcher(const Mapping& mapping)
{
  for (std::size_t f = 0; f < mapping.fields.size(); ++f) {
    for (const auto& alias : mapping.fields[f].aliases) {
      m_aliases.push_back(Alias{normalize_key(alias), header_core(alias), f});
    }
  }
}

HeaderMatch HeaderMatcher::match(std::string_view header) const
{
  auto all = match_all(header);
  return all.empty() ? HeaderMatch{} : all.front();
}

std::vector<HeaderMatch> HeaderMatcher::match_all(std::string_view header) const
{
  HeaderMatch result;
  const auto key = normalize_key(header);
  if (key.empty()) {
    return {};
  }
  // An alias as written, else once its unit or 是否 is gone. An alias two fields list is a
  // shade weaker than one only one lists, so a column naming a field alone claims it first.
  for (const auto& wanted : {key, strip_whether(strip_unit(key, result.unit))}) {
    std::vector<HeaderMatch> exact;
    for (const auto& alias : m_aliases) {
      const bool listed =
        std::any_of(exact.begin(), exact.end(), [&](const HeaderMatch& m) { return m.field == alias.field; });
      if (alias.key == wanted && !listed) {
        exact.push_back(HeaderMatch{alias.field, k_exact, result.unit});
      }
    }
    if (exact.size() > 1) {
      for (auto& match : exact) {
        match.score = k_exact - 1;
      }
    }
    if (!exact.empty()) {
      return exact;
    }
  }
  // Below exact matches, a header two fields claim equally names neither.
  const auto core = header_core(header);
  const bool whether = key.starts_with("是否");
  std::vector<int> best;
  for (const auto& alias : m_aliases) {
    int score = k_no_match;
    if (alias.core == core) {
      score = k_same_core;
    } else if (core.ends_with(alias.core) && chars(alias.core) >= k_min_core_chars) {
      score = k_ends_with;
    } else if (alias.core.starts_with(core) && chars(core) >= 3) {
      score = k_abbreviated;
    } else if (whether && core.starts_with(alias.core) && chars(alias.core) >= k_min_core_chars) {
      score = k_whether_about; // 是否越级访 asks about 越级
    }
    if (best.size() <= alias.field) {
      best.resize(alias.field + 1, k_no_match);
    }
    best[alias.field] = std::max(best[alias.field], score);
  }
  const auto top = std::max_element(best.begin(), best.end());
  if (top == best.end() || *top == k_no_match || std::count(best.begin(), best.end(), *top) > 1) {
    return {};
  }
  result.field = static_cast<std::size_t>(top - best.begin());
  result.score = *top;
  return {result};
}

namespace {

// A thing's name followed by one of these names a person of that thing (楼栋长, 网格员,
// 社区书记), not the thing: such a column is no near miss of the thing's field.
bool names_a_person_of(const std::string& core, const std::string& thing)
{
  static const std::vector<std::string> k_roles = {"长",   "员",   "人",     "负责人", "联系人",  "书记",
                                                   "主任", "lead", "leader", "head",   "manager", "contact"};
  if (thing.empty() || !core.starts_with(thing)) {
    return false;
  }
  const auto rest = core.substr(thing.size());
  return std::find(k_roles.begin(), k_roles.end(), rest) != k_roles.end();
}

} // namespace

std::optional<std::size_t> HeaderMatcher::resembles(std::string_view header) const
{
  constexpr double k_close = 0.5;
  const auto core = header_core(header);
  if (core.empty()) {
    return std::nullopt;
  }
  const bool person = std::any_of(m_aliases.begin(), m_aliases.end(),
                                  [&](const auto& alias) { return names_a_person_of(core, alias.core); });
  if (person) {
    return std::nullopt;
  }
  std::optional<std::size_t> field;
  double best = 0;
  for (const auto& alias : m_aliases) {
    double score = similarity(core, alias.core);
    if (chars(alias.core) >= k_min_core_chars && chars(core) >= k_min_core_chars &&
        (core.find(alias.core) != std::string::npos || alias.core.find(core) != std::string::npos)) {
      score = std::max(score, 0.9);
    }
    if (score > best) {
      best = score;
      field = alias.field;
    }
  }
  return best >= k_close ? field : std::nullopt;
}

} // namespace dongmao::import
