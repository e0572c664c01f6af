#include <dongmao/db/migrate.hpp>
#include <dongmao/db/statement.hpp>
#include <dongmao/error.hpp>
#include <dongmao/out/output_path.hpp>
#include <dongmao/text/output.hpp>
#include <dongmao/text/workspace.hpp>
#include <dongmao/workspace/workspace.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>

#include <fcntl.h>
#include <unistd.h>

namespace dongmao::workspace {

namespace fs = std::filesystem;

namespace {

bool is_workspace(const fs::path& dir)
{
  std::error_code ec;
  return fs::is_regular_file(dir / k_settings_file, ec);
}

std::string temp_suffix()
{
  std::random_device device;
  return fmt::format(".tmp-{:08x}", device());
}

// Whether `path` exists; a path that cannot even be looked at (a parent without search
// permission) cannot be created either: 73 naming it, not the library's own message.
bool present(const fs::path& path)
{
  std::error_code ec;
  const bool found = fs::exists(path, ec);
  if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
    out::fail_output(path.string(), ec.value(), text::k_cannot_access);
  }
  return found;
}

// Removes, on destruction, whatever was created unless release() was called.
class Cleanup
{
public:
  Cleanup() = default;
  Cleanup(const Cleanup&) = delete;
  Cleanup& operator=(const Cleanup&) = delete;
  ~Cleanup()
  {
    std::error_code ec;
    for (auto it = m_paths.rbegin(); it != m_paths.rend(); ++it) {
      fs::remove(*it, ec);
      fs::remove(fs::path(it->string() + "-wal"), ec);
      fs::remove(fs::path(it->string() + "-shm"), ec);
    }
  }
  void add(const fs::path& path) { m_paths.push_back(path); }
  void release() { m_paths.clear(); }

private:
  std::vector<fs::path> m_paths;
};

// Creates the directory and any missing parents, recording each new one for cleanup.
void create_directories(const fs::path& dir, Cleanup& cleanup)
{
  std::vector<fs::path> missing;
  for (fs::path p = dir; !p.empty() && !present(p); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) {
      break;
    }
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    std::error_code ec;
    fs::create_directory(*it, ec);
    if (ec) {
      out::fail_output(it->string(), ec.value(), text::k_cannot_create_dir);
    }
    cleanup.add(*it);
  }
}

// Creates an empty file readable and writable by its owner only: it will hold personal data.
void create_private_file(const fs::path& path)
{
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    out::fail_output(path.string(), errno, text::k_cannot_create);
  }
  ::close(fd);
}

void write_text(const fs::path& path, const std::string& text)
{
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    out::fail_output(path.string(), errno, text::k_cannot_create);
  }
  std::size_t done = 0;
  while (done < text.size()) {
    const auto n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0 && errno != EINTR) {
      const int error = n < 0 ? errno : EIO;
      ::close(fd);
      out::fail_output(path.string(), error, text::k_cannot_write);
    }
    done += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  if (::close(fd) != 0) {
    out::fail_output(path.string(), errno, text::k_cannot_write);
  }
}

void rename_into_place(const fs::path& from, const fs::path& to)
{
  // link + unlink instead of rename: link fails when `to` appeared meanwhile, so nothing is
  // ever replaced.
  if (::link(from.c_str(), to.c_str()) != 0) {
    out::fail_output(to.string(), errno, text::k_cannot_create);
  }
  ::unlink(from.c_str());
}

// Why the workspace cannot be written, or "" when it can: its directory (for the -wal and -shm
// files and new databases) and its database must both be writable.
std::string why_not_writable(const fs::path& dir)
{
  for (const auto& path : {dir, dir / k_database_file}) {
    if (::access(path.c_str(), W_OK) != 0) {
      const auto& why = errno == EROFS ? text::k_errno_read_only : text::k_no_write_permission;
      return fmt::format("{}: {}", path.string(), text::format(why));
    }
  }
  return {};
}

bool writable(const fs::path& dir)
{
  return why_not_writable(dir).empty();
}

// How to open the database of `dir` for `access`. Readers of their own workspace open it
// read-write, as a read-only WAL connection cannot create the -shm file a first reader needs;
// when the workspace cannot be written (a 0555 directory, a snapshot, a mounted backup) they
// open it read-only, and immutable when not even the -wal and -shm files could be made.
db::OpenMode open_mode(const fs::path& dir, Workspace::Access access)
{
  const auto why = why_not_writable(dir);
  if (why.empty()) {
    return access == Workspace::Access::read_only ? db::OpenMode::read_only : db::OpenMode::read_write;
  }
  if (access == Workspace::Access::write) {
    throw CannotCreate(text::format(text::k_read_only_workspace, dir.string(), why));
  }
  std::error_code ec;
  const auto wal = dir / (std::string(k_database_file) + "-wal");
  const bool dir_writable = ::access(dir.c_str(), W_OK) == 0;
  return dir_writable || fs::exists(wal, ec) ? db::OpenMode::read_only : db::OpenMode::immutable;
}

