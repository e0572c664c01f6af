#pragma once

#include <functional>

namespace dongmao::read {

// Whether `work` runs to its end in a child process: false when the child dies of a signal
// or exits non-zero, as when a library that trusts its input crashes on a hostile file. The
// child hands nothing back; it only shows that the same work can be survived in this one.
// Throws IoError when no child can be started.
bool survives_in_child(const std::function<void()>& work);

} // namespace dongmao::read
