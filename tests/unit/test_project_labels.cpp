#include <dongmao/project/labels.hpp>

#include <doctest/doctest.h>

using namespace dongmao::project;

TEST_CASE("project::labels")
{
  CHECK(kind_label("renovation") == "老旧小区改造");
  CHECK(kind_label("shantytown") == "棚改");
  CHECK(status_label("active") == "进行中");
  CHECK(housing_type_label("shop") == "门面");
  // Unknown codes show as themselves rather than vanish.
  CHECK(kind_label("mystery") == "mystery");
  CHECK(status_label("") == "");
}
