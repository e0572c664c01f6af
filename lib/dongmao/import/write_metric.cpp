// Metric values, in long form (指标, 社区, 月份, 数值) or in the wide form staff keep: one row
// per community, one column per indicator, the month from --month or a 月份 column.
#include <dongmao/import/writers.hpp>

#include <dongmao/db/statement.hpp>
#include <dongmao/domain/amount.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>

namespace dongmao::import {

namespace {

class MetricWriter : public Writer
{
public:
  explicit MetricWriter(WriterContext& context)
    : m_context(context),
      m_upserter(context.db, "metric_value", {"indicator_id", "community_id", "month"}, {"value"}),
      m_find_indicator(context.db, "SELECT id FROM indicator WHERE name = ?"),
      m_add_indicator(context.db, "INSERT INTO indicator (name, unit) VALUES (?, ?)")
  {
  }

  std::string key(const Record& record) const override
  {
    return record.text("indicator").value_or("*") + "/" + record.text("community").value_or("") + "/" +
           record.text("month").value_or(m_context.month.value_or(""));
  }

  store::Outcome write(const Record& record) override
  {
    const auto community = community_column(record, m_context).value_or(domain::Value{});
    std::string month;
    if (const auto text = record.text("month")) {
      month = *text;
    } else if (m_context.month) {
      month = *m_context.month;
    } else {
      throw RowProblem("month", "no month: fill the 月份 column or pass --month YYYY-MM");
    }
    if (record.has("indicator")) {
      const auto name = required_text(record, "indicator", "指标");
      const auto& value = record.get("value");
      if (is_null(value)) {
        throw RowProblem("value", "数值 is empty");
      }
      return put(name, record.text("unit"), community, month, value);
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
      const auto number = domain::parse_number(text);
      if (!number) {
        throw RowProblem("@" + name, fmt::format("'{}' is not a number", text));
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
      const auto result = put(indicator, unit, community, month, domain::Value{*number});
      if (result == store::Outcome::inserted || outcome == store::Outcome::unchanged) {
        outcome = result == store::Outcome::unchanged ? outcome : result;
      }
    }
    return outcome;
  }

private:
  store::Outcome put(const std::string& indicator, const std::optional<std::string>& unit, const domain::Value& community,
                     const std::string& month, const domain::Value& value)
  {
    const auto id = indicator_id(indicator, unit);
    domain::Value number = value;
    if (const auto* whole = std::get_if<std::int64_t>(&value)) {
      number = static_cast<double>(*whole);
    }
    return upsert_audited(m_context, m_upserter, "metric_value",
                          fmt::format("{}/{}/{}", indicator, to_text(community), month), {id, community, month},
                          {number});
  }

  std::int64_t indicator_id(const std::string& name, const std::optional<std::string>& unit)
  {
    if (const auto it = m_indicators.find(name); it != m_indicators.end()) {
      return it->second;
    }
    m_find_indicator.reset();
    m_find_indicator.bind(1, name);
    std::int64_t id = 0;
    if (m_find_indicator.step()) {
      id = m_find_indicator.column_int64(0);
      m_find_indicator.reset();
    } else {
      m_find_indicator.reset();
      m_add_indicator.bind(1, name).bind(2, unit).run();
      id = m_context.db.last_insert_rowid();
    }
    m_indicators[name] = id;
    return id;
  }

  WriterContext& m_context;
  store::Upserter m_upserter;
  db::Statement m_find_indicator;
  db::Statement m_add_indicator;
  std::map<std::string, std::int64_t> m_indicators;
};

} // namespace

std::unique_ptr<Writer> make_metric_writer(WriterContext& context)
{
  return std::make_unique<MetricWriter>(context);
}

} // namespace dongmao::import
