#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dongmao::out {
struct Column;
struct Table;
} // namespace dongmao::out

// JSON output without nlohmann::json's templates in every command: they are compiled once,
// in json.cpp, behind these few plain functions.
namespace dongmao::cli {

struct Terminal;

// A JSON value: built member by member, read back where a command shows stored JSON.
class Json
{
public:
  // One member of an object, for Json::object({{"key", value}, …}).
  using Member = std::pair<const char*, Json>;

  // Null, or a plain value.
  Json();
  Json(std::nullptr_t);
  Json(bool value);
  Json(int value);
  Json(long value);
  Json(unsigned long value);
  Json(long long value);
  Json(double value);
  Json(const char* text);
  Json(std::string text);
  Json(const std::vector<std::string>& texts); // an array of strings
  // The value, or null when empty.
  Json(const std::optional<std::string>& text);
  Json(const std::optional<int>& value);
  Json(const std::optional<long>& value);
  Json(const std::optional<double>& value);
  // A copy of a JSON value the library made.
  explicit Json(const nlohmann::json& value);
  // Copies and moves, as a value; a moved-from Json may only be assigned or destroyed.
  Json(const Json& other);
  Json(Json&& other) noexcept;
  Json& operator=(const Json& other);
  Json& operator=(Json&& other) noexcept;
  ~Json();

  // An object holding `members`, in key order as every JSON output of dongmao.
  static Json object(std::initializer_list<Member> members = {});
  // An empty array.
  static Json array();
  // `text` parsed, or null when it is empty or not JSON.
  static Json parse_or_null(const std::optional<std::string>& text);

  // Sets member `key` of this object.
  Json& set(const std::string& key, Json value);
  // Appends `value` to this array.
  Json& push(Json value);

  // Whether this is null.
  bool is_null() const;
  // Whether this is an array.
  bool is_array() const;
  // Members of an object, items of an array, else 0.
  std::size_t size() const;
  // Item `index` of an array.
  Json item(std::size_t index) const;
  // The members of an object, in key order.
  std::vector<std::pair<std::string, Json>> members() const;
  // Member `key` when it is a whole number.
  std::optional<std::int64_t> integer(const std::string& key) const;
  // Member `key` when it is a string.
  std::optional<std::string> string(const std::string& key) const;
  // Replaces every string held in member `key` (the member, or its items) by `change(string)`.
  void change_strings(const std::string& key, const std::function<std::string(const std::string&)>& change);
  // A string as it is, anything else as JSON text.
  std::string text() const;

  // The JSON text: indented by `indent` spaces, or on one line when negative.
  std::string dump(int indent = -1) const;

private:
  std::unique_ptr<nlohmann::json> m_value;
};

// Text as JSON: null when empty (personal data that was never there stays null masked).
Json text_or_null(const std::string& text);

// `table` as an array of objects keyed by its columns' keys (out::to_json).
Json table_json(const out::Table& table);

// One row of a listing as an object keyed by its columns' keys (out::row_to_json).
Json row_json(const std::vector<out::Column>& columns, const std::vector<std::string>& row);

// Prints `json` indented by two, on its own lines: how every command prints its JSON.
void print_json(std::ostream& out, const Json& json);

// Prints a command's document `json` on standard output: as print_json, or on one line under
// --ndjson (a document is one object either way).
void print_json(const Terminal& term, const Json& json);

} // namespace dongmao::cli
