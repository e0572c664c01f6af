#include <dongmao/domain/text.hpp>
#include <dongmao/import/header.hpp>

#include <cctype>
#include <map>
#include <set>

namespace dongmao::import {

namespace {

// A group title over a two-row header often ends in one of these: 签约情况 over 状态/日期
// means 签约状态/签约日期.
const std::vector<std::string>& group_suffixes()
{
  static const std::vector<std::string> k_suffixes = {"情况", "信息", "情形", "明细"};
  return k_suffixes;
}

// Strips a trailing bracketed part such as (万元) or （㎡）, returning the unit it names.
std::string strip_unit(const std::string& key, domain::AmountUnit& unit)
{
  static const std::vector<std::pair<std::string, std::string>> k_brackets = {
    {"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}};
  for (const auto& [open, close] : k_brackets) {
    if (key.size() > close.size() && key.compare(key.size() - close.size(), close.size(), close) == 0) {
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

class AliasIndex
{
public:
  explicit AliasIndex(const Mapping& mapping)
  {
    for (std::size_t f = 0; f < mapping.fields.size(); ++f) {
      for (const auto& alias : mapping.fields[f].aliases) {
        m_aliases.emplace(normalize_key(alias), f); // first field listing an alias wins
      }
    }
  }

  // The field a header names, trying it whole, without a unit in brackets, and without the
  // 是否 of a yes/no column (是否重点税源 is 重点税源).
  std::optional<std::size_t> match(const std::string& header, domain::AmountUnit& unit) const
  {
    auto key = normalize_key(header);
    if (key.empty()) {
      return std::nullopt;
    }
    if (auto it = m_aliases.find(key); it != m_aliases.end()) {
      return it->second;
    }
    const auto stripped = strip_unit(key, unit);
    if (auto it = m_aliases.find(stripped); it != m_aliases.end()) {
      return it->second;
    }
    constexpr std::string_view k_whether = "是否";
    if (stripped.starts_with(k_whether) && stripped.size() > k_whether.size()) {
      if (auto it = m_aliases.find(stripped.substr(k_whether.size())); it != m_aliases.end()) {
        return it->second;
      }
    }
    return std::nullopt;
  }

private:
  std::map<std::string, std::size_t> m_aliases;
};

std::string cell_text(const read::Row& row, std::size_t c)
{
  return c < row.cells.size() ? domain::normalize_cell(row.cells[c].text) : std::string();
}

// A header as messages and the extra data name it: on one line. A break typed inside the
// cell (Alt+Enter: "身份证\n号码") joins the two lines, with a space only between ASCII words.
std::string one_line(const std::string& text)
{
  std::string out;
  bool pending_break = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      pending_break = true;
      continue;
    }
    if (pending_break) {
      while (!out.empty() && out.back() == ' ') {
        out.pop_back();
      }
      if (c == ' ') {
        continue;
      }
      const auto word = [](char x) { return std::isalnum(static_cast<unsigned char>(x)) != 0; };
      if (!out.empty() && word(out.back()) && word(c)) {
        out += ' ';
      }
      pending_break = false;
    }
    out += c;
  }
  return out;
}

// Binds columns, each field to its first matching column; returns the number bound.
std::size_t bind_columns(const std::vector<std::vector<std::string>>& candidates, const AliasIndex& index,
                         std::vector<ColumnBinding>& columns)
{
  std::set<std::size_t> used;
  std::size_t bound = 0;
  columns.assign(candidates.size(), ColumnBinding{});
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    for (const auto& name : candidates[c]) {
      if (columns[c].header.empty()) {
        columns[c].header = one_line(name);
      }
      domain::AmountUnit unit = domain::AmountUnit::yuan;
      const auto field = index.match(name, unit);
      if (field && !used.count(*field)) {
        used.insert(*field);
        columns[c].field = field;
        columns[c].unit = unit;
        ++bound;
        break;
      }
    }
  }
  return bound;
}

} // namespace

std::string column_letters(std::size_t index)
{
  std::string letters;
  ++index;
  while (index > 0) {
    const auto rem = (index - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + rem));
    index = (index - 1) / 26;
  }
  return letters;
}

std::optional<Header> detect_header(const std::vector<read::Row>& rows, const Mapping& mapping)
{
  const AliasIndex index(mapping);
  // A two-row reading must beat every one-row reading: a title row above a plain header
  // would otherwise tie with the header alone.
  std::optional<Header> best;
  std::size_t best_score = 0;
  std::optional<Header> best_pair;
  std::size_t best_pair_score = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows[r];
    // One-row header.
    std::vector<std::vector<std::string>> single(row.cells.size());
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (auto text = cell_text(row, c); !text.empty()) {
        single[c].push_back(text);
      }
    }
    Header header{row.number, row.number, {}};
    const auto score = bind_columns(single, index, header.columns);
    if (score > best_score) {
      best_score = score;
      best = header;
    }
    // Two-row header: a group title merged over several sub-headers. Merged cells keep their
    // value only in the first cell, so the title is carried right over the blanks under it.
    std::size_t filled = 0;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      filled += cell_text(row, c).empty() ? 0 : 1;
    }
    if (filled >= 2 && r + 1 < rows.size() && rows[r + 1].number == row.number + 1) {
      const auto& lower = rows[r + 1];
      const auto width = std::max(row.cells.size(), lower.cells.size());
      std::vector<std::vector<std::string>> pair(width);
      std::string group;
      for (std::size_t c = 0; c < width; ++c) {
        const auto upper_text = cell_text(row, c);
        const auto lower_text = cell_text(lower, c);
        if (!upper_text.empty()) {
          group = upper_text;
        } else if (lower_text.empty()) {
          group.clear();
        }
        const std::string top = upper_text.empty() ? group : upper_text;
        if (!lower_text.empty() && !top.empty()) {
          pair[c].push_back(top + "/" + lower_text);
          pair[c].push_back(top + lower_text);
          for (const auto& suffix : group_suffixes()) {
            if (top.size() > suffix.size() && top.compare(top.size() - suffix.size(), suffix.size(), suffix) == 0) {
              pair[c].push_back(top.substr(0, top.size() - suffix.size()) + lower_text);
            }
          }
          pair[c].push_back(lower_text);
        } else if (!lower_text.empty()) {
          pair[c].push_back(lower_text);
        } else if (!upper_text.empty()) {
          pair[c].push_back(upper_text);
        }
      }
      Header two{row.number, lower.number, {}};
      const auto pair_score = bind_columns(pair, index, two.columns);
      if (pair_score > best_pair_score) {
        best_pair_score = pair_score;
        best_pair = two;
      }
    }
  }
  if (best_pair_score > best_score) {
    return best_pair;
  }
  return best_score > 0 ? best : std::nullopt;
}

} // namespace dongmao::import
