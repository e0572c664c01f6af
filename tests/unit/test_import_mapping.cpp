#include <dongmao/import/mapping.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;

namespace {

import::Field field(std::string name){import::Field field;
field.name = std::move(name);
return field;
} // namespace

} // namespace

TEST_CASE("import::Mapping::find finds every field of every entity by name, and no other name")
{
  for (const auto& entity : import::entity_names()) {
    CAPTURE(entity);
    const auto mapping = import::builtin_mapping(entity);
    REQUIRE(mapping.indexed == mapping.fields.size());
    for (std::size_t i = 0; i < mapping.fields.size(); ++i) {
      const auto& name = mapping.fields[i].name;
      CAPTURE(name);
      CHECK(mapping.find(name) == i);
      CHECK_FALSE(mapping.find(name + "_"));
      CHECK_FALSE(mapping.find(name.substr(1)));
    }
    CHECK_FALSE(mapping.find(""));
    CHECK_FALSE(mapping.find("x"));
  }
}

TEST_CASE("import::Mapping::find: names of one length and ends, a name given twice, a grown mapping")
{
  import::Mapping mapping;
  // Same length, first and last letter: one hash, told apart by the names themselves.
  for (const auto* name : {"a1z", "a2z", "a3z", "a4z", "a2z", "b9q"}) {
    mapping.fields.push_back(field(name));
  }
  mapping.index();
  CHECK(mapping.find("a1z") == 0U);
  CHECK(mapping.find("a2z") == 1U); // the first of the two
  CHECK(mapping.find("a4z") == 3U);
  CHECK(mapping.find("b9q") == 5U);
  CHECK_FALSE(mapping.find("a5z"));
  // A field added after index() is still found, by the search over every field.
  mapping.fields.push_back(field("later"));
  CHECK(mapping.find("later") == 6U);
  CHECK(mapping.find("a4z") == 3U);
  // More fields than the table takes: found all the same.
  import::Mapping wide;
  for (int i = 0; i < 200; ++i) {
    wide.fields.push_back(field("f" + std::to_string(i)));
  }
  wide.index();
  CHECK(wide.indexed == 0U);
  CHECK(wide.find("f0") == 0U);
  CHECK(wide.find("f199") == 199U);
  CHECK_FALSE(wide.find("f200"));
}
