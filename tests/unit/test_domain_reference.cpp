#include <dongmao/domain/reference.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace dongmao::domain;

namespace {

const std::vector<std::string> k_communities = {"柴家山社区", "东茅岭社区", "青年巷社区",
                                                "先锋路社区", "冷水铺社区", "梅溪桥社区"};

// The nearest candidates joined by "|", so failures print readably.
std::string nearest(const std::string& needle, const std::vector<std::string>& candidates, ReferenceKind kind)
{
  std::string out;
  for (const auto& name : nearest_references(needle, candidates, kind)) {
    out += (out.empty() ? "" : "|") + name;
  }
  return out;
}

} // namespace

TEST_CASE("domain::reference_key")
{
  SUBCASE("community: the 社区 and 居委会 suffixes and a sub-district before the name")
  {
    const auto key = reference_key("柴家山社区", ReferenceKind::community);
    CHECK(key == "柴家山");
    CHECK(reference_key("柴家山", ReferenceKind::community) == key);
    CHECK(reference_key("柴家山社区居委会", ReferenceKind::community) == key);
    CHECK(reference_key("柴家山居民委员会", ReferenceKind::community) == key);
    CHECK(reference_key(" 柴家山 社区\xE3\x80\x80", ReferenceKind::community) == key);
    CHECK(reference_key("东茅岭街道柴家山社区", ReferenceKind::community) == key);
    CHECK(reference_key("社区", ReferenceKind::community) == "社区");
    CHECK(reference_key("柴家山村", ReferenceKind::community) != key);
  }
  SUBCASE("grid: Chinese numerals as digits, the ordinal's 第 dropped")
  {
    const auto key = reference_key("第一网格", ReferenceKind::grid);
    CHECK(key == "1网格");
    CHECK(reference_key("第1网格", ReferenceKind::grid) == key);
    CHECK(reference_key("第１网格", ReferenceKind::grid) == key);
    CHECK(reference_key("一网格", ReferenceKind::grid) == key);
    CHECK(reference_key("第十二网格", ReferenceKind::grid) == "12网格");
    CHECK(reference_key("第二十网格", ReferenceKind::grid) == "20网格");
    CHECK(reference_key("第一百零五网格", ReferenceKind::grid) == "105网格");
    CHECK(reference_key("第十一网格", ReferenceKind::grid) != reference_key("第一网格", ReferenceKind::grid));
  }
  SUBCASE("names and codes: full width, case and spaces only")
  {
    CHECK(reference_key("ＱＳＱ", ReferenceKind::name) == "qsq");
    CHECK(reference_key(" qsq ", ReferenceKind::name) == "qsq");
    CHECK(reference_key("QSQ1", ReferenceKind::name) != reference_key("QSQ", ReferenceKind::name));
    CHECK(reference_key("九华山二期", ReferenceKind::name) == "九华山二期");
    CHECK(reference_key("柴家山社区", ReferenceKind::name) == "柴家山社区");
  }
}

TEST_CASE("domain::nearest_references")
{
  CHECK(nearest("梅西桥", k_communities, ReferenceKind::community) == "梅溪桥社区");
  CHECK(nearest("东毛岭社区", k_communities, ReferenceKind::community) == "东茅岭社区");
  CHECK(nearest("白沙洲社区", k_communities, ReferenceKind::community) == "");
  CHECK(nearest("", k_communities, ReferenceKind::community) == "");
  CHECK(nearest("QSQX", {"QSQ", "JHS2"}, ReferenceKind::name) == "QSQ");
  CHECK(nearest("QS", {"QSQ", "JHS2"}, ReferenceKind::name) == "QSQ");
  CHECK(nearest("JHS9", {"JHS2", "JHS3", "DQ"}, ReferenceKind::name) == "JHS2|JHS3");
  // Nothing within reach: a name written in part is suggested, never taken.
  CHECK(nearest("大桥", {"大桥市场", "九华山二期"}, ReferenceKind::name) == "大桥市场");
  CHECK(nearest("JH", {"JHS2", "DQ"}, ReferenceKind::name) == "JHS2");
  // Another number is another grid, not a typo.
  CHECK(nearest("第三网格", {"第一网格", "第二网格"}, ReferenceKind::grid) == "");
  CHECK(nearest("第一网络", {"第一网格", "第二网格"}, ReferenceKind::grid) == "第一网格");
}

TEST_CASE("domain::one_edit_apart")
{
  CHECK(one_edit_apart("东茅领社区", "东茅岭社区", ReferenceKind::community));
  CHECK(one_edit_apart("东茅领", "东茅岭社区", ReferenceKind::community));
  CHECK_FALSE(one_edit_apart("东茅岭社区", "东茅岭", ReferenceKind::community));
  CHECK_FALSE(one_edit_apart("白沙洲社区", "东茅岭社区", ReferenceKind::community));
  CHECK_FALSE(one_edit_apart("第二网格", "第一网格", ReferenceKind::grid));
  CHECK(one_edit_apart("第一网络", "第一网格", ReferenceKind::grid));
}
