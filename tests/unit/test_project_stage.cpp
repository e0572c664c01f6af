#include "lang_scope.hpp"

#include <dongmao/project/stage.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace dongmao::project;
using dongmao::domain::Date;

namespace {

Date d(int month, int day)
{
  return Date{2026, month, day};
}

std::string needs(Stage from, Stage to)
{
  return step_needs_force(from, to).value_or("ok");
}

std::string problem(Stage to, Date date, const std::vector<StageEvent>& events)
{
  return date_problem(to, date, events, d(11, 27)).value_or("ok");
}

} // namespace

TEST_CASE("project::stage codes and labels")
{
  for (const auto stage : k_stages) {
    CHECK(stage_from_code(stage_code(stage)) == stage);
  }
  CHECK(std::string(stage_code(Stage::signed_)) == "signed");
  CHECK(std::string(stage_label(Stage::signed_)) == "已签约");
  CHECK(std::string(stage_label(Stage::withdrawn)) == "已退出");
  CHECK_FALSE(stage_from_code("已签约"));
  CHECK_FALSE(stage_from_code("Signed"));
}

TEST_CASE("project::counts_as_signed")
{
  CHECK_FALSE(counts_as_signed(Stage::surveyed));
  CHECK_FALSE(counts_as_signed(Stage::negotiating));
  CHECK(counts_as_signed(Stage::signed_));
  CHECK(counts_as_signed(Stage::vacated));
  CHECK(counts_as_signed(Stage::demolished));
  CHECK_FALSE(counts_as_signed(Stage::withdrawn));
  CHECK(at_or_beyond(Stage::demolished, Stage::vacated));
  CHECK_FALSE(at_or_beyond(Stage::signed_, Stage::vacated));
  CHECK_FALSE(at_or_beyond(Stage::withdrawn, Stage::surveyed));
}

TEST_CASE("project::classify_step and step_needs_force")
{
  CHECK(classify_step(Stage::surveyed, Stage::assessed) == Step::next);
  CHECK(classify_step(Stage::surveyed, Stage::negotiating) == Step::skip);
  CHECK(classify_step(Stage::signed_, Stage::negotiating) == Step::backward);
  CHECK(classify_step(Stage::signed_, Stage::signed_) == Step::same);
  CHECK(classify_step(Stage::assessed, Stage::withdrawn) == Step::withdraw);
  CHECK(classify_step(Stage::withdrawn, Stage::negotiating) == Step::rejoin);

  CHECK(needs(Stage::negotiating, Stage::signed_) == "ok");
  CHECK(needs(Stage::signed_, Stage::vacated) == "ok");
  CHECK(needs(Stage::negotiating, Stage::withdrawn) == "ok");
  CHECK(needs(Stage::surveyed, Stage::signed_) == "会从“入户调查”直接到“已签约”，跳过“已评估”、“谈判中”");
  CHECK(needs(Stage::signed_, Stage::negotiating) == "会从“已签约”退回“谈判中”");
  CHECK(needs(Stage::signed_, Stage::signed_) == "已是“已签约”");
  CHECK(needs(Stage::vacated, Stage::withdrawn) == "会让已到“已腾房”的住户退出");
  CHECK(needs(Stage::withdrawn, Stage::surveyed) == "会让已退出的住户回到“入户调查”");

  const LangScope en(dongmao::text::Lang::en);
  CHECK(needs(Stage::surveyed, Stage::signed_) ==
        "would skip assessed, negotiating on the way from surveyed to signed");
  CHECK(needs(Stage::signed_, Stage::negotiating) == "would move back from signed to negotiating");
  CHECK(needs(Stage::signed_, Stage::signed_) == "is already signed");
  CHECK(needs(Stage::vacated, Stage::withdrawn) == "would withdraw a household that has already vacated");
  CHECK(needs(Stage::withdrawn, Stage::surveyed) == "would bring a withdrawn household back at surveyed");
}

