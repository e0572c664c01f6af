#pragma once

#include <dongmao/import/prefetch.hpp>
#include <dongmao/read/reader.hpp>

#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dongmao::import {

// Reads a sheet on a thread of its own, a few batches of rows ahead: a workbook's XML costs
// more to parse than its rows cost to check, so the parsing and the checking of a large
// XLSX overlap instead of taking turns on one thread. Rows, errors and the share read come
// in the order the inner reader gives them.
class RowsAhead : public read::RowReader
{
public:
  // Starts reading `inner` at once; `inner` is used only by that thread from now on.
  explicit RowsAhead(std::unique_ptr<read::RowReader> inner);

  // See read::RowReader.
  bool next(read::Row& row) override;
  std::string sheet_name() const override { return m_sheet_name; }
  std::string describe() const override { return m_describe; }
  std::size_t sheet_count() const override { return m_sheet_count; }
  bool hidden() const override { return m_hidden; }
  std::optional<double> share_read() const override { return m_share; }

private:
  struct Batch
  {
    std::vector<read::Row> rows;
    std::size_t size = 0;
    std::optional<double> share; // the inner reader's, after the batch
    std::exception_ptr error;    // what the inner reader threw after the batch's rows
  };

  bool fill(Batch& batch);

  std::unique_ptr<read::RowReader> m_inner;
  // Asked before the thread starts: the inner reader is its thread's alone afterwards.
  std::string m_sheet_name;
  std::string m_describe;
  std::size_t m_sheet_count = 0;
  bool m_hidden = false;
  Batch* m_batch = nullptr;
  std::size_t m_next = 0;
  std::optional<double> m_share;
  Prefetcher<Batch> m_prefetcher; // last, so that it starts after everything it uses exists
};

// `reader` read ahead on a thread of its own where that pays: a workbook's sheet, whose XML
// or records cost more to parse than a CSV line.
std::unique_ptr<read::RowReader> read_ahead(std::unique_ptr<read::RowReader> reader);

} // namespace dongmao::import
