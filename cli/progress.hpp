#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace dongmao::cli {

// An import's progress on a terminal's standard error, drawn over itself on one line: a bar
// with the percentage, rows per second and time left when the share of the file read is known,
// else a counter of rows. Redrawn at most ten times a second; cleared by finish().
class ProgressBar
{
public:
  // Draws on `err`, a terminal `width` columns wide (0: unknown).
  ProgressBar(std::ostream& err, std::size_t width);

  // `rows` read so far, and the share of the file they came from when known.
  void update(std::int64_t rows, std::optional<double> share);

  // Draws the last state (100% when the share is known) and clears the line.
  void finish();

  // The line drawn for `rows` and `share` after `seconds`, `width` columns at most (0: 80).
  static std::string line(std::int64_t rows, std::optional<double> share, double seconds, std::size_t width);

private:
  void draw(bool last);

  std::ostream& m_err;
  std::size_t m_width;
  std::chrono::steady_clock::time_point m_start;
  std::chrono::steady_clock::time_point m_drawn;
  std::int64_t m_rows = 0;
  std::optional<double> m_share;
  bool m_any = false;
};

} // namespace dongmao::cli
