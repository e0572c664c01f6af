#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Money and figures as ledgers and reports write them. Money is held as integer 分
// (hundredths of a yuan) so sums of thousands of rows stay exact.
namespace dongmao::domain {

// The unit an amount is written in: 元, 万元 (10^4 元) or 亿元 (10^8 元).
enum class AmountUnit
{
  yuan,
  wan,
  yi,
};

// An amount in 分. Accepts, after NFKC and trimming: an optional sign, words that say how
// the figure was arrived at or what it is in (约, 大约, 合计, 共计, 人民币, RMB, ¥/￥) in any
// order, digits with optional thousands commas (grouped by three) and an optional fraction,
// then optionally a multiplier (万, 亿, 千, 百万, W/w for 万, K/k for 千) and a currency word
// (元, 块, 元整), and a closing 余/多/整/左右 — "12,345.67", "541万元", "1.4亿", "￥1,000",
// "12.5W", "约12.5万", "125000元整", "-5". Without a unit, `default_unit` applies (a column
// headed 金额（万元）). Rounds to the nearest 分, halves away from zero. nullopt for garbage,
// several multipliers (5万万) and values beyond ±9.2×10^16 元.
std::optional<std::int64_t> parse_amount(std::string_view text, AmountUnit default_unit = AmountUnit::yuan);

// 分 as yuan with exactly two decimals and no grouping: 1234567 → "12345.67",
// 10000 → "100.00", -5 → "-0.05".
std::string format_amount_yuan(std::int64_t cents);

// 分 as 万元 rounded half away from zero to `decimals` places (negative counts as 0):
// 541000000 → "541.00"; 123456789 with 1 decimal → "123.5".
std::string format_amount_wan(std::int64_t cents, int decimals = 2);

// A plain figure (area in ㎡, a rate): optional sign, digits with optional thousands
// commas grouped by three, optional fraction and exponent, full-width digits allowed.
// No units or percent signs: nullopt for those and anything out of double's range.
std::optional<double> parse_number(std::string_view text);

// The unit typed after a figure.
enum class FigureUnit
{
  none,
  percent,          // 71%, 71％
  per_mille,        // 5‰
  square_metre,     // ㎡, m², m2, 平方米, 平米, 平方
  square_kilometre, // ㎢, km², km2, 平方公里, 平方千米
  word,             // another word of Chinese characters, such as 人, 户 or 个: a count's unit
};

// A figure as typed, with its unit.
struct Figure
{
  double value = 0.0;
  FigureUnit unit = FigureUnit::none;
  std::string word; // the unit as typed after NFKC ("m2", "人"); empty for none
};

// A figure with an optional unit after it (spaces between allowed), perhaps said to be
// approximate (约, 大约 before, 左右 after; the figure is kept): "108.2㎡", "150.5 m2",
// "108.2平方米", "约108平米", "71%", "1,234.5", "5人". The number is read as parse_number reads it; the
// value is as typed (71% is 71 with unit percent). A unit word starting with 十/百/千/万/亿
// is a multiplier, not a unit, and yields nullopt, as does any other text.
std::optional<Figure> parse_figure(std::string_view text);

// A whole count such as "622", "622户", "3,351人", "400余户" or "约400户" (read as 400, the
// figure the ledger gives). A trailing word of Chinese characters is dropped as the unit; a unit
// starting with 十/百/千/万/亿 is a multiplier, not a unit, and yields nullopt, as do
// negative numbers, fractions other than .0 and overflow.
std::optional<std::int64_t> parse_count(std::string_view text);

} // namespace dongmao::domain
