#pragma once

#include <dongmao/domain/date.hpp>

#include <string>

namespace dongmao::store {

// Who makes a change from the command line, and when: the operator and timestamp recorded
// in the audit log and stage events, and the day that bounds effective dates.
struct Actor
{
  std::string operator_name;
  std::string now;
  domain::Date today;
};

} // namespace dongmao::store
