#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/petition/labels.hpp>

#include <optional>

namespace dongmao::petition {

// What the deadline and lifecycle rules need to know about one case: its status and the
// date of each step taken. Built from a petition row; changed only by apply_step.
struct PetitionFacts
{
  Status status = Status::received;
  domain::Date received;
  std::optional<domain::Date> accepted;
  std::optional<domain::Date> declined;
  int extension_days = 0; // 0 until the one extension Art. 34 allows
  std::optional<domain::Date> answered;
  std::optional<Outcome> outcome;
  std::optional<domain::Date> review_requested; // 复查 asked for
  std::optional<domain::Date> review_answered;  // 复查 opinion given
  std::optional<Outcome> review_outcome;
  std::optional<domain::Date> recheck_requested; // 复核 asked for
  std::optional<domain::Date> recheck_answered;  // 复核 opinion given
  std::optional<Outcome> recheck_outcome;
  std::optional<domain::Date> closed;
  // The date of the latest recorded step: no new step may be dated before it.
  std::optional<domain::Date> latest_event;
};

} // namespace dongmao::petition
