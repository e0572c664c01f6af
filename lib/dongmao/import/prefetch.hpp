#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dongmao::import {

// Runs a producer on a thread of its own, a few batches ahead of the caller, so that reading
// and normalising a file overlaps with writing it to the database. Memory stays bounded: at
// most `depth` batches exist, and the caller hands each back by asking for the next.
template <typename Batch>
class Prefetcher
{
public:
  // `fill` refills a batch and returns false once the input is exhausted (that last batch
  // may still hold items). What it throws is rethrown by next() after the batches before it.
  Prefetcher(std::function<bool(Batch&)> fill, std::size_t depth)
    : m_fill(std::move(fill)), m_batches(std::max<std::size_t>(depth, 1))
  {
    m_thread = std::thread([this] { run(); });
  }

  Prefetcher(const Prefetcher&) = delete;
  Prefetcher& operator=(const Prefetcher&) = delete;

  ~Prefetcher()
  {
    {
      std::lock_guard lock(m_mutex);
      m_stop = true;
    }
    m_space.notify_one();
    m_thread.join();
  }

  // The next batch, valid until the following call; nullptr at the end.
  Batch* next()
  {
    std::unique_lock lock(m_mutex);
    if (m_holding) {
      ++m_consumed;
      m_holding = false;
      m_space.notify_one();
    }
    m_ready.wait(lock, [this] { return m_filled > m_consumed || m_finished; });
    if (m_filled > m_consumed) {
      m_holding = true;
      return &m_batches[m_consumed % m_batches.size()];
    }
    if (m_error) {
      std::rethrow_exception(m_error);
    }
    return nullptr;
  }

private:
  void run()
  {
    try {
      for (bool more = true; more;) {
        std::size_t slot = 0;
        {
          std::unique_lock lock(m_mutex);
          m_space.wait(lock, [this] { return m_stop || m_filled - m_consumed < m_batches.size(); });
          if (m_stop) {
            return;
          }
          slot = m_filled % m_batches.size();
        }
        more = m_fill(m_batches[slot]);
        {
          std::lock_guard lock(m_mutex);
          ++m_filled;
          m_finished = !more;
        }
        m_ready.notify_one();
      }
    } catch (...) {
      {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
        m_finished = true;
      }
      m_ready.notify_one();
    }
  }

  std::function<bool(Batch&)> m_fill;
  std::vector<Batch> m_batches;
  std::mutex m_mutex;
  std::condition_variable m_ready; // a batch was filled, or the producer finished
  std::condition_variable m_space; // a batch was handed back, or stop
  std::size_t m_filled = 0;
  std::size_t m_consumed = 0;
  bool m_holding = false;
  bool m_finished = false;
  bool m_stop = false;
  std::exception_ptr m_error;
  std::thread m_thread;
};

} // namespace dongmao::import
