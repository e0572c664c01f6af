#include <dongmao/import/prefetch.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

using dongmao::import::Prefetcher;

namespace {

struct Batch
{
  std::vector<int> items;
};

// A producer of the numbers 0 … total-1 in batches of `size`.
struct Counter
{
  int total;
  int size;
  int next = 0;

  bool operator()(Batch& batch)
  {
    batch.items.clear();
    while (next < total && static_cast<int>(batch.items.size()) < size) {
      batch.items.push_back(next++);
    }
    return next < total;
  }
};

} // namespace

TEST_CASE("import::Prefetcher hands over every item once, in order")
{
  for (const int total : {0, 1, 7, 8, 1000}) {
    CAPTURE(total);
    Prefetcher<Batch> prefetcher(Counter{total, 8}, 3);
    std::vector<int> seen;
    while (auto* batch = prefetcher.next()) {
      seen.insert(seen.end(), batch->items.begin(), batch->items.end());
    }
    REQUIRE(seen.size() == static_cast<std::size_t>(total));
    for (int i = 0; i < total; ++i) {
      CHECK(seen[static_cast<std::size_t>(i)] == i);
    }
    CHECK(prefetcher.next() == nullptr);
  }
}

TEST_CASE("import::Prefetcher rethrows the producer's error after the batches before it")
{
  int calls = 0;
  Prefetcher<Batch> prefetcher(
    [&](Batch& batch) -> bool {
      if (++calls == 3) {
        throw std::runtime_error("row 17: broken");
      }
      batch.items = {calls};
      return true;
    },
    4);
  REQUIRE(prefetcher.next() != nullptr);
  REQUIRE(prefetcher.next() != nullptr);
  CHECK_THROWS_WITH_AS(prefetcher.next(), "row 17: broken", std::runtime_error);
}

TEST_CASE("import::Prefetcher stays `depth` batches ahead and stops when dropped early")
{
  std::atomic<int> filled = 0;
  {
    Prefetcher<Batch> prefetcher(
      [&](Batch& batch) {
        batch.items = {filled++};
        return true; // endless input
      },
      2);
    auto* first = prefetcher.next();
    REQUIRE(first != nullptr);
    CHECK(first->items == std::vector<int>{0});
    // The caller still holds batch 0; one more may be filled, no further.
    while (filled.load() < 2) {
    }
    CHECK(filled.load() == 2);
  }
  CHECK(filled.load() == 2);
}
