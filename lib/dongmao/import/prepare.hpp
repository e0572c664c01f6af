#pragma once

#include <dongmao/import/header.hpp>
#include <dongmao/import/key_set.hpp>
#include <dongmao/import/normalize.hpp>
#include <dongmao/import/pipeline.hpp>
#include <dongmao/import/record.hpp>
#include <dongmao/import/writer.hpp>
#include <dongmao/read/cell.hpp>

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dongmao::import {

// What a data row is. Only records are written; the other rows are skipped and named.
enum class RowKind
{
  record,
  total,    // a 合计/小计 row
  note,     // a 填表人：/审核人：/注： line below the table
  unfilled, // no column of a field filled (a template's pre-numbered row)
};

// One data row made ready for its writer: the cells as read (for the errors file), the
// record of normalised values, and what is wrong or unusual about it.
struct PreparedRow
{
  read::Row row;
  RowKind kind = RowKind::record;
  Record record;                  // for kind == record
  std::vector<RowError> problems; // cell problems and a repeated key; empty for a good row
  std::vector<RowError> warnings; // kept but unusual values
  std::size_t sheet = 0;          // which of the sheets read, in order
  // Set instead of the record for a row exactly as the last import wrote it, over a row the
  // workspace still holds as it left it (UnchangedRows): that row's id.
  std::optional<std::int64_t> unchanged_id;
};

// Turns the data rows of one file into records, in file order: normalises every mapped
// cell, keeps the unknown columns as JSON and catches a natural key seen on an earlier row.
// Touches nothing but its own state and `writer.key()`, so it may run on another thread.
class RowPreparer
{
public:
  // `skip_unfilled`: a row with no cell under a field's column is not a record (templates
  // number their rows ahead: 序号 filled, the rest blank).
  // `values`: how cells are read and their problems shown.
  RowPreparer(const Mapping& mapping, const Header& header, const Writer& writer, bool extra_present,
              bool skip_unfilled, ValueContext values = {});

  // Fills the kind, record, problems and warnings of `out` from its row.
  void prepare(PreparedRow& out);

  // Gives the rows prepared from now on the community `name`: a workbook kept one sheet per
  // community names it by the sheet, not in a column.
  void set_community(const std::string& name);

  // Notes the columns without a header that hold a value in `row`, a row passed over
  // unprepared (it is as an earlier import wrote it).
  void note_headerless(const read::Row& row);

  // Frees the keys seen so far, once every row is prepared: what the writer's last step
  // (Writer::finish) may then use instead.
  void forget_keys() { m_seen_keys.clear(); }

  // The columns without a header that held a value in some row prepared or noted so far.
  const std::set<std::size_t>& headerless_columns() const { return m_headerless; }

private:
  RowKind kind_of(const read::Row& row) const;
  bool headerless(std::size_t c) const; // column `c` has neither a header nor a field

  const Mapping& m_mapping;
  const Header& m_header;
  const Writer& m_writer;
  std::vector<bool> m_present;
  bool m_extra_present;
  bool m_skip_unfilled; // false for a wide metrics sheet, whose unknown columns are its values
  ValueContext m_values;
  KeySet m_seen_keys;
  std::vector<std::pair<std::string, std::string>> m_extra_cells;
  std::string m_community; // from the sheet's name; "" when the rows name their own
  std::set<std::size_t> m_headerless;
};

// "F (身份证号)": the column letters of 0-based column `c` and its header as the file spells it.
std::string column_label(const Header& header, std::size_t c);

} // namespace dongmao::import