// A workspace opened without writing cannot be migrated: it must be at this dongmao's version.
void check_current(db::Connection& db, const fs::path& dir)
{
  db::check_version(db);
  if (db::query_int64(db, "PRAGMA user_version") != db::schema_version()) {
    throw ConfigError(text::format(text::k_older_workspace, dir.string()));
  }
}

} // namespace

fs::path locate(const std::optional<fs::path>& flag, const std::optional<fs::path>& env, const fs::path& cwd)
{
  const auto check = [](const fs::path& dir, const char* source) {
    if (!is_workspace(dir)) {
      throw InputMissing(text::format(text::k_not_a_workspace, dir.string(), k_settings_file, source));
    }
    return dir;
  };
  if (flag) {
    return check(*flag, "-w");
  }
  if (env && !env->empty()) {
    return check(*env, "DONGMAO_WORKSPACE");
  }
  for (fs::path dir = fs::absolute(cwd);; dir = dir.parent_path()) {
    if (is_workspace(dir)) {
      return dir;
    }
    if (dir == dir.parent_path()) {
      break;
    }
  }
  throw InputMissing(text::format(text::k_not_inside_workspace, cwd.string()));
}

InitResult init(const InitOptions& options)
{
  if (options.name.empty()) {
    throw UsageError(text::format(text::k_init_needs_name));
  }
  const fs::path settings_path = options.dir / k_settings_file;
  const fs::path database_path = options.dir / k_database_file;
  const bool have_settings = present(settings_path);
  const bool have_database = present(database_path);
  if ((have_settings || have_database) && !options.force) {
    throw CannotCreate(
      text::format(text::k_already_workspace, options.dir.string(), have_settings ? k_settings_file : k_database_file));
  }
  if (present(options.dir) && !fs::is_directory(options.dir)) {
    throw CannotCreate(text::format(text::k_not_a_directory, options.dir.string()));
  }

  Cleanup cleanup;
  create_directories(options.dir, cleanup);
  InitResult result;
  const std::string suffix = temp_suffix();

  fs::path settings_temp;
  if (!have_settings) {
    settings_temp = fs::path(settings_path.string() + suffix);
    cleanup.add(settings_temp);
    write_text(settings_temp, default_settings_text(options.name, options.division_code));
    // Validate what we wrote before it becomes the workspace's settings.
    load_settings(settings_temp);
  }

  fs::path database_temp;
  if (!have_database) {
    database_temp = fs::path(database_path.string() + suffix);
    cleanup.add(database_temp);
    create_private_file(database_temp);
    db::Connection db(database_temp, db::OpenMode::read_write);
    db::migrate(db);
    // Leave a single self-contained file before it is moved into place.
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  } else {
    db::Connection db(database_path, db::OpenMode::read_write);
    db::migrate(db);
  }

  if (!have_database) {
    rename_into_place(database_temp, database_path);
    cleanup.add(database_path);
    result.created_database = true;
  }
  if (!have_settings) {
    rename_into_place(settings_temp, settings_path);
    result.created_settings = true;
  }
  cleanup.release();
  result.schema_version = db::schema_version();
  return result;
}

Workspace::Workspace(const fs::path& dir, Access access)
  : m_dir(dir), m_settings(load_settings(dir / k_settings_file)), m_db([&] {
      const auto path = dir / k_database_file;
      if (!present(path)) {
        throw InputMissing(text::format(text::k_no_database, path.string(), dir.string()));
      }
      return db::Connection(path, open_mode(dir, access), std::chrono::milliseconds(m_settings.busy_timeout_ms));
    }())
{
  if (access != Access::write && !writable(m_dir)) {
    check_current(m_db, m_dir);
    return;
  }
  if (access == Access::read_only) {
    check_current(m_db, m_dir);
    return;
  }
  // Any command brings an older workspace up to date; migrate() takes no lock when current.
  db::migrate(m_db);
}

void Workspace::map_for_reading()
{
  m_db.exec("PRAGMA mmap_size = 1073741824");
}

} // namespace dongmao::workspace
