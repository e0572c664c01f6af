#include <dongmao/project/consent.hpp>
#include <dongmao/text/project.hpp>

#include <fmt/format.h>

namespace dongmao::project {

namespace {

double ratio(double part, double whole)
{
  return whole > 0.0 ? part / whole : 0.0;
}

// Shares are compared with a little slack so that exactly 2 of 3 meets a 2/3 threshold.
bool meets(double share, double threshold)
{
  return share + 1e-9 >= threshold;
}

std::string pct(double share)
{
  return fmt::format("{:.1f}%", share * 100.0);
}

} // namespace

const char* consent_code(Consent consent)
{
  switch (consent) {
  case Consent::agree:
    return "agree";
  case Consent::disagree:
    return "disagree";
  case Consent::pending:
    return "pending";
  }
  return "pending";
}

Consent consent_from_code(std::string_view code)
{
  if (code == "agree") {
    return Consent::agree;
  }
  if (code == "disagree") {
    return Consent::disagree;
  }
  return Consent::pending;
}

const char* consent_label(Consent consent)
{
  switch (consent) {
  case Consent::agree:
    return "同意";
  case Consent::disagree:
    return "不同意";
  case Consent::pending:
    return "未表态";
  }
  return "未表态";
}

void ConsentTally::add(Consent consent, std::optional<double> area)
{
  ++households;
  const double a = area.value_or(0.0);
  if (!area) {
    ++area_unknown;
  }
  area_total += a;
  switch (consent) {
  case Consent::agree:
    ++agree;
    area_agree += a;
    break;
  case Consent::disagree:
    ++disagree;
    area_disagree += a;
    break;
  case Consent::pending:
    ++pending;
    break;
  }
}

ConsentResult evaluate_consent(const ConsentTally& tally, double quorum_ratio, double rebuild_ratio)
{
  ConsentResult result;
  result.tally = tally;
  result.quorum_ratio = quorum_ratio;
  result.rebuild_ratio = rebuild_ratio;
  const auto participants = tally.agree + tally.disagree;
  const double participating_area = tally.area_agree + tally.area_disagree;
  result.participation_by_count = ratio(static_cast<double>(participants), static_cast<double>(tally.households));
  result.participation_by_area = ratio(participating_area, tally.area_total);
  result.agreement_by_count = ratio(static_cast<double>(tally.agree), static_cast<double>(participants));
  result.agreement_by_area = ratio(tally.area_agree, participating_area);
  result.quorum_met = tally.households > 0 && tally.area_unknown == 0 &&
                      meets(result.participation_by_count, quorum_ratio) &&
                      meets(result.participation_by_area, quorum_ratio);
  result.agreement_met = result.quorum_met && meets(result.agreement_by_count, rebuild_ratio) &&
                         meets(result.agreement_by_area, rebuild_ratio);
  result.may_proceed = result.agreement_met;

  if (tally.households == 0) {
    result.reason = text::format(text::k_consent_nobody);
  } else if (tally.area_unknown > 0) {
    result.reason = text::format(text::k_consent_area_unknown, tally.area_unknown, tally.households);
  } else if (!result.quorum_met) {
    result.reason = text::format(text::k_consent_no_quorum, pct(result.participation_by_count),
                                 pct(result.participation_by_area), pct(quorum_ratio));
  } else if (!result.agreement_met) {
    result.reason = text::format(text::k_consent_no_agreement, pct(result.agreement_by_count),
                                 pct(result.agreement_by_area), pct(rebuild_ratio));
  } else {
    result.reason =
      text::format(text::k_consent_met, pct(result.participation_by_count), pct(result.participation_by_area),
                   pct(result.agreement_by_count), pct(result.agreement_by_area));
  }
  return result;
}

} // namespace dongmao::project
