#include <dongmao/domain/phone.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace dongmao::domain;

namespace {

std::string normalized(std::string_view text)
{
  return normalize_phone(text).value_or("none");
}

} // namespace

TEST_CASE("domain::normalize_phone")
{
  SUBCASE("mobile")
  {
    CHECK(normalized("13812345678") == "13812345678");
    CHECK(normalized("138 1234 5678") == "13812345678");
    CHECK(normalized("138-1234-5678") == "13812345678");
    CHECK(normalized("+86 138 1234 5678") == "13812345678");
    CHECK(normalized("+8613812345678") == "13812345678");
    CHECK(normalized("8613812345678") == "13812345678");
    CHECK(normalized("008613812345678") == "13812345678");
    CHECK(normalized("１３８１２３４５６７８") == "13812345678");
    CHECK(normalized(" 19912345678\xE3\x80\x80") == "19912345678");
    CHECK(normalized("12812345678") == "none");
    CHECK(normalized("1381234567") == "none");
    CHECK(normalized("138123456789") == "none");
  }
  SUBCASE("landline")
  {
    CHECK(normalized("0730-8888888") == "0730-8888888");
    CHECK(normalized("07308888888") == "0730-8888888");
    CHECK(normalized("(0730)8888888") == "0730-8888888");
    CHECK(normalized("（０７３０）８８８８８８８") == "0730-8888888");
    CHECK(normalized("0730 8888 8888") == "0730-88888888");
    CHECK(normalized("010-12345678") == "010-12345678");
    CHECK(normalized("02012345678") == "020-12345678");
    CHECK(normalized("+86 730 8888888") == "0730-8888888");
    CHECK(normalized("+86 10 12345678") == "010-12345678");
    CHECK(normalized("8888888") == "8888888");
    CHECK(normalized("8888-8888") == "88888888");
    CHECK(normalized("0730-888888") == "none");
    CHECK(normalized("0730-0888888") == "none");
    CHECK(normalized("0730-8888888-123") == "none");
    CHECK(normalized("0888888") == "none");
  }
  SUBCASE("not a phone number")
  {
    CHECK(normalized("") == "none");
    CHECK(normalized("无") == "none");
    CHECK(normalized("4008123123") == "none");
    CHECK(normalized("13812345678/07308888888") == "none");
    CHECK(normalized("13812345678 转 123") == "none");
    CHECK(normalized("+1 2025550123") == "none");
    CHECK(normalized("123456") == "none");
  }
}

TEST_CASE("domain::mask_phone")
{
  CHECK(mask_phone("13812345678") == "138****5678");
  CHECK(mask_phone("0730-8888888") == "0730-****888");
  CHECK(mask_phone("0730-12345678") == "0730-****5678");
  CHECK(mask_phone("010-12345678") == "010-****5678");
  CHECK(mask_phone("8888888") == "****888");
  CHECK(mask_phone("12345678") == "****5678");
  CHECK(mask_phone("12345") == "***45");
  CHECK(mask_phone("abc-defg") == "******fg");
  CHECK(mask_phone("电话号码") == "**号码");
  CHECK(mask_phone("123") == "***");
  CHECK(mask_phone("") == "");
}

TEST_CASE("domain::normalize_phone takes the dashes of Chinese input methods")
{
  CHECK(normalized("0730—8223456") == "0730-8223456");
  CHECK(normalized("0730–8223456") == "0730-8223456");
  CHECK(normalized("0730－8223456") == "0730-8223456");
}

TEST_CASE("domain::normalize_phones reads the several numbers of one cell")
{
  const auto phones = [](std::string_view text) { return normalize_phones(text).value_or("none"); };
  CHECK(phones("13807301234") == "13807301234");
  CHECK(phones("12807301234") == "none"); // no mobile number starts 12
  CHECK(phones("1380730123") == "none");
  CHECK(phones("13807301234/13907301234") == "13807301234/13907301234");
  CHECK(phones("13807301234、 (0730)8223456") == "13807301234/0730-8223456");
  CHECK(phones("138 0730 1234，139-0730-1234；8223456") == "13807301234/13907301234/8223456");
  CHECK(phones("13807301234\n13907301234") == "13807301234/13907301234");
  CHECK(phones("13807301234/") == "13807301234");
  CHECK(phones("13807301234/1380730123") == "none");
  CHECK(phones("/") == "none");
  CHECK(phones("") == "none");
  CHECK(mask_phone("13807301234/0730-8223456") == "138****1234/0730-****456");
}
