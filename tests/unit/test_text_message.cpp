#include "lang_scope.hpp"

#include <dongmao/text/cli.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/message.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;

TEST_CASE("text::parse_lang")
{
  CHECK(text::parse_lang("zh") == text::Lang::zh);
  CHECK(text::parse_lang("en") == text::Lang::en);
  CHECK_FALSE(text::parse_lang("EN"));
  CHECK_FALSE(text::parse_lang(""));
  CHECK_FALSE(text::parse_lang("fr"));
}

TEST_CASE("text::format: Chinese by default, English when set")
{
  CHECK(text::lang() == text::Lang::zh);
  CHECK(text::format(text::k_cell_at, "台账.xlsx", 45, "L列（签约日期）", "“2026-02-30”不是有效日期") ==
        "台账.xlsx：第45行 L列（签约日期）：“2026-02-30”不是有效日期");
  CHECK(text::format(text::k_import_not_written, "h.csv", 2000, 1996, 0, 0, 4, text::entity_unit("households")) ==
        "h.csv：读取2000行：可新增1996户，可更新0户，未变0户，有误4行");
  CHECK(text::entity_unit("petitions") == "件");
  CHECK(text::plural(2).empty());
  {
    const LangScope english(text::Lang::en);
    CHECK(text::format(text::k_cell_at, "a.xlsx", 45, "L (签约日期)", "'2026-02-30' is not a date") ==
          "a.xlsx: row 45, column L (签约日期): '2026-02-30' is not a date");
    CHECK(text::format(text::k_import_written, "households h.csv", 3, 1, 0, 0, 2, text::entity_unit("households")) ==
          "households h.csv: read 3, inserted 1, updated 0, unchanged 0, rejected 2");
    CHECK(text::entity_unit("petitions").empty());
    CHECK(text::plural(2) == "s");
    CHECK(text::plural(1).empty());
    CHECK(text::count_label("households") == "households");
  }
  CHECK(text::count_label("households") == "住户");
  CHECK(text::count_label("unknown_table") == "unknown_table");
}

TEST_CASE("text::format_in: either language whatever the run's")
{
  CHECK(text::format_in(text::Lang::en, text::k_quoted, "x") == "'x'");
  CHECK(text::format_in(text::Lang::zh, text::k_quoted, "x") == "“x”");
}