TEST_CASE("project::date_problem")
{
  const std::vector<StageEvent> events = {{Stage::surveyed, d(11, 1)}, {Stage::assessed, d(11, 5)}};
  CHECK(problem(Stage::negotiating, d(11, 5), events) == "ok");
  CHECK(problem(Stage::negotiating, d(11, 27), events) == "ok");
  CHECK(problem(Stage::negotiating, d(11, 28), events) == "2026-11-28晚于今天（2026-11-27）");
  CHECK(problem(Stage::signed_, d(11, 3), events) == "“已签约”日期2026-11-03早于“已评估”日期2026-11-05");

  const LangScope en(dongmao::text::Lang::en);
  CHECK(problem(Stage::negotiating, d(11, 28), events) == "2026-11-28 is after today (2026-11-27)");
  CHECK(problem(Stage::signed_, d(11, 3), events) == "signed date 2026-11-03 is before the assessed date 2026-11-05");
  CHECK(problem(Stage::signed_, d(10, 3), events) == "signed date 2026-10-03 is before the assessed date 2026-11-05");
  // A later stage's date does not bound a move back to an earlier one.
  const std::vector<StageEvent> signed_events = {{Stage::surveyed, d(11, 1)}, {Stage::signed_, d(11, 20)}};
  CHECK(problem(Stage::negotiating, d(11, 10), signed_events) == "ok");
  // Re-dating a stage is bounded by the earlier stages only, not by its own old date.
  CHECK(problem(Stage::signed_, d(11, 2), signed_events) == "ok");
  CHECK(problem(Stage::withdrawn, d(11, 19), signed_events) ==
        "withdrawn date 2026-11-19 is before the signed date 2026-11-20");
  CHECK(problem(Stage::surveyed, d(11, 1), {}) == "ok");
}

TEST_CASE("project::signing_date")
{
  CHECK_FALSE(signing_date(Stage::negotiating, {{Stage::signed_, d(11, 1)}}));
  CHECK(signing_date(Stage::signed_, {{Stage::surveyed, d(10, 1)}, {Stage::signed_, d(11, 1)}}) == d(11, 1));
  // Vacating after signing keeps the signing date.
  CHECK(signing_date(Stage::vacated, {{Stage::signed_, d(11, 1)}, {Stage::vacated, d(11, 9)}}) == d(11, 1));
  // A ledger with only a vacating date: signed, but a vacating is not a signing.
  CHECK_FALSE(signing_date(Stage::vacated, {{Stage::surveyed, d(10, 1)}, {Stage::vacated, d(11, 9)}}));
  // Signed, corrected back, signed again: the later signing counts.
  CHECK(signing_date(Stage::signed_,
                     {{Stage::signed_, d(11, 1)}, {Stage::negotiating, d(11, 2)}, {Stage::signed_, d(11, 8)}}) ==
        d(11, 8));
  CHECK_FALSE(signing_date(Stage::signed_, {{Stage::surveyed, d(10, 1)}}));
}

TEST_CASE("project::remediation stages")
{
  CHECK(std::string(stage_label(Stage::remediated)) == "已整治");
  CHECK(stage_fits_kind(Stage::remediating, "remediation"));
  CHECK(stage_fits_kind(Stage::surveyed, "remediation"));
  CHECK(stage_fits_kind(Stage::withdrawn, "remediation"));
  CHECK_FALSE(stage_fits_kind(Stage::signed_, "remediation"));
  CHECK_FALSE(stage_fits_kind(Stage::remediated, "buyout"));
  CHECK(stages_of_kind("remediation") ==
        std::vector<Stage>{Stage::surveyed, Stage::remediating, Stage::remediated, Stage::withdrawn});
  CHECK(stages_of_kind("shantytown").size() == 7);

  CHECK_FALSE(counts_as_signed(Stage::remediated));
  CHECK(at_or_beyond(Stage::remediated, Stage::remediating));
  CHECK_FALSE(at_or_beyond(Stage::remediated, Stage::signed_));
  CHECK_FALSE(at_or_beyond(Stage::demolished, Stage::remediating));
  CHECK(classify_step(Stage::surveyed, Stage::remediating) == Step::next);
  CHECK(classify_step(Stage::remediating, Stage::remediated) == Step::next);
  CHECK(classify_step(Stage::signed_, Stage::remediated) == Step::backward);
  CHECK(needs(Stage::surveyed, Stage::remediated) == "会从“入户调查”直接到“已整治”，跳过“整改中”");
  CHECK(needs(Stage::remediated, Stage::remediating) == "会从“已整治”退回“整改中”");

  const std::vector<StageEvent> events = {{Stage::remediating, d(11, 4), 1}, {Stage::remediated, d(11, 20), 2}};
  CHECK(stage_reached_on(Stage::remediated, Stage::remediated, events) == d(11, 20));
  CHECK(problem(Stage::remediated, d(11, 3), {{Stage::remediating, d(11, 4), 1}}) ==
        "“已整治”日期2026-11-03早于“整改中”日期2026-11-04");
}
