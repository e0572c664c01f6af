#include "lang_scope.hpp"

#include <dongmao/project/consent.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace dongmao::project;

namespace {

ConsentTally tally(int agree, int disagree, int pending, double area = 100.0)
{
  ConsentTally t;
  for (int i = 0; i < agree; ++i) {
    t.add(Consent::agree, area);
  }
  for (int i = 0; i < disagree; ++i) {
    t.add(Consent::disagree, area);
  }
  for (int i = 0; i < pending; ++i) {
    t.add(Consent::pending, area);
  }
  return t;
}

} // namespace

TEST_CASE("project::consent codes")
{
  CHECK(consent_from_code("agree") == Consent::agree);
  CHECK(consent_from_code("disagree") == Consent::disagree);
  CHECK(consent_from_code("pending") == Consent::pending);
  CHECK(consent_from_code("") == Consent::pending);
  CHECK(std::string(consent_code(Consent::disagree)) == "disagree");
  CHECK(std::string(consent_label(Consent::agree)) == "同意");
}

TEST_CASE("project::evaluate_consent says why in Chinese by default")
{
  CHECK(evaluate_consent(tally(7, 0, 5), 2.0 / 3.0, 3.0 / 4.0).reason ==
        "参与表决未达要求：按户数58.3%、按面积58.3%参与，各需66.7%");
  CHECK(evaluate_consent(tally(6, 2, 4), 2.0 / 3.0, 3.0 / 4.0).reason ==
        "参与和同意均达要求：按户数66.7%、按面积66.7%参与；其中按户数75.0%、按面积75.0%同意");
  CHECK(evaluate_consent(ConsentTally{}, 2.0 / 3.0, 3.0 / 4.0).reason == "没有纳入的住户");
}

TEST_CASE("project::evaluate_consent")
{
  const LangScope en(dongmao::text::Lang::en);
  SUBCASE("exactly two thirds take part and exactly three quarters agree")
  {
    // 12 households: 8 take part (2/3), 6 of them agree (3/4).
    const auto r = evaluate_consent(tally(6, 2, 4), 2.0 / 3.0, 3.0 / 4.0);
    CHECK(r.tally.households == 12);
    CHECK(r.participation_by_count == doctest::Approx(2.0 / 3.0));
    CHECK(r.participation_by_area == doctest::Approx(2.0 / 3.0));
    CHECK(r.agreement_by_count == doctest::Approx(0.75));
    CHECK(r.quorum_met);
    CHECK(r.agreement_met);
    CHECK(r.may_proceed);
    CHECK(r.reason.find("quorum and agreement met") == 0);
  }
  SUBCASE("quorum missed by headcount")
  {
    const auto r = evaluate_consent(tally(7, 0, 5), 2.0 / 3.0, 3.0 / 4.0);
    CHECK_FALSE(r.quorum_met);
    CHECK_FALSE(r.may_proceed);
    CHECK(r.reason == "quorum not met: 58.3% of owners and 58.3% of floor area took part, 66.7% of each needed");
  }
  SUBCASE("quorum by headcount but not by area")
  {
    ConsentTally t;
    t.add(Consent::agree, 10.0);
    t.add(Consent::agree, 10.0);
    t.add(Consent::pending, 100.0);
    const auto r = evaluate_consent(t, 2.0 / 3.0, 3.0 / 4.0);
    CHECK(r.participation_by_count == doctest::Approx(2.0 / 3.0));
    CHECK(r.participation_by_area == doctest::Approx(20.0 / 120.0));
    CHECK_FALSE(r.quorum_met);
  }
  SUBCASE("agreement missed")
  {
    const auto r = evaluate_consent(tally(5, 3, 0), 2.0 / 3.0, 3.0 / 4.0);
    CHECK(r.quorum_met);
    CHECK_FALSE(r.agreement_met);
    CHECK(r.reason ==
          "agreement not met: 62.5% of participating owners and 62.5% of their floor area agree, 75.0% of each needed");
  }
  SUBCASE("unknown areas block the verdict")
  {
    auto t = tally(10, 0, 0);
    t.add(Consent::agree, std::nullopt);
    const auto r = evaluate_consent(t, 2.0 / 3.0, 3.0 / 4.0);
    CHECK(r.tally.area_unknown == 1);
    CHECK_FALSE(r.may_proceed);
    CHECK(r.reason == "floor area unknown for 1 of 11 households: the area shares cannot be judged");
  }
  SUBCASE("nobody enrolled")
  {
    const auto r = evaluate_consent(ConsentTally{}, 2.0 / 3.0, 3.0 / 4.0);
    CHECK_FALSE(r.may_proceed);
    CHECK(r.reason == "no households enrolled");
  }
}
