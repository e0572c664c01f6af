#pragma once

#include <dongmao/report/figures.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

// Where a sub-district stands among others on each indicator (位居全区第三).
namespace dongmao::report {

// The figure an indicator is ranked by: a flow's total for the year to date, a stock's latest
// value, a rate's value in the period; none when missing.
std::optional<double> ranking_value(const MetricFigure& metric);

// The rank of each of `values`, highest first; equal values share a rank (1, 2, 2, 4) and a
// missing value has none.
std::vector<std::optional<std::int64_t>> competition_ranks(const std::vector<std::optional<double>>& values);

// Gives each sub-district-wide row of `metrics` its rank and rank_of among itself and the
// sub-district-wide rows of `peers` (the same indicator and unit); a peer without the figure
// is not ranked.
void rank_among(std::vector<MetricFigure>& metrics, const std::vector<std::vector<MetricFigure>>& peers);

// The district's ranking of `parts` (each a sub-district's report) per indicator, in the
// order of the indicators' names, then by rank.
std::vector<RankingRow> district_ranking(const std::vector<Report>& parts);

// The workspaces `paths` name: each that is a workspace, or those directly inside a directory
// holding some, leaving out `own`. Throws InputMissing naming a path that is neither.
std::vector<std::filesystem::path> peer_workspaces(const std::vector<std::filesystem::path>& paths,
                                                   const std::filesystem::path& own);

// Ranks `report`, the report of `own`, among the sub-districts of the workspaces `paths` name
// (peer_workspaces), each opened read-only and counted once: a copy of `own`, or a second copy
// of a peer, is no other sub-district.
void rank_among_peers(Report& report, const workspace::Workspace& own, const std::vector<std::filesystem::path>& paths);

} // namespace dongmao::report
