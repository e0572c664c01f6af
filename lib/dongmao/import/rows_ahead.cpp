#include <dongmao/import/rows_ahead.hpp>

#include <utility>

namespace dongmao::import {

namespace {

constexpr std::size_t k_sheet_batch_rows = 256;
constexpr std::size_t k_sheet_batch_bytes = 1 << 20; // rows near the row budget: a few a batch
constexpr std::size_t k_sheet_batches_ahead = 4;
constexpr std::size_t k_kept_row_bytes = 64 << 10; // a row handed back keeps no more than this

} // namespace

RowsAhead::RowsAhead(std::unique_ptr<read::RowReader> inner)
  : m_inner(std::move(inner)),
    m_sheet_name(m_inner->sheet_name()),
    m_describe(m_inner->describe()),
    m_sheet_count(m_inner->sheet_count()),
    m_hidden(m_inner->hidden()),
    m_share(m_inner->share_read()),
    m_prefetcher([this](Batch& batch) { return fill(batch); }, k_sheet_batches_ahead)
{
}

bool RowsAhead::fill(Batch& batch)
{
  batch.rows.resize(k_sheet_batch_rows);
  batch.size = 0;
  batch.error = nullptr;
  bool more = true;
  try {
    for (std::size_t bytes = 0; batch.size < k_sheet_batch_rows && bytes < k_sheet_batch_bytes;) {
      if (!m_inner->next(batch.rows[batch.size])) {
        more = false;
        break;
      }
      bytes += read::text_bytes(batch.rows[batch.size++], false);
    }
  } catch (...) {
    // Thrown where the reader stopped: after the rows read before it, as read in line.
    batch.error = std::current_exception();
    more = false;
  }
  batch.share = m_inner->share_read();
  return more;
}

bool RowsAhead::next(read::Row& row)
{
  while (!m_batch || m_next == m_batch->size) {
    if (m_batch && m_batch->error) {
      std::rethrow_exception(m_batch->error);
    }
    m_batch = m_prefetcher.next();
    m_next = 0;
    if (!m_batch) {
      return false;
    }
    m_share = m_batch->share;
  }
  // The caller's row goes back into the batch: its buffers serve a later row, unless a
  // large one would keep them from being freed.
  auto& given_back = m_batch->rows[m_next++];
  std::swap(row, given_back);
  if (read::text_bytes(given_back, true) > k_kept_row_bytes) {
    given_back = read::Row{};
  }
  return true;
}

std::unique_ptr<read::RowReader> read_ahead(std::unique_ptr<read::RowReader> reader)
{
  if (reader->sheet_count() == 0) {
    return reader; // a CSV file: its lines cost less to split than to hand over
  }
  return std::make_unique<RowsAhead>(std::move(reader));
}

} // namespace dongmao::import
