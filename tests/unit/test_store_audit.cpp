#include <dongmao/store/audit.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace store = dongmao::store;
using dongmao::domain::Value;

TEST_CASE("store::changes_text writes changed fields as the audit log's JSON object")
{
  CHECK(store::changes_text(store::FieldChanges{}) == "");
  CHECK(store::changes_text(nlohmann::json::object()) == "");
  const store::FieldChanges changes{{{"phone", std::string("13800000001"), Value{}},
                                     {"floor_area", 85.0, 86.25},
                                     {"members", Value{}, std::int64_t{4}}}};
  // Fields come out in name order; a whole real keeps its decimal point.
  CHECK(store::changes_text(changes) ==
        R"({"floor_area":[85.0,86.25],"members":[null,4],"phone":["13800000001",null]})");
  const nlohmann::json json = changes;
  CHECK(json.at("members") == nlohmann::json::array({nullptr, 4}));
  CHECK(store::changes_text(nlohmann::json{{"inserted", 2}, {"sha256", "abc"}}) == R"({"inserted":2,"sha256":"abc"})");
}
