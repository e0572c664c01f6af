#include "lang_scope.hpp"
#include "temp_dir.hpp"

#include <dongmao/error.hpp>
#include <dongmao/workspace/settings.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao;

namespace {

// The ConfigError message of loading `text`, or "" when it loads.
std::string config_error(const test::TempDir& dir, const std::string& text)
{
  const auto path = dir.write("dongmao.toml", text);
  try {
    workspace::load_settings(path);
  } catch (const ConfigError& error) {
    return error.what();
  }
  return {};
}

} // namespace

TEST_CASE("workspace::load_settings reads the file init writes, with the statutory defaults")
{
  test::TempDir dir;
  const auto path = dir.write("dongmao.toml", workspace::default_settings_text("东茅岭街道", "430602001"));
  const auto settings = workspace::load_settings(path);
  CHECK(settings.name == "东茅岭街道");
  CHECK(settings.division_code == "430602001");
  CHECK(settings.timezone == "Asia/Shanghai");
  CHECK(settings.area_km2 == 0.0);
  CHECK(settings.busy_timeout_ms == 5000);
  CHECK(settings.petition.group_threshold == 5);
  CHECK(settings.petition.acceptance_days == 15);
  CHECK(settings.petition.handling_days == 60);
  CHECK(settings.petition.extension_max_days == 30);
  CHECK(settings.petition.review_request_days == 30);
  CHECK(settings.petition.recheck_days == 30);
  CHECK(settings.petition.day_mode == decltype(settings.petition.day_mode)::calendar);
  CHECK(settings.petition.categories.size() == 9);
  CHECK(settings.petition.urgent_categories == std::vector<std::string>{"非正常死亡"});
  CHECK(settings.petition.sensitive_periods.empty());
  CHECK(settings.renovation.quorum_ratio == doctest::Approx(2.0 / 3.0));
  CHECK(settings.renovation.rebuild_ratio == doctest::Approx(0.75));
}

TEST_CASE("workspace::load_settings reads every kind of value")
{
  test::TempDir dir;
  const auto path = dir.write("dongmao.toml", R"toml(
[subdistrict]
name = "柴家山街道"
area_km2 = 5.31
timezone = "UTC"

[petition]
handling_days = 45
day_mode = "working"
holidays = [2026-10-02, "2026-10-01"]
extra_workdays = [2026-09-27]

[[sensitive_periods]]
name = "两会特护期"
from = 2026-03-01
to = "2026-03-15"

[renovation]
quorum_ratio = 0.5
rebuild_ratio = "4/5"

[report.templates]
cleared = "{name}已清零"
)toml");
  const auto settings = workspace::load_settings(path);
  CHECK(settings.name == "柴家山街道");
  CHECK(settings.area_km2 == doctest::Approx(5.31));
  CHECK(settings.timezone == "UTC");
  CHECK(settings.petition.handling_days == 45);
  CHECK(settings.petition.acceptance_days == 15);
  CHECK(settings.petition.day_mode == decltype(settings.petition.day_mode)::working);
  REQUIRE(settings.petition.holidays.size() == 2);
  CHECK(settings.petition.holidays[0].iso() == "2026-10-01"); // sorted
  CHECK(settings.petition.holidays[1].iso() == "2026-10-02");
  REQUIRE(settings.petition.extra_workdays.size() == 1);
  CHECK(settings.petition.extra_workdays[0].iso() == "2026-09-27");
  REQUIRE(settings.petition.sensitive_periods.size() == 1);
  CHECK(settings.petition.sensitive_periods[0].name == "两会特护期");
  CHECK(settings.petition.sensitive_periods[0].from.iso() == "2026-03-01");
  CHECK(settings.petition.sensitive_periods[0].to.iso() == "2026-03-15");
  CHECK(settings.renovation.quorum_ratio == doctest::Approx(0.5));
  CHECK(settings.renovation.rebuild_ratio == doctest::Approx(0.8));
  CHECK(settings.report_templates.at("cleared") == "{name}已清零");
}

TEST_CASE("workspace::load_settings says in Chinese which file, line and key is bad and what it allows")
{
  test::TempDir dir;
  const auto file = (dir.path() / "dongmao.toml").string();
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[petition]\nhandling_days = 0\n") ==
        file + " 第4行 [petition] handling_days：0超出范围（1–365）");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[petition]\nacceptance_days = \"abc\"\n") ==
        file + " 第4行 [petition] acceptance_days：应为整数，而不是“abc”");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[petition]\nacceptence_days = 15\n") ==
        file + " 第4行 [petition] acceptence_days：没有此设置；是不是“acceptance_days”？");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[renovation]\nquorum_ratio = 1.5\n") ==
        file + " 第4行 [renovation] quorum_ratio：应大于0且不大于1，而不是1.5");
  CHECK(config_error(dir,
                     "[subdistrict]\nname = \"x\"\n[[sensitive_periods]]\nname = \"两会\"\nfrom = 2026-03-15\n"
                     "to = 2026-03-01\n") == file + " 第6行 [[sensitive_periods]] to：2026-03-01早于 from 2026-03-15");
  CHECK(config_error(dir, "[subdistrict\n").rfind(file + " 第1行：TOML 格式有误（", 0) == 0);
}

