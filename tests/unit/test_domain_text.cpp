#include <dongmao/domain/text.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace dongmao::domain;

namespace {

const std::vector<std::string> k_communities = {"柴家山社区", "东茅岭社区", "青年巷社区",
                                                "先锋路社区", "冷水铺社区", "梅溪桥社区"};

// "value/safe", "value/suggestion" or "none", so failures print readably.
std::string show(const std::optional<Match>& match)
{
  if (!match) {
    return "none";
  }
  return match->value + (match->exact_or_unique_affix ? "/safe" : "/suggestion");
}

} // namespace

TEST_CASE("domain::trim")
{
  CHECK(trim("  abc\t\r\n") == "abc");
  CHECK(trim("\xE3\x80\x80柴家山社区\xE3\x80\x80") == "柴家山社区");
  CHECK(trim("\xC2\xA0x\xC2\xA0") == "x");
  CHECK(trim("\xEF\xBB\xBF户主") == "户主");
  CHECK(trim("\xEF\xBB\xBF  \xE3\x80\x80 a b ") == "a b");
  // A BOM is only a marker at the very start; at the end it is data.
  CHECK(trim("a\xEF\xBB\xBF") == "a\xEF\xBB\xBF");
  CHECK(trim("") == "");
  CHECK(trim(" \t\xE3\x80\x80 ") == "");
  CHECK(trim("东茅岭 街道") == "东茅岭 街道");
}

TEST_CASE("domain::nfkc")
{
  CHECK(nfkc("１２３ＡＢＣａｂｃ") == "123ABCabc");
  CHECK(nfkc("（）") == "()");
  CHECK(nfkc("￥") == "\xC2\xA5");
  CHECK(nfkc("，：；") == ",:;");
  CHECK(nfkc("。、《》“”") == "。、《》“”");
  CHECK(nfkc("a\xE3\x80\x80"
             "b") == "a b");
  CHECK(nfkc("㎡") == "m2");
  CHECK(nfkc("plain ascii") == "plain ascii");
  CHECK(nfkc("bad\xFF"
             "１") == "bad\xFF"
                      "１");
  CHECK(nfkc("") == "");
  // ASCII and CJK Unified Ideographs are NFKC as they are; anything else goes through the library.
  CHECK(nfkc("岳阳楼区青年中路16号7栋") == "岳阳楼区青年中路16号7栋");
  CHECK(nfkc("\xE3\x8A\x80号") == "\xE4\xB8\x80号"); // ㊀ (U+3280) is 一
  CHECK(nfkc("\xEF\xA4\x80东") == "\xE8\xB1\x88东"); // U+F900 is U+8C48
  CHECK(nfkc("东\xE4\xB8") == "东\xE4\xB8");         // cut short: kept as it is, nothing read past it (ASan)
}

TEST_CASE("domain::normalize_cell")
{
  CHECK(normalize_cell(" 岳阳楼区 16号\t") == "岳阳楼区 16号");
  CHECK(normalize_cell("先锋路社区１６号") == "先锋路社区16号");
  CHECK(normalize_cell("\xE3\x80\x80东茅岭社区（居委会）\xE3\x80\x80") == "东茅岭社区（居委会）");
  CHECK(normalize_cell("１２３，ＡＢ：Ｃ；！？") == "123，AB：C；！？");
  CHECK(normalize_cell("\xEF\xBB\xBF ０７３０ ") == "0730");
  CHECK(normalize_cell("Ｘ") == "X");
  CHECK(normalize_cell("（１）") == "（1）");
  CHECK(normalize_cell("") == "");
  CHECK(normalize_cell("\xFF ") == "\xFF");
}

TEST_CASE("domain::is_valid_utf8")
{
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("abc"));
  CHECK(is_valid_utf8("柴家山𠀀"));
  CHECK_FALSE(is_valid_utf8("\xC0\x80"));         // overlong NUL
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate U+D800
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE4\xB8"));         // truncated 一
  CHECK_FALSE(is_valid_utf8("\xD6\xD0\xCE\xC4")); // 中文 in GBK
}

