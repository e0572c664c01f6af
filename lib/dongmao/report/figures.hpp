#pragma once

#include <dongmao/figures/report.hpp>

// The report model lives below the store, which fills it; report code builds, merges and
// renders it under its own namespace's names.
namespace dongmao::report {

// The model's plain structs, as report:: names.
using figures::DraftBlock;
using figures::Incident;
using figures::MetricFigure;
using figures::OverdueCase;
using figures::Overview;
using figures::Period;
using figures::PetitionFigures;
using figures::ProjectFigures;
using figures::RankingRow;
using figures::RegisteredOrganisations;
using figures::Report;
using figures::SensitiveCount;
using figures::UnitFigures;
using figures::UnitTally;

} // namespace dongmao::report
