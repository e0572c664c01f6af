#include "progress.hpp"

#include <dongmao/domain/text.hpp>
#include <dongmao/text/cli.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <ostream>

namespace dongmao::cli {

namespace {

constexpr auto k_redraw_every = std::chrono::milliseconds(100);

std::string duration_text(double seconds)
{
  const auto whole = static_cast<long long>(std::ceil(std::max(0.0, seconds)));
  if (whole >= 3600) {
    return fmt::format("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60);
  }
  return fmt::format("{}:{:02}", whole / 60, whole % 60);
}

} // namespace

ProgressBar::ProgressBar(std::ostream& err, std::size_t width)
  : m_err(err), m_width(width), m_start(std::chrono::steady_clock::now()), m_drawn(m_start)
{
}

std::string ProgressBar::line(std::int64_t rows, std::optional<double> share, double seconds, std::size_t width)
{
  const std::size_t columns = width == 0 ? 80 : width;
  const double rate = seconds > 0.0 ? static_cast<double>(rows) / seconds : 0.0;
  const auto speed = rate > 0.0 ? "  " + text::format(text::k_progress_rate, rate) : std::string();
  if (!share) {
    return text::format(text::k_progress_counter, rows, speed);
  }
  const double done = std::clamp(*share, 0.0, 1.0);
  std::string tail = fmt::format(" {:3.0f}%  {}{}", done * 100.0, text::format(text::k_progress_rows, rows), speed);
  if (done > 0.0 && done < 1.0 && seconds > 0.0) {
    tail += "  " + text::format(text::k_progress_left, duration_text(seconds * (1.0 - done) / done));
  }
  // The line stays a column short of the width, so the terminal never wraps it.
  const std::size_t tail_width = domain::display_width(tail);
  const std::size_t room = columns > tail_width + 3 ? columns - tail_width - 3 : 0;
  const std::size_t bar = std::min<std::size_t>(room, 40);
  if (bar < 10) {
    return tail.substr(1);
  }
  const auto filled = static_cast<std::size_t>(std::floor(done * static_cast<double>(bar)));
  return "[" + std::string(filled, '#') + std::string(bar - filled, '-') + "]" + tail;
}

void ProgressBar::update(std::int64_t rows, std::optional<double> share)
{
  m_rows = rows;
  m_share = share;
  const auto now = std::chrono::steady_clock::now();
  if (now - m_drawn >= k_redraw_every) {
    m_drawn = now;
    draw(false);
  }
}

void ProgressBar::finish()
{
  if (m_share) {
    m_share = 1.0;
  }
  if (m_any || m_share) {
    draw(true);
  }
  m_err << "\r\033[K" << std::flush;
}

void ProgressBar::draw(bool last)
{
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - m_start;
  m_err << "\r\033[K" << line(m_rows, m_share, elapsed.count(), m_width) << std::flush;
  m_any = m_any || !last;
}

} // namespace dongmao::cli