TEST_CASE("domain::display_width")
{
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("柴家山") == 6);
  CHECK(display_width("a柴") == 3);
  CHECK(display_width("ＡＢ") == 4);
  CHECK(display_width("e\xCC\x81") == 1); // e + combining acute
  CHECK(display_width("\xE3\x80\x80") == 2);
  CHECK(display_width("\xFF") == 1);
}

TEST_CASE("domain::pad_right and pad_left")
{
  CHECK(pad_right("柴家山", 8) == "柴家山  ");
  CHECK(pad_right("abc", 5) == "abc  ");
  CHECK(pad_left("12", 5) == "   12");
  CHECK(pad_left("柴家山", 7) == " 柴家山");
  CHECK(pad_right("柴家山社区", 4) == "柴家山社区");
  CHECK(pad_left("柴家山", 6) == "柴家山");
  CHECK(pad_right("", 2) == "  ");
}

TEST_CASE("domain::split_codepoints")
{
  CHECK(split_codepoints("a柴\xFF"
                         "b") == std::vector<std::string>{"a", "柴", "\xFF", "b"});
  CHECK(split_codepoints("").empty());
  CHECK(split_codepoints("𠀀x") == std::vector<std::string>{"𠀀", "x"});
}

TEST_CASE("domain::edit_distance")
{
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("柴家山", "柴家山社区") == 2);
  CHECK(edit_distance("梅西桥社区", "梅溪桥社区") == 1);
  CHECK(edit_distance("冷水社区", "先锋路社区") == 3);
  CHECK(edit_distance("东茅岭", "东茅岭") == 0);
}

TEST_CASE("domain::closest_match")
{
  SUBCASE("exact")
  {
    CHECK(show(closest_match("柴家山社区", k_communities)) == "柴家山社区/safe");
    CHECK(show(closest_match(" 柴家山社区\xE3\x80\x80", k_communities)) == "柴家山社区/safe");
    CHECK(show(closest_match("ａ网格", {"A网格", "B网格"})) == "A网格/safe");
  }
  SUBCASE("unique affix is safe")
  {
    CHECK(show(closest_match("柴家山", k_communities)) == "柴家山社区/safe");
    CHECK(show(closest_match("柴家山社区居委会", k_communities)) == "柴家山社区/safe");
    CHECK(show(closest_match("青年巷", k_communities)) == "青年巷社区/safe");
    CHECK(show(closest_match("东茅岭街道冷水铺社区", k_communities)) == "冷水铺社区/safe");
    CHECK(show(closest_match("柴家山", {"柴家山社区", "柴家山社区"})) == "柴家山社区/safe");
  }
  SUBCASE("near miss is only a suggestion")
  {
    CHECK(show(closest_match("梅西桥社区", k_communities)) == "梅溪桥社区/suggestion");
    CHECK(show(closest_match("东毛岭社区", k_communities)) == "东茅岭社区/suggestion");
    CHECK(show(closest_match("先锋社区", k_communities)) == "先锋路社区/suggestion");
    CHECK(show(closest_match("冷水社区", k_communities)) == "冷水铺社区/suggestion");
  }
  SUBCASE("ambiguous or far gives nothing")
  {
    CHECK(show(closest_match("社区", k_communities)) == "none");
    CHECK(show(closest_match("柴家山社区和东茅岭社区", k_communities)) == "none");
    CHECK(show(closest_match("三网格", {"一网格", "二网格"})) == "none");
    CHECK(show(closest_match("白沙洲社区", k_communities)) == "none");
    CHECK(show(closest_match("山", k_communities)) == "none");
    CHECK(show(closest_match("", k_communities)) == "none");
    CHECK(show(closest_match("  ", k_communities)) == "none");
    CHECK(show(closest_match("柴家山", {})) == "none");
  }
}
