#include "lang_scope.hpp"
#include "temp_dir.hpp"

#include <dongmao/error.hpp>
#include <dongmao/out/atomic_file.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/text/output.hpp>

#include <doctest/doctest.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>

using namespace dongmao;

TEST_CASE("out::safe_file_name")
{
  CHECK(out::safe_file_name("东茅岭街道-2026-11-月报.md") == "东茅岭街道-2026-11-月报.md");
  CHECK(out::safe_file_name("../x.md") == "_._x.md");
  CHECK(out::safe_file_name("a/b\\c.md") == "a_b_c.md");
  CHECK(out::safe_file_name(".hidden") == "_hidden");
  CHECK(out::safe_file_name("a\x1b[31mb\x7f.md") == "a_[31mb_.md");
  CHECK(out::safe_file_name("报\xE2\x80\xAE告.md") == "报告.md");
}

TEST_CASE("out::fail_output maps errno to 73 or 74")
{
  const auto status = [](int error) {
    try {
      out::fail_output("x.md", error, text::k_cannot_write);
    } catch (const Error& e) {
      return std::pair{e.status(), std::string(e.what())};
    }
    return std::pair{ExitStatus::ok, std::string()};
  };
  CHECK(status(ENOSPC) == std::pair{ExitStatus::io_error, std::string("x.md: 无法写入：磁盘已满")});
  CHECK(status(EIO).first == ExitStatus::io_error);
  CHECK(status(EACCES) == std::pair{ExitStatus::cant_create, std::string("x.md: 无法写入：权限不足")});
  CHECK(status(EROFS).first == ExitStatus::cant_create);
  const LangScope en(text::Lang::en);
  CHECK(status(ENOSPC).second == "x.md: cannot write: the disk is full");
  CHECK(status(EACCES).second == "x.md: cannot write: permission denied");
}

TEST_CASE("out::AtomicFile creates 0600 files and replaces only regular ones")
{
  test::TempDir dir;
  const auto path = dir.path() / "r.md";
  {
    out::AtomicFile file(path);
    file.stream() << "x";
    file.commit();
  }
  struct stat info
  {
  };
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  {
    out::AtomicFile file(path, 0644);
    file.stream() << "y";
    file.commit();
  }
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0644);
  std::filesystem::create_symlink("r.md", dir.path() / "link.md");
  CHECK_THROWS_AS(out::AtomicFile(dir.path() / "link.md"), CannotCreate);
  CHECK_THROWS_AS(out::check_output_path(path, {path}), CannotCreate);
  {
    out::AtomicFile abandoned(dir.path() / "never.md");
    abandoned.stream() << "z";
  }
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 2);
}
