#include <dongmao/error.hpp>
#include <dongmao/out/output_path.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace dongmao::out {

namespace {

const char* output_errno_text(int error)
{
  switch (error) {
  case EACCES:
  case EPERM:
    return "权限不足";
  case EROFS:
    return "文件系统只读";
  case ENOENT:
    return "所在目录不存在";
  case ENOTDIR:
    return "路径中有一段不是目录";
  case EISDIR:
    return "这是一个目录";
  case ENOSPC:
    return "磁盘已满";
  case EDQUOT:
    return "超出磁盘配额";
  case EFBIG:
    return "超出文件大小上限";
  case EIO:
    return "读写错误";
  case ENAMETOOLONG:
    return "文件名过长";
  case EEXIST:
    return "文件已存在";
  default:
    return nullptr;
  }
}

bool is_disk_error(int error)
{
  return error == ENOSPC || error == EDQUOT || error == EFBIG || error == EIO;
}

const char* file_kind_text(mode_t mode)
{
  if (S_ISLNK(mode)) {
    return "符号链接";
  }
  if (S_ISDIR(mode)) {
    return "目录";
  }
  if (S_ISCHR(mode) || S_ISBLK(mode)) {
    return "设备";
  }
  if (S_ISFIFO(mode)) {
    return "管道（FIFO）";
  }
  if (S_ISSOCK(mode)) {
    return "套接字";
  }
  return "特殊文件";
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
    fail_output(path.string(), errno, "无法创建");
  }
  if (!S_ISREG(target.st_mode)) {
    throw CannotCreate(fmt::format("{}: 是{}，不是普通文件，不会写入；请给出一个新文件或普通文件的路径", path.string(),
                                   file_kind_text(target.st_mode)));
  }
  for (const auto& input : inputs) {
    struct stat source
    {
    };
    if (::stat(input.c_str(), &source) == 0 && source.st_dev == target.st_dev && source.st_ino == target.st_ino) {
      throw CannotCreate(
        fmt::format("{}: 是输入文件 {} 本身，不会覆盖；请另选一个文件名", path.string(), input.string()));
    }
  }
}

void fail_output(const std::string& path, int error, const char* doing)
{
  const char* why = output_errno_text(error);
  const auto message = fmt::format("{}: {}：{}", path, doing, why ? why : std::strerror(error));
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
