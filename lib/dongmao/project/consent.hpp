#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Resident consent in a renovation project, against 民法典 Art. 278: a decision needs owners
// of at least the quorum share (2/3) of the floor area and of the headcount to take part,
// and a rebuilding decision the agreement of at least 3/4 of the participating area and
// participating owners. Each enrolled household counts as one owner.
namespace dongmao::project {

// A household's answer.
enum class Consent
{
  agree,
  disagree,
  pending, // not asked yet or no answer: does not take part
};

// Consent thresholds of 民法典 Art. 278, as fractions in (0, 1].
struct RenovationRules
{
  double quorum_ratio = 2.0 / 3.0;  // participating owners and area, of all
  double rebuild_ratio = 3.0 / 4.0; // agreeing owners and area, of participants
};

// The English code the database stores.
const char* consent_code(Consent consent);

// The consent of a stored code; NULL and unknown codes are pending.
Consent consent_from_code(std::string_view code);

// The label staff read: 同意, 不同意, 未表态.
const char* consent_label(Consent consent);

// The answers of a project's enrolled households, added up.
struct ConsentTally
{
  std::int64_t households = 0;
  std::int64_t agree = 0;
  std::int64_t disagree = 0;
  std::int64_t pending = 0;
  std::int64_t area_unknown = 0; // households without a floor area
  double area_total = 0.0;
  double area_agree = 0.0;
  double area_disagree = 0.0;

  // Adds one household's answer and floor area (㎡, if known).
  void add(Consent consent, std::optional<double> area);
};

// The shares of a tally and the verdict against the thresholds.
struct ConsentResult
{
  ConsentTally tally;
  double quorum_ratio = 0.0; // the thresholds applied
  double rebuild_ratio = 0.0;
  double participation_by_count = 0.0; // (agree + disagree) / households
  double participation_by_area = 0.0;  // their area / all area
  double agreement_by_count = 0.0;     // agree / participants
  double agreement_by_area = 0.0;      // agreeing area / participating area
  bool quorum_met = false;
  bool agreement_met = false;
  bool may_proceed = false;
  std::string reason; // one line: why it may or may not proceed
};

// Judges `tally` against `quorum_ratio` and `rebuild_ratio` (fractions in (0, 1]). Shares at
// the threshold pass. Unknown floor areas block a verdict: the area test cannot be made.
ConsentResult evaluate_consent(const ConsentTally& tally, double quorum_ratio, double rebuild_ratio);

} // namespace dongmao::project
