#pragma once

#include <dongmao/domain/date.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The stages of a household in a project and the rules for moving between them. Practice, not
// statute (DESIGN.md): an expropriation or buy-out goes surveyed → assessed → negotiating →
// signed → vacated → demolished; a remediation (整治) goes surveyed (摸排) → remediating
// (整改中) → remediated (已整治); withdrawn is a side exit of both.
namespace dongmao::project {

// Where a household stands in one project; each path's stages in the order of the work.
enum class Stage
{
  surveyed,
  assessed,
  negotiating,
  signed_, // "signed" (`signed` is a C++ keyword)
  vacated,
  demolished,
  remediating,
  remediated,
  withdrawn,
};

// Every stage in order, withdrawn last: the order of by-stage counts.
inline constexpr std::array<Stage, 9> k_stages = {Stage::surveyed,    Stage::assessed,   Stage::negotiating,
                                                  Stage::signed_,     Stage::vacated,    Stage::demolished,
                                                  Stage::remediating, Stage::remediated, Stage::withdrawn};

// The stages a project of `kind` (the stored code) uses, in by-stage order: a remediation's
// surveyed, remediating, remediated, withdrawn; every other kind's the expropriation path.
std::vector<Stage> stages_of_kind(std::string_view kind);

// Whether a household of a project of `kind` may stand at `stage`.
bool stage_fits_kind(Stage stage, std::string_view kind);

// The English code the database stores: "signed".
const char* stage_code(Stage stage);

// The stage of a stored code, or nullopt for anything else.
std::optional<Stage> stage_from_code(std::string_view code);

// The label staff read in tables and CSV (已签约); the enrollments mapping accepts it back.
const char* stage_label(Stage stage);

// "signed" counts every household at signed or beyond (vacated, demolished).
bool counts_as_signed(Stage stage);

// Whether `stage` is `floor` or later on the path they share (surveyed starts both); withdrawn
// never is, nor is a stage of the other path.
bool at_or_beyond(Stage stage, Stage floor);

// What a move from one stage to another is.
enum class Step
{
  same,     // the stage again: a correction of its date
  next,     // one stage forward
  skip,     // forward past one or more stages
  backward, // back along the main path
  withdraw, // to withdrawn
  rejoin,   // from withdrawn back onto the main path
};

// Classifies the move from → to.
Step classify_step(Stage from, Stage to);

// Why the move from → to needs --force (and a note), or nullopt when it is ordinary: one
// stage forward, or withdrawing before signing. Corrections happen, so nothing is forbidden
// outright; they are only made deliberate.
std::optional<std::string> step_needs_force(Stage from, Stage to);

// One recorded stage event of an enrollment.
struct StageEvent
{
  Stage stage = Stage::surveyed;
  domain::Date date;
  std::int64_t recorded =
    0; // recording order (the event's id): a re-dated signing is recorded after the one it corrects
};

// Why `date` cannot be the effective date of a move to `to`, or nullopt. A date may not lie
// after `today`, nor before the latest date of any earlier stage among `events` (a signing
// before the survey is impossible); a withdrawal may not precede any recorded event.
std::optional<std::string> date_problem(Stage to, domain::Date date, const std::vector<StageEvent>& events,
                                        domain::Date today);

// The date a household now at `current` reached `stage` (signed, vacated, demolished), from
// its events in (effective date, recording) order: of the `stage` events after the last event
// before `stage`, the one recorded last (a correction re-dates or repeats the earlier ones).
// nullopt when `current` is not at or beyond `stage`, or no such event says when: only an
// event of `stage` itself dates it (a vacating is not a signing).
std::optional<domain::Date> stage_reached_on(Stage stage, Stage current, const std::vector<StageEvent>& events);

// The date of the signing in force of a household now at `current`: stage_reached_on(signed).
// A household signed, moved back and signed again is dated by its last signing; one moved
// back and not signed again has none; one that only vacated (腾房 with no dated 签约) has none.
std::optional<domain::Date> signing_date(Stage current, const std::vector<StageEvent>& events);

} // namespace dongmao::project
