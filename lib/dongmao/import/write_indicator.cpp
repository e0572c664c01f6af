// The indicator register (指标, 单位, 口径): each indicator's unit and kind.
#include <dongmao/import/writers.hpp>
#include <dongmao/store/indicator_write.hpp>
#include <dongmao/text/rows.hpp>

#include <fmt/format.h>

namespace dongmao::import {

namespace {

class IndicatorWriter : public Writer
{
public:
  explicit IndicatorWriter(WriterContext& context) : m_writer(context.store) {}

  std::string key(const Record& record) const override { return record.text("name").value_or(""); }

  store::Outcome write(const Record& record) override
  {
    const auto name = required_text(record, "name", "指标");
    std::optional<domain::Value> kind;
    if (record.has("kind")) {
      kind = domain::Value{};
      if (const auto text = record.text("kind")) {
        const auto parsed = figures::parse_kind(*text);
        if (!parsed) {
          throw RowProblem("kind", text::format(text::k_row_not_kind, *text));
        }
        kind = domain::Value{std::string(figures::kind_code(*parsed))};
      }
    }
    std::optional<domain::Value> unit;
    if (record.has("unit")) {
      unit = record.text("unit") ? domain::Value{*record.text("unit")} : domain::Value{};
    }
    return m_writer.write(store::IndicatorFields{name, std::move(unit), std::move(kind)}).outcome;
  }

private:
  store::IndicatorWriter m_writer;
};

} // namespace

std::unique_ptr<Writer> make_indicator_writer(WriterContext& context)
{
  return std::make_unique<IndicatorWriter>(context);
}

} // namespace dongmao::import
