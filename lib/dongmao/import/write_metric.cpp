// Metric values, in long form (指标, 社区, 月份, 数值) or in the wide form staff keep: one row
// per community, one column per indicator, the month from --month or a 月份 column.
#include <dongmao/import/writers.hpp>
#include <dongmao/store/metric_write.hpp>
#include <dongmao/text/rows.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace dongmao::import {

namespace {

class MetricWriter : public Writer
{
public:
  explicit MetricWriter(WriterContext& context) : m_context(context), m_writer(context.store) {}

  std::string key(const Record& record) const override
  {
    return record.text("indicator").value_or("*") + "/" + record.text("community").value_or("") + "/" +
           record.text("month").value_or(m_context.month.value_or(""));
  }

  store::Outcome write(const Record& record) override
  {
    std::optional<std::int64_t> community;
    if (const auto id = community_column(record, m_context); id && !is_null(*id)) {
      community = std::get<std::int64_t>(*id);
    }
    std::string month;
    if (const auto text = record.text("month")) {
      month = *text;
    } else if (m_context.month) {
      month = *m_context.month;
    } else {
      throw RowProblem("month", text::format(text::k_row_no_month));
    }
    if (record.has("indicator")) {
      const auto name = required_text(record, "indicator", "指标");
      const auto value = record.text("value");
      if (!value) {
        throw RowProblem("value", text::format(text::k_row_value_empty));
      }
      return put(name, record.text("unit"), community, month, *value, "value");
    }
    // Wide form: every column that is not 社区/月份 is an indicator.
    if (record.extra.empty()) {
      return store::Outcome::unchanged;
    }
    const auto columns = nlohmann::json::parse(record.extra);
    store::Outcome outcome = store::Outcome::unchanged;
    for (const auto& [name, cell] : columns.items()) {
      const auto text = cell.get<std::string>();
      if (text.empty()) {
        continue;
      }
      // "协税护税(万元)" is the indicator 协税护税 in 万元.
      std::string indicator = name;
      std::optional<std::string> unit;
      for (const auto& [open, close] : {std::pair<std::string, std::string>{"(", ")"}, {"（", "）"}}) {
        const auto at = name.rfind(open);
        if (at != std::string::npos && at > 0 && name.size() > close.size() &&
            name.compare(name.size() - close.size(), close.size(), close) == 0) {
          indicator = name.substr(0, at);
          unit = name.substr(at + open.size(), name.size() - close.size() - at - open.size());
        }
      }
      const auto result = put(indicator, unit, community, month, text, "@" + name);
      if (result == store::Outcome::inserted || outcome == store::Outcome::unchanged) {
        outcome = result == store::Outcome::unchanged ? outcome : result;
      }
    }
    return outcome;
  }

private:
  // The indicator's id, kind and unit; a rate is stored as a fraction, whether typed 71% or 0.71.
  struct Known
  {
    std::int64_t id = 0;
    figures::IndicatorKind kind = figures::IndicatorKind::flow;
    std::string unit;
  };

  store::Outcome put(const std::string& indicator, const std::optional<std::string>& unit,
                     const std::optional<std::int64_t>& community, const std::string& month, const std::string& text,
                     const std::string& field)
  {
    const auto& known = indicator_of(indicator, unit);
    const auto number = figures::parse_indicator_value(text, known.kind, unit.value_or(known.unit));
    if (!number) {
      const auto rate_only =
        text.find('%') != std::string::npos ? text::format(text::k_row_percent_rate_only) : std::string();
      throw RowProblem(field, text::format(text::k_row_not_number, text, rate_only));
    }
    return m_writer.write(store::MetricValue{known.id, indicator, community, month, *number}).outcome;
  }

  const Known& indicator_of(const std::string& name, const std::optional<std::string>& unit)
  {
    if (const auto it = m_indicators.find(name); it != m_indicators.end()) {
      return it->second;
    }
    const auto stored = m_writer.indicator(name, unit);
    static const figures::IndicatorRegister k_no_register;
    const auto& settings = m_context.indicators ? *m_context.indicators : k_no_register;
    Known known;
    known.id = stored.id;
    known.unit = figures::resolve_unit(settings, name, stored.unit);
    known.kind = figures::resolve_kind(settings, name, known.unit, stored.kind);
    return m_indicators.emplace(name, known).first->second;
  }

  WriterContext& m_context;
  store::MetricWriter m_writer;
  std::map<std::string, Known> m_indicators;
};

// Whether the sheet has a column for `field`.
bool bound(const Mapping& mapping, const Header& header, const char* field)
{
  return std::any_of(header.columns.begin(), header.columns.end(),
                     [&](const ColumnBinding& column) { return column.field == mapping.find(field); });
}

} // namespace

SheetLayout metric_sheet_layout(const Mapping& mapping, const Header& header, const std::optional<std::string>& month)
{
  SheetLayout layout;
  // A wide sheet has no 指标/数值 columns: its other columns are the indicators.
  layout.optional_fields = {"indicator", "value"};
  if (month) {
    layout.optional_fields.emplace_back("month");
  }
  layout.unknown_columns_are_values = !bound(mapping, header, "indicator");
  if (bound(mapping, header, "indicator") != bound(mapping, header, "value")) {
    layout.problem = "a long metrics sheet needs both 指标 and 数值 columns";
  }
  return layout;
}

std::unique_ptr<Writer> make_metric_writer(WriterContext& context)
{
  return std::make_unique<MetricWriter>(context);
}

} // namespace dongmao::import
