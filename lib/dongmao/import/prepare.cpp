#include <dongmao/domain/id_card.hpp>
#include <dongmao/domain/phone.hpp>
#include <dongmao/import/normalize.hpp>
#include <dongmao/import/prepare.hpp>
#include <dongmao/text/import.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace dongmao::import {

namespace {

// `key` of `record` as a message shows it: the record's ID and phone numbers in it masked
// (persons are keyed by ID number, households may be).
std::string shown_key(std::string key, const Record& record)
{
  const auto& fields = record.mapping->fields;
  for (std::size_t i = 0; i < fields.size() && i < record.values.size(); ++i) {
    const auto* text = std::get_if<std::string>(&record.values[i]);
    const bool id = fields[i].type == FieldType::id_card;
    if (!text || text->empty() || (!id && fields[i].type != FieldType::phone)) {
      continue;
    }
    const auto masked = id ? domain::mask_id_card(*text) : domain::mask_phone(*text);
    for (auto at = key.find(*text); at != std::string::npos; at = key.find(*text, at + masked.size())) {
      key.replace(at, text->size(), masked);
    }
  }
  return key;
}

bool has_text(const read::Cell& cell)
{
  return cell.type != read::CellType::empty && !cell.text.empty();
}

// A ledger's sum row: 合计 (or 总计, 小计, 共计, "合 计：") in one of its first three filled
// cells. It sums the rows above; it describes no household, case or project.
bool is_total_row(const read::Row& row)
{
  int filled = 0;
  for (const auto& cell : row.cells) {
    if (!has_text(cell)) {
      continue;
    }
    if (++filled > 3) {
      break;
    }
    // Most cells are far from a sum label: skip the normalisation for them.
    const auto& text = cell.text;
    if (text.size() > 16 || (text.find("计") == std::string::npos && text.find_first_of("tT") == std::string::npos)) {
      continue;
    }
    const auto normalized = normalize_key(text);
    std::string_view key = normalized;
    for (const std::string_view colon : {":", "："}) {
      if (key.ends_with(colon)) {
        key.remove_suffix(colon.size());
      }
    }
    if (key == "合计" || key == "总计" || key == "小计" || key == "共计" || key == "total") {
      return true;
    }
  }
  return false;
}

// A note below the table, as report forms end: "填表人：张三", "审核人：", "填报单位（盖章）：",
// "注：…" in the row's first filled cell. It is no record, even under a key column.
bool is_note_row(const read::Row& row)
{
  static constexpr std::string_view k_labels[] = {
    "填表人",   "制表人",   "审核人",   "审批人",   "负责人",   "填报人",   "统计人", "经办人", "联系人", "联系电话",
    "填报日期", "制表日期", "填表日期", "报送日期", "填报单位", "制表单位", "注",     "说明",   "备注"};
  for (const auto& cell : row.cells) {
    if (!has_text(cell)) {
      continue;
    }
    const auto& text = cell.text;
    if (text.find(':') == std::string::npos && text.find("：") == std::string::npos) {
      return false;
    }
    // normalize_key keeps the full-width ：and （ of Chinese prose.
    const auto key = normalize_key(text);
    for (const auto label : k_labels) {
      if (!key.starts_with(label)) {
        continue;
      }
      const std::string_view rest = std::string_view(key).substr(label.size());
      for (const std::string_view mark : {":", "：", "(", "（"}) {
        if (rest.starts_with(mark)) {
          return true;
        }
      }
    }
    return false;
  }
  return false;
}

// Whether `text` is nothing but spaces (ASCII, or the full-width U+3000 Chinese input types).
bool is_blank(std::string_view text)
{
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\u3000") == 0) {
      i += 2;
    } else if (!std::isspace(static_cast<unsigned char>(text[i]))) {
      return false;
    }
  }
  return true;
}

} // namespace

std::string column_label(const Header& header, std::size_t c)
{
  const auto letters = column_letters(c);
  if (c < header.columns.size() && !header.columns[c].header.empty()) {
    return text::format(text::k_column_label, letters, header.columns[c].header);
  }
  return text::format(text::k_column_letter, letters);
}

RowPreparer::RowPreparer(const Mapping& mapping, const Header& header, const Writer& writer, bool extra_present,
                         bool skip_unfilled, ValueContext values)
  : m_mapping(mapping),
    m_header(header),
    m_writer(writer),
    m_present(mapping.fields.size(), false),
    m_extra_present(extra_present),
    m_skip_unfilled(skip_unfilled),
    m_values(values)
{
  for (const auto& column : header.columns) {
    if (column.field) {
      m_present[*column.field] = true;
    }
  }
}

