#include <dongmao/error.hpp>
#include <dongmao/read/isolate.hpp>

#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>

#include <unistd.h>

TEST_CASE("read::survives_in_child tells a crash from an answer")
{
  int touched = 0;
  CHECK(dongmao::read::survives_in_child([&touched] { touched = 1; }));
  CHECK(touched == 0); // the work ran in the child, not here
  CHECK(dongmao::read::survives_in_child([] { throw dongmao::DataError("refused"); }));
  // The child inherits doctest's crash handler, which would report the abort as this test's.
  CHECK_FALSE(dongmao::read::survives_in_child([] {
    std::signal(SIGABRT, SIG_DFL);
    std::abort();
  }));
  CHECK_FALSE(dongmao::read::survives_in_child([] { ::raise(SIGKILL); }));
  CHECK_FALSE(dongmao::read::survives_in_child([] { ::_exit(1); }));
}
