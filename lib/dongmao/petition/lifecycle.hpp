#pragma once

#include <dongmao/domain/date.hpp>
#include <dongmao/petition/facts.hpp>
#include <dongmao/petition/rules.hpp>

#include <optional>

// The order in which a case may move, as a pure function over its facts:
//   received ─accept→ accepted ─answer→ answered ─review→ reviewing ─answer→ answered
//      │                 └─extend (once, ≤ extension_max_days, before the handling deadline)
//      └─decline→ declined                answered ─recheck→ rechecking ─answer→ answered
//   answered | declined ─close→ closed ─reopen→ the status it was closed from
//   declined ─reopen→ received (the decline is withdrawn)
// 复查 needs an answer and 复核 a 复查 opinion, each asked for within its window; a 复核
// opinion is final (Art. 36), so nothing more can be asked after it.
namespace dongmao::petition {

// One step as the user asks for it.
struct Step
{
  Action action = Action::accept;
  domain::Date date;              // when it happened
  int extension_days = 0;         // for extend
  std::optional<Outcome> outcome; // for answer
};

// The facts after `step`. Throws DataError (exit 65) saying why the step is out of order,
// out of range (a second extension, more than the maximum) or misdated (after `today`, or
// before the case's latest step).
PetitionFacts apply_step(const PetitionFacts& facts, const Step& step, const PetitionRules& rules, domain::Date today);

// The status a closed case had before closing, which `reopen` restores.
Status status_before_close(const PetitionFacts& facts);

} // namespace dongmao::petition
