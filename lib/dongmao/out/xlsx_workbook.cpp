#include <dongmao/error.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/out/xlsx_workbook.hpp>
#include <dongmao/text/output.hpp>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <string_view>

#include <fcntl.h>
#include <unistd.h>

namespace dongmao::out {

namespace {

// libxlsxwriter reports failures by printing to stderr as well as by its return code; the
// return code is what we act on, so its own lines are sent to /dev/null meanwhile.
class SilencedStderr
{
public:
  SilencedStderr()
  {
    std::fflush(stderr);
    m_saved = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (m_saved >= 0 && null >= 0) {
      ::dup2(null, STDERR_FILENO);
    }
    if (null >= 0) {
      ::close(null);
    }
  }
  ~SilencedStderr()
  {
    std::fflush(stderr);
    if (m_saved >= 0) {
      const int saved_errno = errno;
      ::dup2(m_saved, STDERR_FILENO);
      ::close(m_saved);
      errno = saved_errno;
    }
  }
  SilencedStderr(const SilencedStderr&) = delete;
  SilencedStderr& operator=(const SilencedStderr&) = delete;

private:
  int m_saved = -1;
};

bool is_disk_errno(int error)
{
  return error == ENOSPC || error == EDQUOT || error == EFBIG || error == EIO;
}

} // namespace

std::string xlsx_cell_text(const std::string& text)
{
  static constexpr std::string_view k_cut_mark = "…(截断)";
  static constexpr std::size_t k_cut_mark_chars = 5;
  std::size_t chars = 0;
  std::size_t keep = 0; // bytes of the first k_xlsx_cell_chars - k_cut_mark_chars characters
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (chars == k_xlsx_cell_chars - k_cut_mark_chars) {
        keep = i;
      }
      ++chars;
    }
  }
  if (chars <= k_xlsx_cell_chars) {
    return text;
  }
  return text.substr(0, keep) + std::string(k_cut_mark);
}

lxw_workbook* open_workbook(const std::filesystem::path& file, const std::string& shown, bool constant_memory)
{
  lxw_workbook* workbook = nullptr;
  {
    SilencedStderr quiet;
    errno = 0;
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    workbook = workbook_new_opt(file.c_str(), &options);
  }
  if (!workbook) {
    fail_output(shown, errno != 0 ? errno : ENOMEM, text::k_cannot_create);
  }
  return workbook;
}

void close_workbook(lxw_workbook* workbook, const std::string& shown)
{
  lxw_error result = LXW_NO_ERROR;
  int error = 0;
  {
    SilencedStderr quiet;
    errno = 0;
    result = workbook_close(workbook);
    error = errno;
  }
  switch (result) {
  case LXW_NO_ERROR:
    return;
  case LXW_ERROR_CREATING_XLSX_FILE:
    fail_output(shown, error != 0 ? error : EACCES, text::k_cannot_create);
  case LXW_ERROR_CREATING_TMPFILE:
    throw CannotCreate(text::format(text::k_xlsx_tmpdir, shown));
  case LXW_ERROR_MEMORY_MALLOC_FAILED:
    throw Error(ExitStatus::failure, text::format(text::k_xlsx_memory, shown));
  default:
    // Packing the zip failed part-way: a full disk or an I/O error on the file or TMPDIR.
    fail_output(shown, is_disk_errno(error) ? error : EIO, text::k_cannot_write);
  }
}

} // namespace dongmao::out
