#pragma once

#include <dongmao/workspace/settings.hpp>

#include <string>
#include <string_view>

// Lookups into the [petition] settings that several commands share.
namespace dongmao::petition {

// The configured category `text` means: an exact match, else the one category starting
// with or containing it (租赁 → 租赁纠纷). Any text is accepted when no categories are
// configured. Throws DataError naming the closest known category otherwise.
std::string match_category(std::string_view text, const workspace::PetitionRules& rules);

// Whether `category` is urgent (非正常死亡 …): its incident times are recorded.
bool is_urgent(std::string_view category, const workspace::PetitionRules& rules);

// Whether `people` make a group case (集体访).
bool is_group(int people, const workspace::PetitionRules& rules);

// The sensitive period named `name`, matched like a category (两会 → 两会特护期). Throws
// DataError listing the configured periods otherwise, as for an unknown category.
const workspace::SensitivePeriod& find_period(std::string_view name, const workspace::PetitionRules& rules);

} // namespace dongmao::petition