void RowPreparer::set_community(const std::string& name)
{
  m_community = name;
  if (const auto community = m_mapping.find("community")) {
    m_present[*community] = true;
  }
}

RowKind RowPreparer::kind_of(const read::Row& row) const
{
  if (is_total_row(row)) {
    return RowKind::total;
  }
  if (is_note_row(row)) {
    return RowKind::note;
  }
  if (!m_skip_unfilled) {
    return RowKind::record;
  }
  const auto columns = std::min(row.cells.size(), m_header.columns.size());
  for (std::size_t c = 0; c < columns; ++c) {
    if (m_header.columns[c].field && has_text(row.cells[c]) && !is_blank(row.cells[c].text)) {
      return RowKind::record;
    }
  }
  return RowKind::unfilled;
}

bool RowPreparer::headerless(std::size_t c) const
{
  return c >= m_header.columns.size() || (m_header.columns[c].header.empty() && !m_header.columns[c].field);
}

void RowPreparer::note_headerless(const read::Row& row)
{
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    if (headerless(c) && has_text(row.cells[c]) && !is_blank(row.cells[c].text)) {
      m_headerless.insert(c);
    }
  }
}

void RowPreparer::prepare(PreparedRow& out)
{
  out.problems.clear();
  out.warnings.clear();
  out.kind = kind_of(out.row);
  if (out.kind != RowKind::record) {
    return;
  }
  auto& record = out.record;
  record.mapping = &m_mapping;
  record.row = out.row.number;
  record.present = m_present;
  record.extra_present = m_extra_present;
  record.values.resize(m_mapping.fields.size());
  std::fill(record.values.begin(), record.values.end(), Value{});
  m_extra_cells.clear();

  const auto& cells = out.row.cells;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const auto& cell = cells[c];
    const bool filled = has_text(cell);
    // A column with no header is kept under its letters, and named once read.
    if (headerless(c)) {
      if (filled && !is_blank(cell.text)) {
        // On a wide metrics sheet the extra cells are indicators: one with no name is none.
        if (m_skip_unfilled) {
          m_extra_cells.emplace_back(column_letters(c), cell.text);
        }
        m_headerless.insert(c);
      }
      continue;
    }
    const auto& binding = m_header.columns[c];
    if (binding.skipped) {
      continue;
    }
    if (!binding.field) {
      if (!binding.header.empty() && filled) {
        // Two unknown columns of one name both stay: the second is keyed "联系人 (F)".
        const bool taken = std::any_of(m_extra_cells.begin(), m_extra_cells.end(),
                                       [&](const auto& extra) { return extra.first == binding.header; });
        m_extra_cells.emplace_back(taken ? fmt::format("{} ({})", binding.header, column_letters(c)) : binding.header,
                                   cell.text);
      }
      continue;
    }
    auto values = m_values;
    values.default_year = binding.default_year;
    auto result = normalize(cell, m_mapping.fields[*binding.field], binding, values);
    if (auto* bad = std::get_if<CellProblem>(&result)) {
      out.problems.push_back(RowError{out.row.number, column_label(m_header, c), std::move(bad->message)});
      continue;
    }
    auto& normalized = std::get<Normalized>(result);
    if (!normalized.warning.empty()) {
      out.warnings.push_back(RowError{out.row.number, column_label(m_header, c), std::move(normalized.warning)});
    }
    record.values[*binding.field] = std::move(normalized.value);
  }

  if (const auto community = m_mapping.find("community"); community && !m_community.empty()) {
    record.values[*community] = Value{m_community};
  }
  record.extra.clear();
  if (!m_extra_cells.empty()) {
    record.extra_present = true; // a column without a header, found only now
    nlohmann::json extra = nlohmann::json::object();
    for (auto& [name, text] : m_extra_cells) {
      extra[name] = std::move(text);
    }
    record.extra = extra.dump();
  }
  if (out.problems.empty() && !m_writer.refuses_repeated_keys()) {
    const auto key = m_writer.key(record);
    if (const auto earlier = m_seen_keys.insert(key, static_cast<std::uint32_t>(out.row.number))) {
      out.problems.push_back(RowError{
        out.row.number, "",
        text::format(text::k_same_key_as_row, *earlier, cut_text(m_values.show_pii ? key : shown_key(key, record)))});
    }
  }
}

} // namespace dongmao::import
