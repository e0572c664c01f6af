#include "json.hpp"

#include "terminal.hpp"

#include <dongmao/domain/inert.hpp>
#include <dongmao/out/table.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace dongmao::cli {

namespace {

template <typename T>
std::unique_ptr<nlohmann::json> make(T&& value)
{
  return std::make_unique<nlohmann::json>(std::forward<T>(value));
}

template <typename T>
std::unique_ptr<nlohmann::json> make_or_null(const std::optional<T>& value)
{
  return value ? make(*value) : make(nullptr);
}

} // namespace

Json::Json() : m_value(make(nullptr)) {}
Json::Json(std::nullptr_t) : m_value(make(nullptr)) {}
Json::Json(bool value) : m_value(make(value)) {}
Json::Json(int value) : m_value(make(value)) {}
Json::Json(long value) : m_value(make(value)) {}
Json::Json(unsigned long value) : m_value(make(value)) {}
Json::Json(long long value) : m_value(make(value)) {}
Json::Json(double value) : m_value(make(value)) {}
Json::Json(const char* text) : m_value(make(text)) {}
Json::Json(std::string text) : m_value(make(std::move(text))) {}
Json::Json(const std::vector<std::string>& texts) : m_value(make(texts)) {}
Json::Json(const std::optional<std::string>& text) : m_value(make_or_null(text)) {}
Json::Json(const std::optional<int>& value) : m_value(make_or_null(value)) {}
Json::Json(const std::optional<long>& value) : m_value(make_or_null(value)) {}
Json::Json(const std::optional<double>& value) : m_value(make_or_null(value)) {}
Json::Json(const nlohmann::json& value) : m_value(make(value)) {}
Json::Json(const Json& other) : m_value(make(*other.m_value)) {}
Json::Json(Json&& other) noexcept = default;
Json::~Json() = default;

Json& Json::operator=(const Json& other)
{
  if (this != &other) {
    m_value = make(*other.m_value);
  }
  return *this;
}

Json& Json::operator=(Json&& other) noexcept = default;

Json Json::object(std::initializer_list<Member> members)
{
  Json json;
  *json.m_value = nlohmann::json::object();
  for (const auto& [key, value] : members) {
    (*json.m_value)[key] = *value.m_value;
  }
  return json;
}

Json Json::array()
{
  Json json;
  *json.m_value = nlohmann::json::array();
  return json;
}

Json Json::parse_or_null(const std::optional<std::string>& text)
{
  Json json;
  if (text) {
    *json.m_value = nlohmann::json::parse(*text, nullptr, false);
    if (json.m_value->is_discarded()) {
      *json.m_value = nullptr;
    }
  }
  return json;
}

Json& Json::set(const std::string& key, Json value)
{
  (*m_value)[key] = std::move(*value.m_value);
  return *this;
}

Json& Json::push(Json value)
{
  m_value->push_back(std::move(*value.m_value));
  return *this;
}

bool Json::is_null() const
{
  return m_value->is_null();
}

bool Json::is_array() const
{
  return m_value->is_array();
}

std::size_t Json::size() const
{
  return m_value->is_object() || m_value->is_array() ? m_value->size() : 0;
}

Json Json::item(std::size_t index) const
{
  return Json(m_value->at(index));
}

std::vector<std::pair<std::string, Json>> Json::members() const
{
  std::vector<std::pair<std::string, Json>> list;
  if (m_value->is_object()) {
    for (const auto& [key, value] : m_value->items()) {
      list.emplace_back(key, Json(value));
    }
  }
  return list;
}

std::optional<std::int64_t> Json::integer(const std::string& key) const
{
  if (m_value->is_object()) {
    if (const auto found = m_value->find(key); found != m_value->end() && found->is_number_integer()) {
      return found->get<std::int64_t>();
    }
  }
  return std::nullopt;
}

std::optional<std::string> Json::string(const std::string& key) const
{
  if (m_value->is_object()) {
    if (const auto found = m_value->find(key); found != m_value->end() && found->is_string()) {
      return found->get<std::string>();
    }
  }
  return std::nullopt;
}

void Json::change_strings(const std::string& key, const std::function<std::string(const std::string&)>& change)
{
  if (!m_value->is_object()) {
    return;
  }
  const auto found = m_value->find(key);
  if (found == m_value->end()) {
    return;
  }
  const auto change_one = [&change](nlohmann::json& value) {
    if (value.is_string()) {
      value = change(value.get<std::string>());
    }
  };
  if (found->is_array()) {
    for (auto& item : *found) {
      change_one(item);
    }
  } else {
    change_one(*found);
  }
}

std::string Json::text() const
{
  return m_value->is_string() ? m_value->get<std::string>() : m_value->dump();
}

std::string Json::dump(int indent) const
{
  return m_value->dump(indent);
}

Json text_or_null(const std::string& text)
{
  return text.empty() ? Json() : Json(text);
}

Json table_json(const out::Table& table)
{
  return Json(out::to_json(table));
}

Json row_json(const std::vector<out::Column>& columns, const std::vector<std::string>& row)
{
  return Json(out::row_to_json(columns, row));
}

void print_json(std::ostream& out, const Json& json)
{
  out << domain::escape_invisible_json(json.dump(2)) << '\n';
}

void print_json(const Terminal& term, const Json& json)
{
  if (term.ndjson) {
    term.out << domain::escape_invisible_json(json.dump(-1)) << '\n';
  } else {
    print_json(term.out, json);
  }
}

} // namespace dongmao::cli
