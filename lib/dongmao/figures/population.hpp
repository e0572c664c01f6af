#pragma once

#include <dongmao/figures/report.hpp>

// 基本情况's population when no ledger gave one: the stock indicators of the report's period.
namespace dongmao::figures {

// Puts `overview` into `report`. When neither persons nor household members were imported,
// the population comes from the report's 常住人口 indicator (else 户籍人口 plus 流动人口), which
// also fill the residents by type; the notes say where it came from and what was never imported.
void fill_overview(Report& report, OverviewFigures overview);

} // namespace dongmao::figures
