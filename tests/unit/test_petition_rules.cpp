#include "lang_scope.hpp"

#include <dongmao/error.hpp>
#include <dongmao/petition/incident.hpp>
#include <dongmao/petition/labels.hpp>
#include <dongmao/petition/rules.hpp>
#include <dongmao/workspace/settings.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;

TEST_CASE("petition labels: codes and Chinese labels both parse")
{
  CHECK(petition::parse_channel("来访") == petition::Channel::visit);
  CHECK(petition::parse_channel("visit") == petition::Channel::visit);
  CHECK(petition::parse_channel(" 网上 ") == petition::Channel::online);
  CHECK(petition::parse_channel("电话") == petition::Channel::phone);
  CHECK_FALSE(petition::parse_channel("传真"));
  CHECK(petition::label(petition::Channel::letter) == "来信");
  CHECK(petition::code(petition::Channel::letter) == "letter");

  CHECK(petition::parse_outcome("解释说明") == petition::Outcome::explained);
  CHECK(petition::parse_outcome("不予支持") == petition::Outcome::not_supported);
  CHECK(petition::parse_outcome("supported") == petition::Outcome::supported);
  CHECK_FALSE(petition::parse_outcome("部分支持"));

  CHECK(petition::parse_status("办理中") == petition::Status::accepted);
  CHECK(petition::parse_status("rechecking") == petition::Status::rechecking);
  CHECK(petition::label(petition::Status::closed) == "已办结");

  CHECK(petition::parse_action("register") == petition::Action::register_case);
  CHECK_FALSE(petition::parse_action("登记")); // actions are stored codes only
}

TEST_CASE("petition::match_category")
{
  petition::PetitionRules rules;
  rules.categories = workspace::default_petition_categories();
  CHECK(petition::match_category("租赁纠纷", rules) == "租赁纠纷");
  CHECK(petition::match_category("租赁", rules) == "租赁纠纷");
  CHECK_THROWS_WITH_AS(petition::match_category("赔偿", rules),
                       doctest::Contains("没有信访类别“赔偿”（已有：租赁纠纷、"), DataError);
  CHECK_THROWS_AS(petition::match_category(" ", rules), DataError);
  rules.categories.clear();
  CHECK(petition::match_category("任何事", rules) == "任何事");
}

TEST_CASE("petition::find_period, is_urgent, is_group")
{
  petition::PetitionRules rules;
  CHECK_THROWS_AS(petition::find_period("两会", rules), DataError);
  rules.sensitive_periods = {{"两会特护期", {2026, 3, 1}, {2026, 3, 15}}, {"国庆", {2026, 9, 28}, {2026, 10, 8}}};
  CHECK(petition::find_period("两会", rules).name == "两会特护期");
  CHECK(petition::find_period("国庆", rules).from == domain::Date{2026, 9, 28});
  CHECK_THROWS_WITH_AS(petition::find_period("春节", rules), "没有敏感时段“春节”（已有：两会特护期、国庆）", DataError);
  {
    const LangScope en(text::Lang::en);
    CHECK_THROWS_WITH_AS(petition::find_period("春节", rules), "no sensitive period '春节' (known: 两会特护期, 国庆)",
                         DataError);
  }

  rules.urgent_categories = {"非正常死亡"};
  CHECK(petition::is_urgent("非正常死亡", rules));
  CHECK_FALSE(petition::is_urgent("租赁纠纷", rules));
  CHECK_FALSE(petition::is_group(4, rules));
  CHECK(petition::is_group(5, rules)); // at the threshold
}

TEST_CASE("petition::parse_local_time and hours")
{
  const auto reported = petition::parse_local_time("2026-03-05 22:10");
  REQUIRE(reported);
  CHECK(reported->iso() == "2026-03-05T22:10");
  CHECK(reported->display() == "2026-03-05 22:10");
  CHECK(petition::parse_local_time("2026-03-05T22:10:59") == reported);
  CHECK_FALSE(petition::parse_local_time("2026-03-05 24:00"));
  CHECK_FALSE(petition::parse_local_time("2026-02-30 10:00"));
  CHECK_FALSE(petition::parse_local_time("2026-03-05 9:00"));
  CHECK_FALSE(petition::parse_local_time("2026-03-05"));

  // Across midnight and a month end.
  const auto handled = petition::parse_local_time("2026-03-06 08:25");
  CHECK(petition::minutes_between(*reported, *handled) == 615);
  CHECK(petition::format_hours(615) == "10.3"); // 10.25 rounds half up
  CHECK(petition::rounded_hours(615) == doctest::Approx(10.3));
  CHECK(petition::minutes_between(*petition::parse_local_time("2024-02-28 23:00"),
                                  *petition::parse_local_time("2024-03-01 01:00")) == 26 * 60);
  CHECK(petition::format_hours(720) == "12.0");
  CHECK(petition::format_hours(0) == "0.0");
  CHECK(petition::format_hours(-90) == "-1.5");
}
