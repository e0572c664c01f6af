#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The households a dispute concerns, as ledgers and reports write them: 120户, 400多户,
// 300余户, 约120户. The figure is kept with whether it was approximate, so a report can say
// "400多户" again rather than a made-up exact number.
namespace dongmao::petition {

// A count of households, perhaps approximate.
struct Households
{
  std::int64_t count = 0;
  bool approx = false; // written with 多, 余, 来, 约, 大约, 左右 or a trailing +
};

// Reads "120", "120户", "120家", "400多户", "300余户", "约120户", "120户左右", "400+" (full-width
// digits too); nullopt for anything else, zero, fractions and negative numbers.
std::optional<Households> parse_households(std::string_view text);

// "400多户" or "120户": the count, 多 when approximate, then `unit` (户 by default).
std::string households_text(const Households& households, std::string_view unit = "户");

} // namespace dongmao::petition