TEST_CASE("workspace::load_settings names file, line and key of a bad value")
{
  test::TempDir dir;
  const auto file = (dir.path() / "dongmao.toml").string();
  const LangScope en(text::Lang::en);
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[petition]\nhandling_days = 0\n") ==
        file + ":4: petition.handling_days: 0 is out of range (1–365)");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[petition]\nhandling_days = \"60\"\n") ==
        file + ":4: petition.handling_days: expected a whole number");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n\n[petition]\nday_mode = \"weekdays\"\n") ==
        file + ":5: petition.day_mode: 'weekdays' is neither \"calendar\" nor \"working\"");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\ndivision_code = \"4306\"\n") ==
        file + ":3: subdistrict.division_code: '4306' is not a 6, 9 or 12 digit division code");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[renovation]\nquorum_ratio = \"3/2\"\n") ==
        file + ":4: renovation.quorum_ratio: must be greater than 0 and at most 1");
  CHECK(config_error(dir,
                     "[subdistrict]\nname = \"x\"\n[[sensitive_periods]]\nname = \"两会\"\nfrom = 2026-03-15\n"
                     "to = 2026-03-01\n") == file + ":6: sensitive_periods.to: 2026-03-01 is before from 2026-03-15");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[petiton]\n") ==
        file + ":3: petiton: unknown setting; did you mean 'petition'?");
  CHECK(config_error(dir, "[subdistrict]\ndivision_code = \"430602\"\n") ==
        file + ":1: subdistrict.name: missing: the sub-district's name is required");
  CHECK(config_error(dir, "[subdistrict\n").rfind(file + ":1: ", 0) == 0);
}

TEST_CASE("workspace::load_settings: a missing file is missing input, not bad settings")
{
  test::TempDir dir;
  CHECK_THROWS_AS(workspace::load_settings(dir.path() / "dongmao.toml"), InputMissing);
}

TEST_CASE("workspace::init creates a workspace that opens, and refuses to overwrite one")
{
  test::TempDir dir;
  const auto result = workspace::init({dir.path(), "东茅岭街道", "430602", false});
  CHECK(result.created_settings);
  CHECK(result.created_database);
  CHECK(result.schema_version >= 4);
  CHECK((std::filesystem::status(dir.path() / "dongmao.db").permissions() & std::filesystem::perms::others_read) ==
        std::filesystem::perms::none);
  workspace::Workspace ws(dir.path(), workspace::Workspace::Access::read);
  CHECK(ws.settings().name == "东茅岭街道");
  CHECK(ws.settings().division_code == "430602");
  CHECK_THROWS_AS(workspace::init({dir.path(), "东茅岭街道", "430602", false}), CannotCreate);
  const auto again = workspace::init({dir.path(), "东茅岭街道", "430602", true});
  CHECK_FALSE(again.created_settings);
  CHECK_FALSE(again.created_database);
}

TEST_CASE("workspace::locate: -w, then the environment, then the nearest parent with dongmao.toml")
{
  test::TempDir dir;
  workspace::init({dir.path() / "ws", "东茅岭街道", "", false});
  std::filesystem::create_directories(dir.path() / "ws" / "a" / "b");
  const auto ws = dir.path() / "ws";
  CHECK(workspace::locate(std::nullopt, std::nullopt, ws / "a" / "b") == ws);
  CHECK(workspace::locate(ws, std::filesystem::path("/nonexistent"), dir.path()) == ws);
  CHECK(workspace::locate(std::nullopt, ws, dir.path()) == ws);
  CHECK_THROWS_AS(workspace::locate(std::nullopt, std::nullopt, dir.path()), InputMissing);
}

TEST_CASE("workspace::load_settings reads the [indicators] register and names a bad kind")
{
  test::TempDir dir;
  const auto path =
    dir.write("dongmao.toml", "[subdistrict]\nname = \"x\"\n[indicators]\n\"常住人口\" = \"时点\"\n"
                              "\"垃圾分类参与率\" = { kind = \"rate\", unit = \"%\", weight = \"常住人口\" }\n");
  const auto settings = workspace::load_settings(path);
  REQUIRE(settings.indicators.size() == 2);
  CHECK(settings.indicators.at("常住人口").kind == figures::IndicatorKind::stock);
  const auto& rate = settings.indicators.at("垃圾分类参与率");
  CHECK(rate.kind == figures::IndicatorKind::rate);
  CHECK(rate.unit == "%");
  CHECK(rate.weight == "常住人口");

  const auto file = path.string();
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[indicators]\n\"率\" = 3\n") ==
        file + " 第4行 [indicators] 率：应为 \"flow\"、\"stock\"、\"rate\" 或表 { kind, unit, weight }");
  const LangScope en(text::Lang::en);
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[indicators]\n\"常住人口\" = \"level\"\n") ==
        file + ":4: indicators.常住人口: 'level' is not a kind: flow (累计), stock (时点) or rate (比率)");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[indicators]\n\"率\" = { kind = \"rate\", scale = 2 }\n") ==
        file + ":4: indicators.率.scale: unknown setting (kind, unit or weight)");
  CHECK(config_error(dir, "[subdistrict]\nname = \"x\"\n[indicators]\n\"率\" = 3\n") ==
        file + ":4: indicators.率: expected \"flow\", \"stock\", \"rate\" or a table { kind, unit, weight }");
}
