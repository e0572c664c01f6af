#include <dongmao/error.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/text/output.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace dongmao::out {

namespace {

const text::Message* output_errno_text(int error)
{
  switch (error) {
  case EACCES:
  case EPERM:
    return &text::k_errno_permission;
  case EROFS:
    return &text::k_errno_read_only;
  case ENOENT:
    return &text::k_errno_no_dir;
  case ENOTDIR:
    return &text::k_errno_not_dir;
  case EISDIR:
    return &text::k_errno_is_dir;
  case ENOSPC:
    return &text::k_errno_disk_full;
  case EDQUOT:
    return &text::k_errno_quota;
  case EFBIG:
    return &text::k_errno_too_big;
  case EIO:
    return &text::k_errno_io;
  case ENAMETOOLONG:
    return &text::k_errno_name_too_long;
  case EEXIST:
    return &text::k_errno_exists;
  default:
    return nullptr;
  }
}

bool is_disk_error(int error)
{
  return error == ENOSPC || error == EDQUOT || error == EFBIG || error == EIO;
}

const text::Message& file_kind_text(mode_t mode)
{
  if (S_ISLNK(mode)) {
    return text::k_kind_symlink;
  }
  if (S_ISDIR(mode)) {
    return text::k_kind_directory;
  }
  if (S_ISCHR(mode) || S_ISBLK(mode)) {
    return text::k_kind_device;
  }
  if (S_ISFIFO(mode)) {
    return text::k_kind_fifo;
  }
  if (S_ISSOCK(mode)) {
    return text::k_kind_socket;
  }
  return text::k_kind_special;
}

// U+200E, U+200F, U+202A–U+202E and U+2066–U+2069 reorder what follows them on screen.
bool is_bidi_mark(const std::string& text, std::size_t i)
{
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2) {
    return false;
  }
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  return (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) ||
         (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
}

} // namespace

void check_output_path(const std::filesystem::path& path, const std::vector<std::filesystem::path>& inputs)
{
  struct stat target
  {
  };
  if (::lstat(path.c_str(), &target) != 0) {
    if (errno == ENOENT) {
      return; // a new file
    }
    fail_output(path.string(), errno, text::k_cannot_create);
  }
  if (!S_ISREG(target.st_mode)) {
    throw CannotCreate(
      text::format(text::k_not_regular_output, path.string(), text::format(file_kind_text(target.st_mode))));
  }
  for (const auto& input : inputs) {
    struct stat source
    {
    };
    if (::stat(input.c_str(), &source) == 0 && source.st_dev == target.st_dev && source.st_ino == target.st_ino) {
      throw CannotCreate(text::format(text::k_output_is_input, path.string(), input.string()));
    }
  }
}

void fail_output(const std::string& path, int error, const text::Message& doing)
{
  const auto* why = output_errno_text(error);
  const auto message =
    text::format(text::k_output_failed, path, text::format(doing), why ? text::format(*why) : std::strerror(error));
  if (is_disk_error(error)) {
    throw IoError(message);
  }
  throw CannotCreate(message);
}

std::string safe_file_name(const std::string& name)
{
  std::string safe;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (is_bidi_mark(name, i)) {
      i += 2;
      continue;
    }
    if (c < 0x20 || c == 0x7F || c == '/' || c == '\\') {
      safe += '_';
    } else if (c == '.' && i + 1 < name.size() && name[i + 1] == '.') {
      safe += '_';
    } else {
      safe += static_cast<char>(c);
    }
  }
  while (!safe.empty() && safe.front() == '.') {
    safe.front() = '_';
  }
  return safe;
}

} // namespace dongmao::out
