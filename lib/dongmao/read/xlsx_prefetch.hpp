#pragma once

#include <dongmao/read/xlsx_archive.hpp>

#include <array>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace dongmao::read {

// Members smaller than this are inflated in line: a thread would cost more than it saves.
inline constexpr std::uint64_t k_prefetch_min_bytes = 1 << 20;

// Decompresses a source on a second thread, a few chunks ahead of the reader, so inflating
// a large worksheet overlaps with parsing it (inflate is about a third of the work).
// Memory is the few chunks in flight. Errors thrown by the source reach the reader on
// its next read.
class PrefetchSource : public ByteSource
{
public:
  // Starts reading `inner`, which must outlive this object and not be used meanwhile.
  explicit PrefetchSource(ByteSource& inner);
  PrefetchSource(const PrefetchSource&) = delete;
  PrefetchSource& operator=(const PrefetchSource&) = delete;
  // Stops and joins the thread, even when the reader gives up half way.
  ~PrefetchSource() override;

  // See ByteSource::read.
  std::size_t read(char* buffer, std::size_t size) override;

private:
  static constexpr std::size_t k_slots = 4;
  static constexpr std::size_t k_slot_bytes = 256 * 1024;

  void run();

  ByteSource& m_inner;
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::array<std::vector<char>, k_slots> m_slots;
  std::array<std::size_t, k_slots> m_sizes{};
  std::size_t m_filled = 0; // slots ready for the reader
  std::size_t m_read_slot = 0;
  std::size_t m_read_offset = 0;
  std::size_t m_write_slot = 0;
  bool m_end = false;
  bool m_stop = false;
  std::exception_ptr m_error;
  std::thread m_thread; // last, so it starts after everything it uses exists
};

} // namespace dongmao::read
