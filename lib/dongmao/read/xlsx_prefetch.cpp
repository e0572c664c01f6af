#include <dongmao/read/xlsx_prefetch.hpp>

#include <algorithm>
#include <cstring>

namespace dongmao::read {

PrefetchSource::PrefetchSource(ByteSource& inner) : m_inner(inner)
{
  for (auto& slot : m_slots) {
    slot.resize(k_slot_bytes);
  }
  m_thread = std::thread([this] { run(); });
}

PrefetchSource::~PrefetchSource()
{
  {
    const std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_changed.notify_all();
  m_thread.join();
}

void PrefetchSource::run()
{
  for (;;) {
    std::size_t slot = 0;
    {
      std::unique_lock lock(m_mutex);
      m_changed.wait(lock, [this] { return m_stop || m_filled < k_slots; });
      if (m_stop) {
        return;
      }
      slot = m_write_slot;
    }
    // The slot is not visible to the reader until it is counted in m_filled.
    std::size_t got = 0;
    std::exception_ptr error;
    try {
      got = m_inner.read(m_slots[slot].data(), k_slot_bytes);
    } catch (...) {
      error = std::current_exception();
    }
    {
      const std::lock_guard lock(m_mutex);
      if (error || got == 0) {
        m_error = error;
        m_end = true;
      } else {
        m_sizes[slot] = got;
        m_write_slot = (slot + 1) % k_slots;
        ++m_filled;
      }
    }
    m_changed.notify_all();
    if (error || got == 0) {
      return;
    }
  }
}

std::size_t PrefetchSource::read(char* buffer, std::size_t size)
{
  std::unique_lock lock(m_mutex);
  m_changed.wait(lock, [this] { return m_filled > 0 || m_end; });
  if (m_filled == 0) {
    if (m_error) {
      std::rethrow_exception(m_error);
    }
    return 0;
  }
  const std::size_t count = std::min(size, m_sizes[m_read_slot] - m_read_offset);
  std::memcpy(buffer, m_slots[m_read_slot].data() + m_read_offset, count);
  m_read_offset += count;
  if (m_read_offset == m_sizes[m_read_slot]) {
    m_read_offset = 0;
    m_read_slot = (m_read_slot + 1) % k_slots;
    --m_filled;
    lock.unlock();
    m_changed.notify_all();
  }
  return count;
}

} // namespace dongmao::read
