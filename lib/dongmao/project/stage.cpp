#include <dongmao/project/stage.hpp>
#include <dongmao/text/project.hpp>

namespace dongmao::project {

namespace {

// Which work a stage belongs to: surveyed and withdrawn to both.
enum class Path
{
  both,
  expropriation,
  remediation,
};

struct StageInfo
{
  Stage stage;
  const char* code;
  const char* label;
  Path path;
  int rank; // position on its path; withdrawn has none
};

constexpr std::array<StageInfo, 9> k_info = {{
  {Stage::surveyed, "surveyed", "入户调查", Path::both, 0},
  {Stage::assessed, "assessed", "已评估", Path::expropriation, 1},
  {Stage::negotiating, "negotiating", "谈判中", Path::expropriation, 2},
  {Stage::signed_, "signed", "已签约", Path::expropriation, 3},
  {Stage::vacated, "vacated", "已腾房", Path::expropriation, 4},
  {Stage::demolished, "demolished", "已拆除", Path::expropriation, 5},
  {Stage::remediating, "remediating", "整改中", Path::remediation, 1},
  {Stage::remediated, "remediated", "已整治", Path::remediation, 2},
  {Stage::withdrawn, "withdrawn", "已退出", Path::both, -1},
}};

const StageInfo& info(Stage stage)
{
  return k_info[static_cast<std::size_t>(stage)];
}

int rank(Stage stage)
{
  return info(stage).rank;
}

bool same_path(Stage a, Stage b)
{
  return info(a).path == Path::both || info(b).path == Path::both || info(a).path == info(b).path;
}

Path path_of_kind(std::string_view kind)
{
  return kind == "remediation" ? Path::remediation : Path::expropriation;
}

// A stage as a message names it: its Chinese label, or its code in English.
std::string shown(Stage stage)
{
  return text::format(text::k_stage_quoted, text::lang() == text::Lang::en ? info(stage).code : info(stage).label);
}

} // namespace

std::vector<Stage> stages_of_kind(std::string_view kind)
{
  std::vector<Stage> stages;
  for (const auto stage : k_stages) {
    if (stage_fits_kind(stage, kind)) {
      stages.push_back(stage);
    }
  }
  return stages;
}

bool stage_fits_kind(Stage stage, std::string_view kind)
{
  return info(stage).path == Path::both || info(stage).path == path_of_kind(kind);
}

const char* stage_code(Stage stage)
{
  return info(stage).code;
}

std::optional<Stage> stage_from_code(std::string_view code)
{
  for (const auto& info : k_info) {
    if (code == info.code) {
      return info.stage;
    }
  }
  return std::nullopt;
}

const char* stage_label(Stage stage)
{
  return info(stage).label;
}

bool counts_as_signed(Stage stage)
{
  return at_or_beyond(stage, Stage::signed_);
}

bool at_or_beyond(Stage stage, Stage floor)
{
  return stage != Stage::withdrawn && floor != Stage::withdrawn && same_path(stage, floor) &&
         rank(stage) >= rank(floor);
}

Step classify_step(Stage from, Stage to)
{
  if (from == to) {
    return Step::same;
  }
  if (to == Stage::withdrawn) {
    return Step::withdraw;
  }
  if (from == Stage::withdrawn) {
    return Step::rejoin;
  }
  if (!same_path(from, to)) {
    // From one path to the other is a correction of the project's kind, never progress.
    return Step::backward;
  }
  if (rank(to) == rank(from) + 1) {
    return Step::next;
  }
  return rank(to) > rank(from) ? Step::skip : Step::backward;
}

std::optional<std::string> step_needs_force(Stage from, Stage to)
{
  switch (classify_step(from, to)) {
  case Step::next:
    return std::nullopt;
  case Step::same:
    return text::format(text::k_stage_same, shown(to));
  case Step::skip: {
    std::string skipped;
    for (const auto stage : k_stages) {
      if (stage != to && same_path(stage, to) && at_or_beyond(stage, from) && at_or_beyond(to, stage) &&
          stage != from) {
        skipped += (skipped.empty() ? "" : text::format(text::k_stage_list_separator)) + shown(stage);
      }
    }
    return text::format(text::k_stage_skip, skipped, shown(from), shown(to));
  }
  case Step::backward:
    return text::format(text::k_stage_back, shown(from), shown(to));
  case Step::withdraw:
    if (counts_as_signed(from)) {
      return text::format(text::k_stage_withdraw_signed, shown(from));
    }
    return std::nullopt;
  case Step::rejoin:
    return text::format(text::k_stage_rejoin, shown(to));
  }
  return std::nullopt;
}

std::optional<std::string> date_problem(Stage to, domain::Date date, const std::vector<StageEvent>& events,
                                        domain::Date today)
{
  if (date > today) {
    return text::format(text::k_date_after_today, date.iso(), today.iso());
  }
  // The latest date of each earlier stage bounds this one from below.
  const StageEvent* bound = nullptr;
  for (const auto& event : events) {
    const bool earlier =
      to == Stage::withdrawn ? event.stage != Stage::withdrawn : at_or_beyond(to, event.stage) && event.stage != to;
    if (earlier && date < event.date && (!bound || event.date > bound->date)) {
      bound = &event;
    }
  }
  if (bound) {
    return text::format(text::k_stage_date_before, shown(to), date.iso(), shown(bound->stage), bound->date.iso());
  }
  return std::nullopt;
}

std::optional<domain::Date> stage_reached_on(Stage stage, Stage current, const std::vector<StageEvent>& events)
{
  if (!at_or_beyond(current, stage)) {
    return std::nullopt;
  }
  const StageEvent* reached = nullptr;
  for (const auto& event : events) {
    if (!at_or_beyond(event.stage, stage)) {
      // The household stood before `stage` again: earlier events no longer hold.
      reached = nullptr;
    } else if (event.stage == stage && (!reached || event.recorded >= reached->recorded)) {
      reached = &event;
    }
  }
  return reached ? std::optional<domain::Date>(reached->date) : std::nullopt;
}

std::optional<domain::Date> signing_date(Stage current, const std::vector<StageEvent>& events)
{
  return stage_reached_on(Stage::signed_, current, events);
}

} // namespace dongmao::project
